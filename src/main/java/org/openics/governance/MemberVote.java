package org.openics.governance;

/** One member's recorded (named) vote on an item, kept in the decision log. */
public record MemberVote(String person, String name, Vote vote) {

    public MemberVote {
        if (person == null || person.isBlank() || vote == null) {
            throw new IllegalArgumentException("a recorded vote needs the member and how they voted");
        }
        name = name == null || name.isBlank() ? person : name;
    }
}
