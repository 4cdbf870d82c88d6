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

    public record Person(String pseudonym, String place, String pcn, String practice, String lsoa, Integer age, String sex,
                         String ethnicity) {
    }

    public record Condition(String pseudonym, String code, String system, LocalDate onset, String recorder) {
    }

    public record Observation(String pseudonym, String code, String system, LocalDate date, Double value, String unit,
                              String recorder) {
    }

    public record Encounter(String pseudonym, String encounterClass, String type, LocalDate start, LocalDate end,
                            boolean emergencyAdmission, String provider) {
    }

    public record Death(String pseudonym, LocalDate date) {
    }

    public record WaitingListEntry(String pseudonym, String provider, String treatmentFunction, LocalDate clockStart,
                                  String priority, String status) {
    }
}
