package org.openics.analytics.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.openics.analytics.FactsExport;
import org.openics.analytics.PopulationDescribed;
import org.openics.platform.ProgressListener;
import org.springframework.stereotype.Service;

/** {@link FactsExport} over the DuckDB facts store. */
@Service
class FactsExportService implements FactsExport {

    private final FactsStore store;
    private final FactsFeed feed;

    private final ResultStore results;

    FactsExportService(FactsStore store, FactsFeed feed, ResultStore results) {
        this.store = store;
        this.feed = feed;
        this.results = results;
    }

    @Override
    public Map<String, Long> exportParquet(Path dir) {
        // an opt-out recorded since the last refresh applies to an export at once (docs/opt-outs.md)
        if (results.described()
                .map(d -> d.source() == PopulationDescribed.Source.RECORD)
                .orElse(true)) {
            feed.purgeOptedOut();
        }
        return store.exportParquet(dir);
    }

    @Override
    public Map<String, Long> loadGeneratorNdjson(Path dir, ProgressListener progress) {
        return feed.loadNdjson(dir, progress);
    }

    @Override
    public Map<String, Long> replaceFacts(
            PopulationDescribed described, Consumer<FactSink> producer, ProgressListener progress) {
        Map<String, Long> rows = feed.replace(producer, progress);
        results.describe(described);
        return rows;
    }

    @Override
    public void describe(PopulationDescribed described) {
        results.describe(described);
    }

    @Override
    public Map<String, Long> counts() {
        return store.counts();
    }
}
