package org.openics.governance;

import java.time.Instant;

/**
 * One entry of governance's single history: every write — a change, a whole-model or scheme import, a decision, a meeting
 * step — when, by whom (with their role), what they were allowed to do and what they did.
 *
 * @param modelVersion the model version the write produced (its document can be read again), or null when it kept none
 */
public record HistoryEntry(
        long id, Instant at, String username, String role, String action, String what, Integer modelVersion) {

    /** "secretary (Governance administrator)". */
    public String by() {
        return username + " (" + role + ")";
    }
}
