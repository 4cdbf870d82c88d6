package org.openics.estates;

import java.util.List;
import org.openics.registry.RejectedRow;

/** What a site return import did: {@code read = loaded + rejected}; {@code changes} is 0 when the same file is imported again. */
public record EstatesImport(String file, long read, long loaded, List<RejectedRow> rejected, long changes) {

    public EstatesImport {
        rejected = List.copyOf(rejected);
        if (read != loaded + rejected.size()) {
            throw new IllegalStateException("import of " + file + " does not reconcile");
        }
    }
}
