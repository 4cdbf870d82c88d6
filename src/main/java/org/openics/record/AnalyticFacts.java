package org.openics.record;

import java.time.LocalDate;

/**
 * The pseudonymised facts the record produces as it stores resources, for the analytics module. A
 * person appears only as a pseudonym (a keyed hash of the person id), never by NHS number or name.
 */
public final class AnalyticFacts {

    private AnalyticFacts() {
    }

    /** The kinds of fact, one table each. */
    public enum Kind { PERSON, CONDITION, OBSERVATION, ENCOUNTER, DEATH, WAITING_LIST }

    /** A person; {@code age} is on the day the facts are read, {@code birthDate} lets analytics take it at its own reference date. */
    public record Person(String pseudonym, String place, String pcn, String practice, String lsoa, Integer age, String sex,
                         String ethnicity, java.time.LocalDate birthDate) {

        public Person(String pseudonym, String place, String pcn, String practice, String lsoa, Integer age, String sex, String ethnicity) {
            this(pseudonym, place, pcn, practice, lsoa, age, sex, ethnicity, null);
        }
    }

    public record Condition(String pseudonym, String code, String system, LocalDate onset, String recorder) {
    }

    /**
     * An observation: {@code value} a quantity or score (the systolic pressure of a blood pressure panel),
     * {@code valueCode} a coded value (e.g. smoking status), {@code diastolic} a panel's diastolic pressure.
     */
    public record Observation(String pseudonym, String code, String system, LocalDate date, Double value, String unit,
                              String recorder, String valueCode, Double diastolic) {

        public Observation(String pseudonym, String code, String system, LocalDate date, Double value, String unit, String recorder) {
            this(pseudonym, code, system, date, value, unit, recorder, null, null);
        }
    }

    public record Encounter(String pseudonym, String encounterClass, String type, LocalDate start, LocalDate end,
                            boolean emergencyAdmission, String provider) {
    }

    public record Death(String pseudonym, LocalDate date) {
    }

    /**
     * One fact as changed in the record: {@code sequence} grows with every insert or update, {@code key} is a
     * stable surrogate of the fact's row (not personal) so that a consumer replaces what it had for the key.
     */
    public record Change(long sequence, long key, Object fact) {
    }

    public record WaitingListEntry(String pseudonym, String provider, String treatmentFunction, LocalDate clockStart,
                                  String priority, String status) {
    }
}
