package org.openics.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openics.kernel.NotAuthorised;
import org.openics.registry.RejectedRow;

/**
 * Imports CSV files one by one through a module's entry point and prints what each did, every rejected row with its
 * file:line: reason. Exit status: 0 all loaded, 2 rows rejected, 1 refused (role or arguments) or a file unreadable.
 */
final class CsvImports {

    /** What one file's import did, as the module reports it. */
    record Outcome(String file, long read, long loaded, List<RejectedRow> rejected, long changes) {}

    /** One file's import through the module (name and text in, outcome out). */
    interface Importer {
        Outcome load(String fileName, String text);
    }

    private CsvImports() {}

    static int run(List<Path> files, String changed, Importer importer) {
        int exit = 0;
        for (Path file : files) {
            try {
                Outcome r =
                        importer.load(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                System.out.printf(
                        "%s: read %d, loaded %d, rejected %d, %s new or changed %d%n",
                        r.file(), r.read(), r.loaded(), r.rejected().size(), changed, r.changes());
                r.rejected().forEach(row -> System.out.println("  " + row));
                exit = Math.max(exit, r.rejected().isEmpty() ? 0 : 2);
            } catch (NotAuthorised | IllegalArgumentException e) {
                System.err.println("openics: " + e.getMessage());
                return 1;
            } catch (IOException e) {
                System.err.println("openics: cannot read " + file + ": " + e.getMessage());
                exit = 1;
            }
        }
        return exit;
    }
}
