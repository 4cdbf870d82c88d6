package org.openics.record;

import java.util.function.Consumer;

/**
 * The pseudonymised facts the record hands to analytics ({@link AnalyticFact}), by kind, in full or changed since a
 * sequence, leaving out what opt-outs exclude.
 */
public interface RecordFacts {

    /** Streams one kind of pseudonymised fact, e.g. {@code facts(AnalyticFacts.Person.class, persons::add)}. */
    <T extends AnalyticFact> void facts(Class<T> kind, Consumer<? super T> sink);

    /**
     * Streams the facts of one kind inserted or updated after {@code sinceSequence} (0: all), in sequence order,
     * each with its change sequence and stable key; returns the highest sequence seen (or {@code sinceSequence}).
     */
    <T extends AnalyticFact> long facts(
            Class<T> kind, long sinceSequence, Consumer<? super AnalyticFacts.Change<T>> sink);

    /** What analytics must leave out now because of opt-outs (the facts feed already leaves it out of new facts). */
    OptOutExclusions optOutExclusions();
}
