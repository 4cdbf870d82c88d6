package org.openics.engagement.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openics.engagement.Consultation;
import org.openics.engagement.Question;
import org.openics.engagement.QuestionKind;
import org.openics.kernel.Csv;

/**
 * Every response of a consultation as CSV for staff: reference, when, place, age band, one column per question and,
 * for free text, a column of its themes. Never the email address or its hash. Cells that a spreadsheet would take
 * for a formula are defused ({@link Csv#cell}).
 */
public final class ResponsesCsv {

    private ResponsesCsv() {}

    public static String of(Consultation c, List<ResponseRow> responses, Map<String, String> placeNames) {
        List<String> header = new ArrayList<>(List.of("reference", "received_at", "place", "age_band"));
        for (Question q : c.questions()) {
            header.add(q.key());
            if (q.kind() == QuestionKind.FREE_TEXT) {
                header.add(q.key() + "_themes");
            }
        }
        Csv csv = Csv.withHeader(header.toArray(String[]::new));
        for (ResponseRow r : responses) {
            List<String> row = new ArrayList<>(List.of(
                    r.reference(),
                    r.receivedAt().toString(),
                    r.place().map(p -> placeNames.getOrDefault(p, p)).orElse(""),
                    r.ageBand().map(b -> b.label()).orElse("")));
            for (Question q : c.questions()) {
                row.add(r.answers().getOrDefault(q.key(), ""));
                if (q.kind() == QuestionKind.FREE_TEXT) {
                    row.add(String.join(
                            "; ", new java.util.TreeSet<>(r.themes().getOrDefault(q.key(), java.util.Set.of()))));
                }
            }
            csv.row(row);
        }
        return csv.toString();
    }
}
