package org.openics.engagement;

import java.util.List;

/**
 * The answers to one question: a count per option (or scale point, or theme for free text), suppressed when small.
 *
 * @param answered responses that answered it
 * @param uncoded  free-text answers no theme has been given yet (0 for other kinds)
 */
public record QuestionSummary(
        String key, String text, QuestionKind kind, long answered, List<Count> counts, long uncoded) {

    public QuestionSummary {
        counts = List.copyOf(counts);
    }

    public record Count(String label, Cell count) {}
}
