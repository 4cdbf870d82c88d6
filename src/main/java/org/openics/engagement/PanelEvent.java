package org.openics.engagement;

import java.time.LocalDate;
import java.util.Optional;

/** A panel or community event: when, in which place, with which partner, and how many came. */
public record PanelEvent(String title, LocalDate heldOn, String place, Optional<String> partner, int attendance) {

    public PanelEvent {
        partner = partner == null ? Optional.empty() : partner.filter(p -> !p.isBlank());
    }
}
