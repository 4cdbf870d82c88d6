package org.openics.record;

import java.time.LocalDate;
import org.openics.record.AnalyticFact.Handler;

/**
 * The pseudonymised facts the record produces as it stores resources, for the analytics module: the records of the
 * sealed {@link AnalyticFact}. A person appears only as a pseudonym (a keyed hash of the person id), never by NHS number
 * or name.
 */
public final class AnalyticFacts {

    private AnalyticFacts() {}

    /** The kinds of fact, one table each, with the record of each. */
    public enum Kind {
        PERSON(Person.class),
        CONDITION(Condition.class),
        OBSERVATION(Observation.class),
        ENCOUNTER(Encounter.class),
        DEATH(Death.class),
        WAITING_LIST(WaitingListEntry.class);

        private final Class<? extends AnalyticFact> type;

        Kind(Class<? extends AnalyticFact> type) {
            this.type = type;
        }

        /** The record facts of this kind are. */
        public Class<? extends AnalyticFact> type() {
            return type;
        }

        /** The kind whose facts are records of this type. */
        public static Kind of(Class<? extends AnalyticFact> type) {
            for (Kind kind : values()) {
                if (kind.type == type) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("not a kind of analytic fact: " + type);
        }
    }

    /** A person; {@code age} is on the day the facts are read, {@code birthDate} lets analytics take it at its own reference date. */
    public record Person(
            String pseudonym,
            String place,
            String pcn,
            String practice,
            String lsoa,
            Integer age,
            String sex,
            String ethnicity,
            java.time.LocalDate birthDate)
            implements AnalyticFact {

        public Person(
                String pseudonym,
                String place,
                String pcn,
                String practice,
                String lsoa,
                Integer age,
                String sex,
                String ethnicity) {
            this(pseudonym, place, pcn, practice, lsoa, age, sex, ethnicity, null);
        }

        @Override
        public void handBy(Handler handler) {
            handler.person(this);
        }
    }

    public record Condition(String pseudonym, String code, String system, LocalDate onset, String recorder)
            implements AnalyticFact {

        @Override
        public void handBy(Handler handler) {
            handler.condition(this);
        }
    }

    /**
     * An observation: {@code value} a quantity or score (the systolic pressure of a blood pressure panel),
     * {@code valueCode} a coded value (e.g. smoking status), {@code diastolic} a panel's diastolic pressure.
     */
    public record Observation(
            String pseudonym,
            String code,
            String system,
            LocalDate date,
            Double value,
            String unit,
            String recorder,
            String valueCode,
            Double diastolic)
            implements AnalyticFact {

        public Observation(
                String pseudonym,
                String code,
                String system,
                LocalDate date,
                Double value,
                String unit,
                String recorder) {
            this(pseudonym, code, system, date, value, unit, recorder, null, null);
        }

        @Override
        public void handBy(Handler handler) {
            handler.observation(this);
        }
    }

    public record Encounter(
            String pseudonym,
            String encounterClass,
            String type,
            LocalDate start,
            LocalDate end,
            boolean emergencyAdmission,
            String provider)
            implements AnalyticFact {

        @Override
        public void handBy(Handler handler) {
            handler.encounter(this);
        }
    }

    public record Death(String pseudonym, LocalDate date) implements AnalyticFact {

        @Override
        public void handBy(Handler handler) {
            handler.death(this);
        }
    }

    /**
     * One fact as changed in the record: {@code sequence} grows with every insert or update, {@code key} is a
     * stable surrogate of the fact's row (not personal) so that a consumer replaces what it had for the key.
     */
    public record Change<T extends AnalyticFact>(long sequence, long key, T fact) {}

    public record WaitingListEntry(
            String pseudonym,
            String provider,
            String treatmentFunction,
            LocalDate clockStart,
            String priority,
            String status)
            implements AnalyticFact {

        @Override
        public void handBy(Handler handler) {
            handler.waitingListEntry(this);
        }
    }
}
