package org.openics.engagement;

import java.util.List;

/** Staff analysis of a consultation's responses: per question, and who responded against the population. */
public record Analysis(
        String consultation,
        long responses,
        List<QuestionSummary> questions,
        List<Representation> representation,
        List<Theme> themes) {

    public Analysis {
        questions = List.copyOf(questions);
        representation = List.copyOf(representation);
        themes = List.copyOf(themes);
    }
}
