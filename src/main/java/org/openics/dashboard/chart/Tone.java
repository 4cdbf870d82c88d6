package org.openics.dashboard.chart;

import org.openics.dashboard.rag.Rag;

/** The colour of a mark, matched to the RAG tags; a text label always goes with it. */
public enum Tone {
    GOOD("#007f3b"), SIMILAR("#ffb81c"), BAD("#d5281b"), NEUTRAL("#005eb8"), NONE("#aeb7bd");

    private final String colour;

    Tone(String colour) {
        this.colour = colour;
    }

    public String colour() {
        return colour;
    }

    public static Tone of(Rag rag) {
        return switch (rag) {
            case GREEN -> GOOD;
            case AMBER -> SIMILAR;
            case RED -> BAD;
            case NONE -> NEUTRAL;
        };
    }
}
