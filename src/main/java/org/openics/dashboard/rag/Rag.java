package org.openics.dashboard.rag;

/** A rating's colour; every rating also carries a text label, so colour is never the only cue. */
public enum Rag {
    GREEN("green"), AMBER("yellow"), RED("red"), NONE("grey");

    private final String tagColour;

    Rag(String tagColour) {
        this.tagColour = tagColour;
    }

    /** The NHS design system tag modifier ({@code nhsuk-tag--green} ...). */
    public String tagClass() {
        return "nhsuk-tag nhsuk-tag--" + tagColour;
    }
}
