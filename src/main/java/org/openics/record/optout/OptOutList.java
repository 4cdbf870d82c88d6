package org.openics.record.optout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openics.kernel.NhsNumber;
import org.openics.record.OptOutImport;

/**
 * A list of opted-out people as NHS England's services return it: one NHS number a line (spaces allowed), or a CSV
 * whose first column is the NHS number (other columns ignored). A header line (a first line without digits), blank
 * lines and lines starting with {@code #} are not people and are not counted; every other line is read and either
 * accepted or rejected with its reason.
 */
public final class OptOutList {

    private OptOutList() {}

    /** The accepted NHS numbers (each once, in file order), how many lines were read, and the rejected lines. */
    public record Parsed(List<NhsNumber> accepted, long read, long repeated, List<OptOutImport.Rejected> rejected) {}

    public static Parsed parse(String file, List<String> lines) {
        Set<NhsNumber> accepted = new LinkedHashSet<>();
        List<OptOutImport.Rejected> rejected = new ArrayList<>();
        long read = 0;
        long repeated = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || (i == 0 && !trimmed.matches(".*\\d.*"))) {
                continue;
            }
            read++;
            String first = trimmed.split("[,;\t]", -1)[0].strip();
            if (first.length() > 1 && first.startsWith("\"") && first.endsWith("\"")) {
                first = first.substring(1, first.length() - 1).strip();
            }
            String digits = first.replace(" ", "");
            String problem = digits.isEmpty() ? "no NHS number in the first column" : NhsNumber.check(digits);
            if (problem != null) {
                rejected.add(new OptOutImport.Rejected(file, i + 1, problem));
            } else if (!accepted.add(new NhsNumber(digits))) {
                repeated++;
            }
        }
        return new Parsed(List.copyOf(accepted), read, repeated, rejected);
    }
}
