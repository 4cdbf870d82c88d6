package org.openics.governance;

/**
 * A paper for an agenda item: its title, its author (a name or a role) and where it is kept — a web address or the
 * reference of the document in the ICB's records. It is published with its item: a paper for a private item is private.
 */
public record Paper(String title, String author, String link) {

    public Paper {
        if (title == null || title.isBlank() || author == null || author.isBlank()) {
            throw new IllegalArgumentException("a paper needs a title and an author");
        }
        title = title.strip();
        author = author.strip();
        link = link == null || link.isBlank() ? null : link.strip();
        if (link != null && (link.length() > 2000 || link.regionMatches(true, 0, "javascript:", 0, 11))) {
            throw new IllegalArgumentException(
                    "the paper's link must be a web address or a document reference of at most 2,000 characters");
        }
    }
}
