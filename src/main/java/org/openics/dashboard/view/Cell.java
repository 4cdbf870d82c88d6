package org.openics.dashboard.view;

import org.openics.dashboard.rag.RagRating;

/**
 * One cell as shown, and as written to CSV.
 *
 * @param text     what the page shows (may be empty when the cell is only a tag or a picture)
 * @param csv      what the CSV holds (the same figures without thousands separators, the tag's words included)
 * @param href     a link on the text, or null
 * @param tag      the words of a RAG tag shown after the text, or null
 * @param tagClass the NHS tag classes of that tag, or null
 * @param svg      an inline chart (a sparkline), or null
 * @param title    a longer explanation shown on hover (the RAG rule applied, why suppressed), or null
 */
public record Cell(String text, String csv, String href, String tag, String tagClass, String svg, String title) {

    public static Cell of(String text) {
        return new Cell(text, text, null, null, null, null, null);
    }

    public static Cell figure(String shown, String csv) {
        return new Cell(shown, csv, null, null, null, null, null);
    }

    public static Cell link(String text, String href) {
        return new Cell(text, text, href, null, null, null, null);
    }

    public static Cell rating(RagRating rating) {
        return new Cell(
                rating.rag().tagged() ? "" : rating.label(),
                rating.label(),
                null,
                tag(rating),
                tagClass(rating),
                null,
                rating.reason());
    }

    public static Cell picture(String svg) {
        return new Cell("", "", null, null, null, svg, null);
    }

    /** This cell's figure followed by a rating tag (one cell of an areas × indicators grid). */
    public Cell withRating(RagRating rating) {
        String words = csv == null || csv.isEmpty() ? rating.label() : csv + " (" + rating.label() + ")";
        return new Cell(text, words, href, tag(rating), tagClass(rating), svg, rating.reason());
    }

    /** Only ratings with a colour get a tag; suppressed values show as * and the benchmark is labelled, so theirs would repeat. */
    private static String tag(RagRating rating) {
        return rating.rag().tagged() ? rating.label() : null;
    }

    private static String tagClass(RagRating rating) {
        return rating.rag().tagged() ? rating.rag().tagClass() : null;
    }

    public Cell linked(String target) {
        return new Cell(text, csv, target, tag, tagClass, svg, title);
    }
}
