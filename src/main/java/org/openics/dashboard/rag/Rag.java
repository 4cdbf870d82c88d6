package org.openics.dashboard.rag;

/**
 * The one rating palette of the dashboard: each colour has one meaning, stated in {@link #meaning()} and shown in
 * the palette's key, and the same colour marks it everywhere (tags in tables, chart markers, map shades). Every
 * rating also carries words, so colour is never the only cue.
 */
public enum Rag {
    GREEN(
            "better",
            "#007f3b",
            "Better or meets target",
            "Better than the benchmark, or meets the target (significantly, at the confidence level chosen)"),
    AMBER(
            "similar",
            "#ffb81c",
            "Similar or close to target",
            "Similar to the benchmark, or the interval includes the target: no significant difference"),
    RED("worse", "#d5281b", "Worse or misses target", "Worse than the benchmark, or misses the target (significantly)"),
    HIGHER(
            "higher",
            "#003087",
            "Higher (no better direction)",
            "Significantly higher than the benchmark, where neither higher nor lower is better"),
    LOWER(
            "lower",
            "#41b6e6",
            "Lower (no better direction)",
            "Significantly lower than the benchmark, where neither higher nor lower is better"),
    SIMILAR_NO_JUDGEMENT(
            "same",
            "#ffffff",
            "Similar (no better direction)",
            "Not significantly different from the benchmark, where neither higher nor lower is better"),
    BENCHMARK(
            "benchmark", "#425563", "Benchmark", "The benchmark itself (the ICS), which the others are compared with"),
    NONE("none", "#d8dde0", "Not rated", "Not rated: suppressed (small numbers), no value, or not compared");

    private final String modifier;
    private final String colour;
    private final String name;
    private final String meaning;

    Rag(String modifier, String colour, String name, String meaning) {
        this.modifier = modifier;
        this.colour = colour;
        this.name = name;
        this.meaning = meaning;
    }

    /** The colour's name in a chart legend, e.g. "Worse or misses target". */
    public String legend() {
        return name;
    }

    /** The tag's classes: the design system's tag with this palette's colour ({@code dash-rag--better} ...). */
    public String tagClass() {
        return "nhsuk-tag dash-rag dash-rag--" + modifier;
    }

    /** The colour of a mark (chart marker, bar, map area) with this rating. */
    public String colour() {
        return colour;
    }

    /** What the colour means, in a sentence, for the palette's key. */
    public String meaning() {
        return meaning;
    }

    /** Whether a tag in a table says anything the figure beside it does not (suppressed shows as *, the benchmark is labelled). */
    public boolean tagged() {
        return this != NONE && this != BENCHMARK;
    }

    /** The colours used for ratings, in the order the key lists them. */
    public static java.util.List<Rag> palette() {
        return java.util.List.of(values());
    }
}
