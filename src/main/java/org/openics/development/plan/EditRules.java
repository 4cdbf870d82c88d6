package org.openics.development.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openics.development.ConditionUpdate;
import org.openics.development.Milestone;
import org.openics.development.MilestoneEdit;
import org.openics.development.MilestoneStatus;
import org.openics.development.Rag;

/** Turns what people type into updates and milestones, or says plainly why not. */
public final class EditRules {

    /** Notes and titles longer than this are refused rather than cut. */
    static final int LONGEST_TEXT = 4000;

    private EditRules() {}

    public static Checked<ConditionUpdate> update(
            String conditionId, LocalDate asOf, String rag, String note, String author, LocalDate today, Instant now) {
        List<String> problems = new ArrayList<>();
        Optional<Rag> rating = Rag.parse(rag);
        if (rating.isEmpty()) {
            problems.add("Choose a rating: red, amber, green or complete.");
        }
        if (asOf == null) {
            problems.add("Enter the date the assessment describes.");
        } else if (asOf.isAfter(today)) {
            problems.add("The date of the assessment cannot be in the future (" + asOf + ").");
        }
        if (note == null || note.isBlank()) {
            problems.add("Say what lies behind the rating: the note cannot be empty.");
        } else if (note.length() > LONGEST_TEXT) {
            problems.add("The note is longer than " + LONGEST_TEXT + " characters.");
        }
        if (author == null || author.isBlank()) {
            problems.add("An update needs an author.");
        }
        return problems.isEmpty()
                ? Checked.of(new ConditionUpdate(conditionId, asOf, rating.get(), note.strip(), author, now))
                : Checked.refused(problems);
    }

    /**
     * A milestone from a form or file. {@code knownIndicators} are the ids of the analytics catalogue;
     * when empty (no catalogue) indicator ids are taken as they are.
     */
    public static Checked<Milestone> milestone(MilestoneEdit edit, String id, Set<String> knownIndicators) {
        List<String> problems = new ArrayList<>();
        if (edit.title() == null || edit.title().isBlank()) {
            problems.add("The milestone needs a title.");
        } else if (edit.title().length() > LONGEST_TEXT) {
            problems.add("The title is longer than " + LONGEST_TEXT + " characters.");
        }
        Optional<LocalDate> start = blank(edit.start()) ? Optional.empty() : date(edit.start(), "start", problems);
        Optional<LocalDate> due = date(edit.due(), "due", problems);
        if (start.isPresent() && due.isPresent() && start.get().isAfter(due.get())) {
            problems.add("The start (" + start.get() + ") is after the due date (" + due.get() + ").");
        }
        Optional<MilestoneStatus> status = MilestoneStatus.parse(edit.status());
        if (status.isEmpty()) {
            problems.add("Choose a status: not started, on track, at risk, late or complete.");
        }
        if (!knownIndicators.isEmpty()) {
            edit.indicators().stream()
                    .filter(i -> !knownIndicators.contains(i))
                    .forEach(i -> problems.add("No indicator '" + i + "' in the analytics catalogue."));
        }
        if (!problems.isEmpty()) {
            return Checked.refused(problems);
        }
        return Checked.of(new Milestone(
                id,
                edit.workArea(),
                edit.title().strip(),
                start,
                due.get(),
                status.get(),
                edit.owner() == null ? "" : edit.owner().strip(),
                edit.indicators().stream().distinct().toList()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Optional<LocalDate> date(String text, String which, List<String> problems) {
        if (blank(text)) {
            problems.add("Enter the " + which + " date.");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            problems.add("The " + which + " date '" + text.strip() + "' is not a date like 2026-03-31.");
            return Optional.empty();
        }
    }
}
