package org.openics.registry.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openics.platform.ProgressListener;
import org.openics.registry.ImportFormat;
import org.openics.registry.ImportOptions;
import org.openics.registry.ImportReport;
import org.openics.registry.RejectedRow;
import org.openics.registry.domain.RegistryState;

/**
 * Reads one published file into the dated registry state: recognises the format from the header,
 * takes the date from the file (or the caller), loads good rows and rejects bad ones with their line
 * and reason. The caller stores the resulting changes in one transaction, so a file never half-loads.
 */
public final class RegistryImporter {

    private static final List<FormatReader> READERS = List.of(
            new PracticeMappingReader(),
            new ListSizeReader(),
            new WeightedPopulationReader(),
            new LsoaDeprivationReader(),
            new LsoaPopulationReader(),
            new PracticePlaceReader());

    public ImportReport run(Path file, ImportOptions options, RegistryState state, ProgressListener progress) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ImportProblem(file + ": no such readable file");
        }
        try {
            long total = CsvTable.countRows(file);
            try (CsvTable table = CsvTable.open(file)) {
                FormatReader reader = recognise(table, options.format());
                return read(table, reader, options, state, progress, total);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ImportProblem(file + ": cannot be read as CSV (" + rootMessage(e) + "); nothing was loaded", e);
        } catch (IllegalStateException e) {
            throw new ImportProblem(file + ": malformed CSV (" + rootMessage(e) + "); nothing was loaded", e);
        }
    }

    /** The format a file's header shows, or a clear problem listing what it has and what is known. */
    public static ImportFormat recognise(Path file) {
        try (CsvTable table = CsvTable.open(file)) {
            return recognise(table, Optional.empty()).format();
        } catch (IOException | UncheckedIOException e) {
            throw new ImportProblem(file + ": cannot be read as CSV (" + rootMessage(e) + ")", e);
        }
    }

    private static FormatReader recognise(CsvTable table, Optional<ImportFormat> wanted) {
        for (FormatReader reader : READERS) {
            if (wanted.map(w -> w == reader.format()).orElse(true)
                    && table.hasColumns(reader.format().requiredColumns())) {
                return reader;
            }
        }
        String known = READERS.stream()
                .map(r -> "  " + r.format() + ": " + r.format().description() + " (columns "
                        + String.join(", ", r.format().requiredColumns()) + ")")
                .collect(Collectors.joining("\n"));
        throw new ImportProblem(table.fileName() + ": "
                + wanted.map(w -> "does not have the columns of " + w).orElse("is not a recognised format")
                + ". Its columns: " + String.join(", ", table.columns())
                + "\nRecognised formats:\n" + known);
    }

    private ImportReport read(
            CsvTable table,
            FormatReader reader,
            ImportOptions options,
            RegistryState state,
            ProgressListener progress,
            long total) {
        Iterator<CsvTable.Row> rows = table.iterator();
        List<RejectedRow> rejected = new ArrayList<>();
        if (!rows.hasNext()) {
            return new ImportReport(
                    table.path().toString(),
                    reader.format(),
                    options.effective().orElse(null),
                    0,
                    0,
                    List.of(),
                    0,
                    List.of("the file has a header and no rows"));
        }
        CsvTable.Row first = rows.next();
        LocalDate effective = options.effective()
                .or(() -> reader.effectiveDate(first, table.fileName()))
                .orElseThrow(() -> new ImportProblem(table.fileName() + ": cannot tell the date this " + reader.format()
                        + " file takes effect from its contents or name; give it (--effective YYYY-MM-DD)"));
        ImportContext context =
                new ImportContext(state, effective, reader.format().name() + ":" + table.fileName());
        progress.start("Importing " + table.fileName(), total);
        long read = 0;
        for (CsvTable.Row row = first; row != null; row = rows.hasNext() ? rows.next() : null) {
            read++;
            try {
                if (row.size() < row.expectedSize()) {
                    throw new RowProblem(
                            "truncated row: " + row.size() + " fields, the header has " + row.expectedSize());
                }
                reader.load(row, context);
            } catch (RowProblem problem) {
                rejected.add(new RejectedRow(table.fileName(), row.line(), problem.getMessage()));
            } catch (IllegalArgumentException invalid) {
                rejected.add(new RejectedRow(table.fileName(), row.line(), invalid.getMessage()));
            }
            if (read % 500 == 0) {
                progress.advance(read);
            }
        }
        reader.finish(context);
        progress.advance(read);
        progress.finish();
        return new ImportReport(
                table.path().toString(),
                reader.format(),
                effective,
                read,
                read - rejected.size(),
                rejected,
                state.changeCount(),
                context.notes);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
