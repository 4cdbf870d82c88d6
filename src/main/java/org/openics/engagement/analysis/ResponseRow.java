package org.openics.engagement.analysis;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openics.engagement.AgeBand;
import org.openics.engagement.EthnicGroup;

/** One stored response as the analysis reads it: answers by question key, and the themes coded per free-text answer. */
public record ResponseRow(
        String reference,
        java.time.Instant receivedAt,
        Optional<String> place,
        Optional<AgeBand> ageBand,
        Optional<String> lsoa,
        Optional<EthnicGroup> ethnicGroup,
        Map<String, String> answers,
        Map<String, Set<String>> themes) {

    public ResponseRow {
        answers = Map.copyOf(answers);
        themes = Map.copyOf(themes);
    }

    /** A response whose respondent gave no home area or ethnic group. */
    public ResponseRow(
            String reference,
            java.time.Instant receivedAt,
            Optional<String> place,
            Optional<AgeBand> ageBand,
            Map<String, String> answers,
            Map<String, Set<String>> themes) {
        this(reference, receivedAt, place, ageBand, Optional.empty(), Optional.empty(), answers, themes);
    }
}
