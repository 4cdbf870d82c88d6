package org.openics.analytics;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.openics.platform.ProgressListener;

/** The facts store seen from outside analytics: Parquet export, and the bench-only shortcut that fills it from generator files. */
public interface FactsExport {

    /** Writes person, condition, observation, encounter and waiting_list as Parquet files into the folder; rows per file. */
    Map<String, Long> exportParquet(Path dir);

    /**
     * BENCH ONLY: replaces the facts store's facts with the generator's FHIR NDJSON folder read directly by DuckDB
     * (the same fact tables the record feed produces, without going through the record); rows per fact table.
     */
    Map<String, Long> loadGeneratorNdjson(Path dir, ProgressListener progress);

    /** Where facts are added: each one of the records of {@code org.openics.record.AnalyticFacts} (Person, Death, Condition ...). */
    @FunctionalInterface
    interface FactSink {
        void add(org.openics.record.AnalyticFact fact);
    }

    /**
     * DEMO: replaces the facts store's facts with those {@code producer} adds (persons before their other facts is not
     * needed), records which population they describe, and from then on refreshes recompute from these facts without
     * pulling from the record; rows per fact table.
     */
    Map<String, Long> replaceFacts(
            PopulationDescribed described, Consumer<FactSink> producer, ProgressListener progress);

    /** Records (replaces) which population the facts describe, e.g. once its size is known after {@link #replaceFacts}. */
    void describe(PopulationDescribed described);

    /** Rows per fact table in the store. */
    Map<String, Long> counts();
}
