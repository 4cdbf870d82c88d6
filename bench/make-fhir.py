#!/usr/bin/env python3
"""Writes a synthetic bulk FHIR R4 export (NDJSON, one file per resource type) following
docs/fhir-conventions.md, for benchmarking the shared care record until the generator lands.

usage: bench/make-fhir.py PEOPLE OUTDIR [--seed N]
Each person gets a Patient, ~3 Conditions, ~6 Observations, ~2 Encounters, ~1 MedicationRequest and
sometimes a waiting-list ServiceRequest (about 13 resources per person)."""
import json, os, random, sys, uuid

people = int(sys.argv[1]); out = sys.argv[2]
seed = int(sys.argv[sys.argv.index('--seed') + 1]) if '--seed' in sys.argv else 42
rnd = random.Random(seed)
os.makedirs(out, exist_ok=True)
ODS = "https://fhir.nhs.uk/Id/ods-organization-code"
SNOMED = "http://snomed.info/sct"

def nhs(n):
    while True:
        p = "%09d" % n
        s = sum(int(d) * (10 - i) for i, d in enumerate(p)); c = 11 - s % 11
        c = 0 if c == 11 else c
        if c != 10:
            return p + str(c)
        n += 1

def uid(*parts):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "openics-bench/%d/%s" % (seed, "/".join(map(str, parts)))))

files = {t: open(os.path.join(out, t + ".ndjson"), "w") for t in
         ["Patient", "Condition", "Observation", "Encounter", "MedicationRequest", "ServiceRequest"]}
conditions = [("44054006", "Type 2 diabetes mellitus"), ("38341003", "Hypertensive disorder"), ("195967001", "Asthma"),
              ("13645005", "Chronic obstructive lung disease"), ("35489007", "Depressive disorder")]
used = set()
for i in range(people):
    pid = uid("patient", i)
    practice = "Z%05d" % rnd.randint(1, 180)
    n = 990000000 + i * 3
    number = nhs(n)
    while number in used:
        n += 1; number = nhs(n)
    used.add(number)
    birth = "%04d-%02d-%02d" % (rnd.randint(1930, 2020), rnd.randint(1, 12), rnd.randint(1, 28))
    patient = {"resourceType": "Patient", "id": pid,
               "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": number}],
               "name": [{"family": "Family%d" % i, "given": ["Given%d" % (i % 997)]}],
               "gender": rnd.choice(["female", "male"]), "birthDate": birth,
               "address": [{"postalCode": "SE%d %dAA" % (rnd.randint(1, 28), rnd.randint(1, 9)),
                            "extension": [{"url": "https://fhir.openics.org/StructureDefinition/lsoa-2021",
                                           "valueString": "E01Z%d%04d" % (rnd.randint(1, 6), rnd.randint(1, 150))}]}],
               "generalPractitioner": [{"identifier": {"system": ODS, "value": practice}}],
               "extension": [{"url": "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory",
                              "valueCodeableConcept": {"coding": [{"system": "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland",
                                                                   "code": rnd.choice("ABCDEFGHJKLMNPRSZ")}]}}]}
    files["Patient"].write(json.dumps(patient, separators=(",", ":")) + "\n")
    subject = {"reference": "Patient/" + pid}
    for k in range(rnd.randint(1, 5)):
        code, display = rnd.choice(conditions)
        files["Condition"].write(json.dumps({"resourceType": "Condition", "id": uid("condition", i, k), "subject": subject,
            "code": {"coding": [{"system": SNOMED, "code": code, "display": display}]},
            "onsetDateTime": "%04d-%02d-01" % (rnd.randint(2000, 2025), rnd.randint(1, 12)),
            "recorder": {"identifier": {"system": ODS, "value": practice}}}, separators=(",", ":")) + "\n")
    for k in range(rnd.randint(3, 9)):
        files["Observation"].write(json.dumps({"resourceType": "Observation", "id": uid("observation", i, k), "status": "final",
            "subject": subject, "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c"}]},
            "effectiveDateTime": "%04d-%02d-%02d" % (rnd.randint(2018, 2025), rnd.randint(1, 12), rnd.randint(1, 28)),
            "valueQuantity": {"value": rnd.randint(35, 90), "unit": "mmol/mol", "system": "http://unitsofmeasure.org", "code": "mmol/mol"}},
            separators=(",", ":")) + "\n")
    for k in range(rnd.randint(1, 3)):
        cls = rnd.choice(["AMB", "AMB", "EMER", "IMP"])
        enc = {"resourceType": "Encounter", "id": uid("encounter", i, k), "status": "finished",
               "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls}, "subject": subject,
               "period": {"start": "%04d-%02d-%02dT09:00:00Z" % (rnd.randint(2018, 2025), rnd.randint(1, 12), rnd.randint(1, 28))},
               "serviceProvider": {"identifier": {"system": ODS, "value": rnd.choice(["RJ1", "RJZ", "RJ2", "RV5", "RPG"])}}}
        if cls == "IMP":
            enc["hospitalization"] = {"admitSource": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/admit-source", "code": "emd"}]}}
        files["Encounter"].write(json.dumps(enc, separators=(",", ":")) + "\n")
    files["MedicationRequest"].write(json.dumps({"resourceType": "MedicationRequest", "id": uid("medication", i), "status": "active",
        "intent": "order", "subject": subject, "authoredOn": "2025-%02d-01" % rnd.randint(1, 12),
        "medicationCodeableConcept": {"coding": [{"system": SNOMED, "code": "325072002", "display": "Metformin 500mg tablets"}]}},
        separators=(",", ":")) + "\n")
    if rnd.random() < 0.3:
        files["ServiceRequest"].write(json.dumps({"resourceType": "ServiceRequest", "id": uid("rtt", i), "status": "active",
            "intent": "order", "subject": subject, "priority": "routine", "authoredOn": "2025-%02d-01" % rnd.randint(1, 12),
            "category": [{"coding": [{"system": "https://fhir.openics.org/CodeSystem/request-category", "code": "rtt"}]}],
            "performer": [{"identifier": {"system": ODS, "value": rnd.choice(["RJ1", "RJZ", "RJ2"])}}],
            "extension": [{"url": "https://fhir.openics.org/StructureDefinition/treatment-function",
                           "valueCoding": {"system": "https://fhir.nhs.uk/CodeSystem/treatment-function", "code": rnd.choice(["100", "110", "130", "330"])}}]},
            separators=(",", ":")) + "\n")
for f in files.values():
    f.close()
print(json.dumps({"people": people, "out": out}))
