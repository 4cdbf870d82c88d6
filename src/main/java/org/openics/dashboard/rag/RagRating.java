package org.openics.dashboard.rag;

/**
 * One rating with the words that say it (shown next to the colour) and why (shown on hover and in tables).
 *
 * @param label  short text shown in the tag, e.g. "Worse than ICS"
 * @param reason the rule applied to this value, in a sentence
 */
public record RagRating(Rag rag, String label, String reason) {

    public static RagRating none(String label, String reason) {
        return new RagRating(Rag.NONE, label, reason);
    }
}
