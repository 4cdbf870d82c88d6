package org.openics.development;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated assessment of a condition for ICS success: its rating on a date, what lies behind it, and
 * who made it. Updates are never changed; a new one supersedes the last.
 *
 * @param asOf       the date the assessment describes
 * @param recordedAt when it was written into OpenICS
 */
public record ConditionUpdate(
        String conditionId, LocalDate asOf, Rag rag, String note, String author, Instant recordedAt) {

    public ConditionUpdate {
        Texts.require(conditionId, "condition");
        Texts.require(note, "note");
        Texts.require(author, "author");
        if (asOf == null || rag == null || recordedAt == null) {
            throw new IllegalArgumentException("an update needs a date, a rating and a time of recording");
        }
    }
}
