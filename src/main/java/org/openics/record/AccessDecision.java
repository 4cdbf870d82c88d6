package org.openics.record;

/** Whether an access was granted, and why: the reason is what the audit log and the user see. */
public record AccessDecision(boolean granted, String reason) {

    public AccessDecision {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an access decision gives its reason");
        }
    }

    public static AccessDecision grant(String reason) {
        return new AccessDecision(true, reason);
    }

    public static AccessDecision refuse(String reason) {
        return new AccessDecision(false, reason);
    }
}
