package org.openics.engagement;

import java.util.Set;

/** A free-text answer for staff to code: the response's reference, the question, the text, the themes given so far. */
public record CodableAnswer(String reference, String question, String text, Set<String> themes) {

    public CodableAnswer {
        themes = Set.copyOf(themes);
    }
}
