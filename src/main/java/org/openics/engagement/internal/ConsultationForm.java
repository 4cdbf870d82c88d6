package org.openics.engagement.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.openics.engagement.Consultation;
import org.openics.engagement.Document;
import org.openics.engagement.Problem;
import org.openics.engagement.ProblemKind;
import org.openics.engagement.Question;
import org.openics.engagement.QuestionKind;

/**
 * The staff form of a consultation as its fields arrive (names {@code title}, {@code doc-title-0}, {@code q-key-0}, ...):
 * read into a {@link Consultation}, with problems for what cannot be read (a date or a number), each naming its field;
 * and the fields of a stored consultation, to edit it. Blank document and question rows are left out, so the page can
 * offer a few spare rows without a script.
 */
public final class ConsultationForm {

    static final int SPARE_DOCUMENTS = 2;
    static final int SPARE_QUESTIONS = 3;

    private final Map<String, String> values;
    private final List<String> places;
    private final List<Problem> problems = new ArrayList<>();

    ConsultationForm(Map<String, String> values, List<String> places) {
        this.values = new HashMap<>(values);
        this.places = places == null ? List.of() : List.copyOf(places);
    }

    static ConsultationForm of(Consultation c) {
        Map<String, String> v = new HashMap<>();
        v.put("code", c.code());
        v.put("title", c.title());
        v.put("summary", c.summary());
        v.put("ownerBody", c.ownerBody());
        v.put("audience", c.audience());
        v.put("opens", c.opens().toString());
        v.put("closes", c.closes().toString());
        v.put("internalDeadline", c.internalDeadline().toString());
        v.put("onePerPerson", c.onePerPerson() ? "true" : "");
        for (int i = 0; i < c.documents().size(); i++) {
            v.put("doc-title-" + i, c.documents().get(i).title());
            v.put("doc-address-" + i, c.documents().get(i).address());
        }
        for (int i = 0; i < c.questions().size(); i++) {
            Question q = c.questions().get(i);
            v.put("q-key-" + i, q.key());
            v.put("q-kind-" + i, q.kind().name());
            v.put("q-text-" + i, q.text());
            v.put("q-options-" + i, String.join("\n", q.options()));
            v.put("q-min-" + i, q.kind() == QuestionKind.SCALE ? Integer.toString(q.scaleMin()) : "");
            v.put("q-max-" + i, q.kind() == QuestionKind.SCALE ? Integer.toString(q.scaleMax()) : "");
            v.put("q-required-" + i, q.required() ? "true" : "");
        }
        return new ConsultationForm(v, c.audiencePlaces());
    }

    /** What was typed in a field (empty when nothing). */
    public String value(String field) {
        String v = values.get(field);
        return v == null ? "" : v;
    }

    public boolean ticked(String field) {
        return "true".equals(values.get(field)) || "on".equals(values.get(field));
    }

    public boolean hasPlace(String place) {
        return places.contains(place);
    }

    /** The document rows to show: those typed and a few spare. */
    public List<Integer> documentRows() {
        return IntStream.range(0, rows("doc-title-", "doc-address-") + SPARE_DOCUMENTS)
                .boxed()
                .toList();
    }

    public List<Integer> questionRows() {
        return IntStream.range(0, rows("q-key-", "q-text-") + SPARE_QUESTIONS)
                .boxed()
                .toList();
    }

    private int rows(String... prefixes) {
        int n = 0;
        for (String key : values.keySet()) {
            for (String prefix : prefixes) {
                if (key.startsWith(prefix)) {
                    try {
                        n = Math.max(n, Integer.parseInt(key.substring(prefix.length())) + 1);
                    } catch (NumberFormatException e) {
                        // not a row field
                    }
                }
            }
        }
        return n;
    }

    /** The consultation typed; {@link #problems()} then holds what could not be read. */
    Consultation consultation() {
        problems.clear();
        List<Document> documents = new ArrayList<>();
        for (int i : documentRows()) {
            String title = value("doc-title-" + i).strip();
            String address = value("doc-address-" + i).strip();
            if (!title.isEmpty() || !address.isEmpty()) {
                documents.add(new Document(title, address));
            }
        }
        List<Question> questions = new ArrayList<>();
        for (int i : questionRows()) {
            String key = value("q-key-" + i).strip();
            String text = value("q-text-" + i).strip();
            if (key.isEmpty() && text.isEmpty()) {
                continue;
            }
            QuestionKind kind = kind(i, key);
            List<String> options = Arrays.stream(value("q-options-" + i).split("\\R"))
                    .map(String::strip)
                    .filter(o -> !o.isEmpty())
                    .toList();
            boolean scale = kind == QuestionKind.SCALE;
            int min = scale ? number("q-min-" + i, key, "lowest point") : 0;
            int max = scale ? number("q-max-" + i, key, "highest point") : 0;
            questions.add(new Question(
                    key,
                    kind,
                    text,
                    kind == QuestionKind.CHOICE ? options : List.of(),
                    min,
                    max,
                    ticked("q-required-" + i)));
        }
        return new Consultation(
                value("code").strip(),
                value("title").strip(),
                value("summary").strip(),
                value("ownerBody").strip(),
                value("audience").strip(),
                date("opens", "opening date"),
                date("closes", "closing date"),
                date("internalDeadline", "internal deadline"),
                documents,
                questions,
                ticked("onePerPerson"),
                places);
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    private QuestionKind kind(int row, String key) {
        try {
            return QuestionKind.valueOf(value("q-kind-" + row));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(
                    ProblemKind.INVALID_FIELD,
                    key.isEmpty() ? "question " + (row + 1) : key,
                    "choose the kind of question"));
            return null;
        }
    }

    private int number(String field, String key, String what) {
        try {
            return Integer.parseInt(value(field).strip());
        } catch (NumberFormatException e) {
            problems.add(new Problem(
                    ProblemKind.INVALID_FIELD,
                    key,
                    "the " + what + " of a scale is a whole number (got '" + value(field) + "')"));
            return 0;
        }
    }

    private LocalDate date(String field, String what) {
        String v = value(field).strip();
        if (v.isEmpty()) {
            problems.add(new Problem(ProblemKind.INVALID_FIELD, field, "give the " + what));
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(
                    ProblemKind.INVALID_FIELD,
                    field,
                    "the " + what + " must be a date like 2026-12-31 (got '" + v + "')"));
            return null;
        }
    }
}
