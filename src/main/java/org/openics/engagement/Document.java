package org.openics.engagement;

/** A document a consultation asks people to read: its title and where it is published (an https address or a path). */
public record Document(String title, String address) {}
