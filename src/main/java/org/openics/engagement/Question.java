package org.openics.engagement;

import java.util.List;

/**
 * One question of a consultation.
 *
 * @param key      short identifier, unique in its consultation (letters, digits, hyphens), the form field's name
 * @param options  the choices of a CHOICE question; empty otherwise
 * @param scaleMin lowest point of a SCALE question (ignored for other kinds)
 * @param scaleMax highest point of a SCALE question
 */
public record Question(
        String key,
        QuestionKind kind,
        String text,
        List<String> options,
        int scaleMin,
        int scaleMax,
        boolean required) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static Question choice(String key, String text, boolean required, String... options) {
        return new Question(key, QuestionKind.CHOICE, text, List.of(options), 0, 0, required);
    }

    public static Question scale(String key, String text, boolean required, int min, int max) {
        return new Question(key, QuestionKind.SCALE, text, List.of(), min, max, required);
    }

    public static Question freeText(String key, String text, boolean required) {
        return new Question(key, QuestionKind.FREE_TEXT, text, List.of(), 0, 0, required);
    }
}
