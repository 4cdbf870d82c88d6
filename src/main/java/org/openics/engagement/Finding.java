package org.openics.engagement;

import java.util.Optional;

/**
 * "You said, we did": what residents said (optionally a coded theme), what the system did, the decision it informed
 * (its sequence in governance's decision log) and the indicator expected to show the change (an analytics id).
 */
public record Finding(
        String consultation,
        Optional<String> theme,
        String youSaid,
        String weDid,
        Optional<Long> decision,
        Optional<String> indicator) {

    public Finding {
        theme = theme == null ? Optional.empty() : theme.filter(t -> !t.isBlank());
        decision = decision == null ? Optional.empty() : decision;
        indicator = indicator == null ? Optional.empty() : indicator.filter(t -> !t.isBlank());
    }
}
