package org.openics.mutualaid;

import java.util.Locale;
import java.util.Optional;

/**
 * Clinical priority of an elective waiter (the Federation of Surgical Specialty Associations' P1–P4): P1 within 72
 * hours, P2 within a month, P3 within three months, P4 longer. The record holds FHIR {@code ServiceRequest.priority}
 * (stat, asap, urgent, routine), read here in that order of urgency as P1–P4.
 */
public enum Priority {
    P1(3),
    P2(2),
    P3(1),
    P4(0);

    private final int urgency;

    Priority(int urgency) {
        this.urgency = urgency;
    }

    /** 3 for P1 down to 0 for P4: the optimiser treats a more urgent waiter before any less urgent one. */
    public int urgency() {
        return urgency;
    }

    /** The priority a FHIR request priority code stands for; empty when the code is missing or unknown. */
    public static Optional<Priority> fromFhir(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "stat" -> Optional.of(P1);
            case "asap" -> Optional.of(P2);
            case "urgent" -> Optional.of(P3);
            case "routine" -> Optional.of(P4);
            default -> Optional.empty();
        };
    }
}
