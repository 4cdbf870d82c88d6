package org.openics.analytics;

import java.nio.file.Path;
import java.util.Map;
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

    /** Rows per fact table in the store. */
    Map<String, Long> counts();
}
