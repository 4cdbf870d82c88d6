package org.openics.engagement;

/** A question's kind: one of its options, a whole number on a scale, or free text. */
public enum QuestionKind {
    CHOICE,
    SCALE,
    FREE_TEXT
}
