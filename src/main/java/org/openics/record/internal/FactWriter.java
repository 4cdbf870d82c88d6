package org.openics.record.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.openics.registry.OrganisationKind;

/** Writes the pseudonymised analytic facts of newly stored resources, in the same transaction as the resources. */
final class FactWriter {

    /** A fact table: its columns, the first being the key a newer version of the resource replaces. */
    enum Table {
        PERSON(
                "fact_person",
                "patient_id",
                "pseudonym",
                "place",
                "pcn",
                "practice",
                "lsoa",
                "birth_date",
                "sex",
                "ethnicity"),
        DEATH("fact_death", "patient_id", "pseudonym", "death_date"),
        CONDITION("fact_condition", "resource_id", "patient_id", "pseudonym", "code", "system", "onset", "recorder"),
        OBSERVATION(
                "fact_observation",
                "resource_id",
                "patient_id",
                "pseudonym",
                "code",
                "system",
                "effective",
                "value",
                "unit",
                "recorder",
                "value_code",
                "diastolic"),
        ENCOUNTER(
                "fact_encounter",
                "resource_id",
                "patient_id",
                "pseudonym",
                "class",
                "type",
                "start_date",
                "end_date",
                "emergency_admission",
                "provider"),
        WAITING(
                "fact_waiting_list",
                "resource_id",
                "patient_id",
                "pseudonym",
                "provider",
                "treatment_function",
                "clock_start",
                "priority",
                "status");

        final String table;
        final List<String> columns;

        Table(String table, String... columns) {
            this.table = "record." + table;
            this.columns = List.of(columns);
        }

        /** Insert, or replace the fact of an earlier version. */
        String upsert() {
            List<String> rest = columns.subList(1, columns.size());
            return "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?"))
                    + ") on conflict (" + columns.get(0) + ") do update set "
                    + String.join(
                            ", ", rest.stream().map(c -> c + " = excluded." + c).toList());
        }
    }

    private final JdbcRecordStore store;
    private final FactStore facts;
    private final ChunkProcessor.Structure structure;

    FactWriter(JdbcRecordStore store, FactStore facts, ChunkProcessor.Structure structure) {
        this.facts = facts;
        this.store = store;
        this.structure = structure;
    }

    /**
     * @param created keys ({@code Type/id}) stored for the first time: they have no fact yet, so theirs are copied in
     *                (PostgreSQL COPY); the facts of new versions replace the earlier ones
     */
    void write(List<Resource> resources, Set<String> created) {
        Map<Table, List<Object[]>> rows = new EnumMap<>(Table.class);
        Map<Table, List<Object[]>> replacing = new EnumMap<>(Table.class);
        List<String> patients = resources.stream()
                .map(ClinicalExtracts::patientId)
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        Map<String, JdbcRecordStore.Link> links = store.links(patients);
        Map<Long, String> pseudonyms = new HashMap<>();
        for (Resource resource : resources) {
            Optional<String> patient = ClinicalExtracts.patientId(resource);
            JdbcRecordStore.Link link = patient.map(links::get).orElse(null);
            if (link == null) {
                continue;
            }
            String pseudonym = pseudonyms.computeIfAbsent(link.person(), facts::pseudonym);
            Map<Table, List<Object[]>> into =
                    created.contains(resource.fhirType() + "/" + resource.getIdPart()) ? rows : replacing;
            String id = resource.getIdPart();
            String p = patient.get();
            if (resource instanceof Patient patientResource) {
                ClinicalExtracts.PersonFacts facts = ClinicalExtracts.person(patientResource);
                add(
                        into,
                        Table.PERSON,
                        p,
                        pseudonym,
                        structure
                                .ancestor(facts.practice(), OrganisationKind.PLACE)
                                .orElse(null),
                        structure
                                .ancestor(facts.practice(), OrganisationKind.PCN)
                                .orElse(null),
                        facts.practice(),
                        facts.lsoa(),
                        date(facts.birthDate()),
                        facts.sex(),
                        facts.ethnicity());
                if (facts.death() != null) {
                    add(into, Table.DEATH, p, pseudonym, date(facts.death()));
                }
            } else if (resource instanceof Condition condition) {
                ClinicalExtracts.ConditionFacts f = ClinicalExtracts.condition(condition);
                add(into, Table.CONDITION, id, p, pseudonym, f.code(), f.system(), date(f.onset()), f.recorder());
            } else if (resource instanceof Observation observation) {
                ClinicalExtracts.ObservationFacts f = ClinicalExtracts.observation(observation);
                add(
                        into,
                        Table.OBSERVATION,
                        id,
                        p,
                        pseudonym,
                        f.code(),
                        f.system(),
                        date(f.date()),
                        f.value(),
                        f.unit(),
                        f.recorder(),
                        f.valueCode(),
                        f.diastolic());
            } else if (resource instanceof Encounter encounter) {
                ClinicalExtracts.EncounterFacts f = ClinicalExtracts.encounter(encounter);
                add(
                        into,
                        Table.ENCOUNTER,
                        id,
                        p,
                        pseudonym,
                        f.encounterClass(),
                        f.type(),
                        date(f.start()),
                        date(f.end()),
                        f.emergencyAdmission(),
                        f.provider());
            } else if (resource instanceof ServiceRequest request) {
                ClinicalExtracts.waitingList(request)
                        .ifPresent(f -> add(
                                into,
                                Table.WAITING,
                                id,
                                p,
                                pseudonym,
                                f.provider(),
                                f.treatmentFunction(),
                                date(f.clockStart()),
                                f.priority(),
                                f.status()));
            }
        }
        rows.forEach((table, copied) -> store.copy(table.table, table.columns, copied));
        replacing.forEach((table, upserted) -> facts.facts(table.upsert(), upserted));
    }

    private static void add(Map<Table, List<Object[]>> rows, Table table, Object... values) {
        rows.computeIfAbsent(table, k -> new ArrayList<>()).add(values);
    }

    private static java.sql.Date date(LocalDate day) {
        return JdbcRecordStore.date(day);
    }
}
