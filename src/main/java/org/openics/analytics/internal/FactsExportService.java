package org.openics.analytics.internal;

import java.nio.file.Path;
import java.util.Map;
import org.openics.analytics.FactsExport;
import org.openics.platform.ProgressListener;
import org.springframework.stereotype.Service;

/** {@link FactsExport} over the DuckDB facts store. */
@Service
class FactsExportService implements FactsExport {

    private final FactsStore store;
    private final FactsFeed feed;

    FactsExportService(FactsStore store, FactsFeed feed) {
        this.store = store;
        this.feed = feed;
    }

    @Override
    public Map<String, Long> exportParquet(Path dir) {
        return store.exportParquet(dir);
    }

    @Override
    public Map<String, Long> loadGeneratorNdjson(Path dir, ProgressListener progress) {
        return feed.loadNdjson(dir, progress);
    }

    @Override
    public Map<String, Long> counts() {
        return store.counts();
    }
}
