package org.openics.workforce;

import java.util.List;
import org.openics.registry.RejectedRow;

/**
 * What an import did: every data row read was loaded or rejected with file:line:reason ({@code read = loaded +
 * rejected}); {@code changes} counts figures stored or altered (0 when the same file is imported again).
 */
public record WorkforceImport(
        String file, WorkforceFormat format, long read, long loaded, List<RejectedRow> rejected, long changes) {

    public WorkforceImport {
        rejected = List.copyOf(rejected);
        if (read != loaded + rejected.size()) {
            throw new IllegalStateException("import of " + file + " does not reconcile: read " + read + ", loaded "
                    + loaded + ", rejected " + rejected.size());
        }
    }
}
