package org.openics.record;

/**
 * One pseudonymised fact the record hands to analytics: exactly one of the records of {@link AnalyticFacts}. A person
 * appears only as a pseudonym, never by NHS number or name. A consumer that needs every kind implements {@link Handler},
 * which the compiler keeps complete when a kind is added.
 */
public sealed interface AnalyticFact
        permits AnalyticFacts.Person,
                AnalyticFacts.Condition,
                AnalyticFacts.Observation,
                AnalyticFacts.Encounter,
                AnalyticFacts.Death,
                AnalyticFacts.WaitingListEntry {

    /** The keyed hash of the person the fact is about. */
    String pseudonym();

    /** Hands the fact to the handler's method for its kind. */
    void handBy(Handler handler);

    /** One method per kind of fact. */
    interface Handler {
        void person(AnalyticFacts.Person person);

        void condition(AnalyticFacts.Condition condition);

        void observation(AnalyticFacts.Observation observation);

        void encounter(AnalyticFacts.Encounter encounter);

        void death(AnalyticFacts.Death death);

        void waitingListEntry(AnalyticFacts.WaitingListEntry entry);
    }
}
