package org.openics.development.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openics.development.Condition;
import org.openics.development.ConditionUpdate;
import org.openics.development.plan.Checked;
import org.openics.development.plan.EditRules;
import org.openics.kernel.CsvRows;

/**
 * The conditions for ICS success and their dated assessments as a CSV file, one row per assessment, as a
 * system development office keeps them in a spreadsheet:
 * {@code condition,title,description,as_of,rag,note,author,recorded}. A condition's title (and description) is
 * given on its first row and may be left empty on the later ones; a row with an empty {@code as_of} lists a
 * condition not yet assessed. {@code recorded} (YYYY-MM-DD, or an instant) is when the assessment was written;
 * empty: now. Each assessment is checked as the form checks it (a rating, a note, an author, not in the future).
 * Conditions are numbered in the order they first appear. A file with any problem yields no conditions.
 */
public final class ConditionsCsv {

    public static final List<String> COLUMNS =
            List.of("condition", "title", "description", "as_of", "rag", "note", "author", "recorded");

    /** What reading found: the conditions (none when there is a problem), the rows read and every problem with its line. */
    public record Result(List<Condition> conditions, int rows, List<String> problems) {

        public Result {
            conditions = List.copyOf(conditions);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private ConditionsCsv() {}

    public static Result read(String file, String text, LocalDate today, Instant now) {
        CsvRows csv = CsvRows.parse(file, text);
        if (csv.problem() != null) {
            return new Result(List.of(), 0, List.of(file + ": " + csv.problem()));
        }
        List<String> missing = csv.missing(List.of("condition", "title", "as_of", "rag", "note", "author"));
        if (!missing.isEmpty()) {
            return new Result(
                    List.of(),
                    0,
                    List.of(file + ": the header lacks " + String.join(", ", missing) + " (columns: "
                            + String.join(",", COLUMNS) + ")"));
        }
        List<String> problems = new ArrayList<>();
        Map<String, String[]> described = new LinkedHashMap<>();
        Map<String, List<ConditionUpdate>> history = new LinkedHashMap<>();
        for (CsvRows.Row row : csv.rows()) {
            String at = file + ":" + row.line() + ": ";
            String id = row.get("condition");
            if (!row.complete()) {
                problems.add(at + "the row has " + row.size() + " fields, the header " + row.expected());
                continue;
            }
            if (id.isEmpty()) {
                problems.add(at + "missing condition");
                continue;
            }
            String[] known = described.get(id);
            if (known == null) {
                if (row.get("title").isEmpty()) {
                    problems.add(at + "the first row of condition '" + id + "' needs its title");
                    continue;
                }
                described.put(id, new String[] {row.get("title"), row.get("description")});
                history.put(id, new ArrayList<>());
            } else if (!row.get("title").isEmpty() && !row.get("title").equals(known[0])) {
                problems.add(at + "condition '" + id + "' has the title '" + known[0] + "' on an earlier line, not '"
                        + row.get("title") + "'");
                continue;
            }
            if (row.get("as_of").isEmpty()) {
                continue;
            }
            try {
                LocalDate asOf = LocalDate.parse(row.get("as_of"));
                Instant recorded = row.get("recorded").isEmpty() ? now : instant(row.get("recorded"));
                Checked<ConditionUpdate> update =
                        EditRules.update(id, asOf, row.get("rag"), row.get("note"), row.get("author"), today, recorded);
                update.problems().forEach(p -> problems.add(at + p));
                update.value().ifPresent(history.get(id)::add);
            } catch (DateTimeParseException e) {
                problems.add(at + "as_of and recorded are dates (YYYY-MM-DD): " + e.getParsedString());
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), csv.rows().size(), problems);
        }
        List<Condition> conditions = new ArrayList<>();
        described.forEach(
                (id, d) -> conditions.add(new Condition(id, conditions.size() + 1, d[0], d[1], history.get(id))));
        return new Result(conditions, csv.rows().size(), List.of());
    }

    private static Instant instant(String text) {
        return text.contains("T")
                ? Instant.parse(text)
                : LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
