package org.openics.governance;

/** A person who sits on governance bodies (invented in the demo). */
public record Person(String id, String name) {

    public Person {
        Codes.require(id, "person");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("person " + id + " has no name");
        }
    }
}
