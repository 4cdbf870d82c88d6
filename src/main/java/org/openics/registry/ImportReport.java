package org.openics.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import did. Every data row read is either loaded or rejected with its reason, so
 * {@code read == loaded + rejected.size()} always holds; {@code changes} counts the dated versions
 * written (0 when the same file is imported again).
 *
 * @param notes observations that are not rejections, e.g. practices with no list size
 */
public record ImportReport(
        String file,
        ImportFormat format,
        LocalDate effective,
        long read,
        long loaded,
        List<RejectedRow> rejected,
        long changes,
        List<String> notes) {

    public ImportReport {
        rejected = List.copyOf(rejected);
        notes = List.copyOf(notes);
        if (read != loaded + rejected.size()) {
            throw new IllegalStateException("import of " + file + " does not reconcile: read " + read + ", loaded "
                    + loaded + ", rejected " + rejected.size());
        }
    }

    public boolean reconciles() {
        return read == loaded + rejected.size();
    }
}
