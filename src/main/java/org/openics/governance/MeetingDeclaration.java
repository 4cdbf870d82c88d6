package org.openics.governance;

/** An interest a member declared at the meeting for one item; they leave that item. */
public record MeetingDeclaration(String person, int item, String interest) {

    public MeetingDeclaration {
        Codes.require(person, "person");
        if (item < 1 || interest == null || interest.isBlank()) {
            throw new IllegalArgumentException("a declaration at the meeting needs the item and the interest");
        }
        interest = interest.strip();
    }
}
