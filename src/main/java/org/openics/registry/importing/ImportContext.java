package org.openics.registry.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openics.kernel.OdsCode;
import org.openics.registry.OrganisationKind;
import org.openics.registry.domain.RegistryState;

/** What a format reader works with while it reads one file. */
final class ImportContext {

    final RegistryState state;
    final LocalDate effective;
    final String source;
    final List<String> notes = new ArrayList<>();
    private final Map<String, Long> firstSeen = new HashMap<>();

    ImportContext(RegistryState state, LocalDate effective, String source) {
        this.state = state;
        this.effective = effective;
        this.source = source;
    }

    /** Rejects the second row with the same key in one file. */
    void once(String key, long line) throws RowProblem {
        Long first = firstSeen.putIfAbsent(key, line);
        if (first != null) {
            throw new RowProblem("duplicate: " + key + " already on line " + first);
        }
    }

    boolean seen(String key) {
        return firstSeen.containsKey(key);
    }

    static String required(CsvTable.Row row, String column) throws RowProblem {
        String value = row.get(column);
        if (value.isEmpty()) {
            throw new RowProblem("missing " + column);
        }
        return value;
    }

    /** A code that must have the published shape of its kind (e.g. a practice is a letter and five digits). */
    static OdsCode code(CsvTable.Row row, String column, Pattern shape, String what) throws RowProblem {
        String value = required(row, column).toUpperCase(java.util.Locale.ROOT);
        if (!shape.matcher(value).matches()) {
            throw new RowProblem("malformed " + what + " code '" + value + "' in " + column);
        }
        return OdsCode.of(value);
    }

    /** The node must already be known to the registry (at any date) as the given kind. */
    OdsCode known(OdsCode code, OrganisationKind kind, String hint) throws RowProblem {
        OrganisationKind actual = state.kindEver(code)
                .orElseThrow(() -> new RowProblem(
                        "unknown " + kind.label().toLowerCase(java.util.Locale.ROOT) + " " + code + " (" + hint + ")"));
        if (actual != kind) {
            throw new RowProblem(code + " is a " + actual.label().toLowerCase(java.util.Locale.ROOT) + ", not a "
                    + kind.label().toLowerCase(java.util.Locale.ROOT));
        }
        return code;
    }

    static double number(CsvTable.Row row, String column) throws RowProblem {
        String value = required(row, column);
        try {
            double parsed = Double.parseDouble(value.replace(",", ""));
            if (parsed < 0 || Double.isNaN(parsed) || Double.isInfinite(parsed)) {
                throw new RowProblem(column + " must be a number of 0 or more, not '" + value + "'");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new RowProblem(column + " is not a number: '" + value + "'");
        }
    }

    static int whole(CsvTable.Row row, String column) throws RowProblem {
        double value = number(row, column);
        if (value != Math.rint(value)) {
            throw new RowProblem(column + " must be a whole number, not " + row.get(column));
        }
        return (int) value;
    }
}
