package org.openics.mutualaid;

import java.util.List;
import org.openics.registry.RejectedRow;

/**
 * What one CSV import did: rows read, rows loaded (in one transaction) and rows rejected with file:line and the
 * field at fault; {@code read == loaded + rejected.size()}.
 */
public record ImportReport(String kind, String file, int read, int loaded, List<RejectedRow> rejected) {

    public ImportReport {
        rejected = List.copyOf(rejected);
        if (read != loaded + rejected.size()) {
            throw new IllegalStateException("an import's counts reconcile: read " + read + " = loaded " + loaded
                    + " + rejected " + rejected.size());
        }
    }
}
