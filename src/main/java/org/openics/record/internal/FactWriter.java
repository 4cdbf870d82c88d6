package org.openics.record.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.openics.registry.OrganisationKind;

/** Writes the pseudonymised analytic facts of newly stored resources, in the same transaction as the resources. */
final class FactWriter {

    static final String PERSON = "insert into record.fact_person (patient_id, pseudonym, place, pcn, practice, lsoa, birth_date, sex, ethnicity)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (patient_id) do update set pseudonym = excluded.pseudonym, place = excluded.place,"
            + " pcn = excluded.pcn, practice = excluded.practice, lsoa = excluded.lsoa, birth_date = excluded.birth_date, sex = excluded.sex,"
            + " ethnicity = excluded.ethnicity";
    static final String DEATH = "insert into record.fact_death (patient_id, pseudonym, death_date) values (?, ?, ?)"
            + " on conflict (patient_id) do update set pseudonym = excluded.pseudonym, death_date = excluded.death_date";
    static final String CONDITION = "insert into record.fact_condition (resource_id, patient_id, pseudonym, code, system, onset, recorder)"
            + " values (?, ?, ?, ?, ?, ?, ?) on conflict (resource_id) do update set pseudonym = excluded.pseudonym, code = excluded.code,"
            + " system = excluded.system, onset = excluded.onset, recorder = excluded.recorder";
    static final String OBSERVATION = "insert into record.fact_observation (resource_id, patient_id, pseudonym, code, system, effective, value, unit, recorder,"
            + " value_code, diastolic) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (resource_id) do update set pseudonym = excluded.pseudonym,"
            + " code = excluded.code, system = excluded.system, effective = excluded.effective, value = excluded.value, unit = excluded.unit,"
            + " recorder = excluded.recorder, value_code = excluded.value_code, diastolic = excluded.diastolic";
    static final String ENCOUNTER = "insert into record.fact_encounter (resource_id, patient_id, pseudonym, class, type, start_date, end_date,"
            + " emergency_admission, provider) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (resource_id) do update set pseudonym = excluded.pseudonym,"
            + " class = excluded.class, type = excluded.type, start_date = excluded.start_date, end_date = excluded.end_date,"
            + " emergency_admission = excluded.emergency_admission, provider = excluded.provider";
    static final String WAITING = "insert into record.fact_waiting_list (resource_id, patient_id, pseudonym, provider, treatment_function,"
            + " clock_start, priority, status) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (resource_id) do update set pseudonym = excluded.pseudonym,"
            + " provider = excluded.provider, treatment_function = excluded.treatment_function, clock_start = excluded.clock_start,"
            + " priority = excluded.priority, status = excluded.status";

    private final JdbcRecordStore store;
    private final ChunkProcessor.Structure structure;

    FactWriter(JdbcRecordStore store, ChunkProcessor.Structure structure) {
        this.store = store;
        this.structure = structure;
    }

    void write(List<Resource> resources) {
        Map<String, List<Object[]>> rows = new HashMap<>();
        List<String> patients = resources.stream().map(ClinicalExtracts::patientId).flatMap(Optional::stream).distinct().toList();
        Map<String, JdbcRecordStore.Link> links = store.links(patients);
        Map<Long, String> pseudonyms = new HashMap<>();
        for (Resource resource : resources) {
            Optional<String> patient = ClinicalExtracts.patientId(resource);
            JdbcRecordStore.Link link = patient.map(links::get).orElse(null);
            if (link == null) {
                continue;
            }
            String pseudonym = pseudonyms.computeIfAbsent(link.person(), store::pseudonym);
            String id = resource.getIdPart();
            String p = patient.get();
            if (resource instanceof Patient patientResource) {
                ClinicalExtracts.PersonFacts facts = ClinicalExtracts.person(patientResource);
                add(rows, PERSON, p, pseudonym, structure.ancestor(facts.practice(), OrganisationKind.PLACE).orElse(null),
                        structure.ancestor(facts.practice(), OrganisationKind.PCN).orElse(null), facts.practice(), facts.lsoa(),
                        date(facts.birthDate()), facts.sex(), facts.ethnicity());
                if (facts.death() != null) {
                    add(rows, DEATH, p, pseudonym, date(facts.death()));
                }
            } else if (resource instanceof Condition condition) {
                ClinicalExtracts.ConditionFacts f = ClinicalExtracts.condition(condition);
                add(rows, CONDITION, id, p, pseudonym, f.code(), f.system(), date(f.onset()), f.recorder());
            } else if (resource instanceof Observation observation) {
                ClinicalExtracts.ObservationFacts f = ClinicalExtracts.observation(observation);
                add(rows, OBSERVATION, id, p, pseudonym, f.code(), f.system(), date(f.date()), f.value(), f.unit(), f.recorder(),
                        f.valueCode(), f.diastolic());
            } else if (resource instanceof Encounter encounter) {
                ClinicalExtracts.EncounterFacts f = ClinicalExtracts.encounter(encounter);
                add(rows, ENCOUNTER, id, p, pseudonym, f.encounterClass(), f.type(), date(f.start()), date(f.end()), f.emergencyAdmission(),
                        f.provider());
            } else if (resource instanceof ServiceRequest request) {
                ClinicalExtracts.waitingList(request).ifPresent(f -> add(rows, WAITING, id, p, pseudonym, f.provider(),
                        f.treatmentFunction(), date(f.clockStart()), f.priority(), f.status()));
            }
        }
        rows.forEach(store::facts);
    }

    private static void add(Map<String, List<Object[]>> rows, String sql, Object... values) {
        rows.computeIfAbsent(sql, k -> new ArrayList<>()).add(values);
    }

    private static java.sql.Date date(LocalDate day) {
        return JdbcRecordStore.date(day);
    }
}
