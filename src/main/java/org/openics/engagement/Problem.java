package org.openics.engagement;

/**
 * One reason something was refused.
 *
 * @param field  the question key or field it concerns ("" for the whole thing)
 * @param detail what is wrong, in words a resident reads
 */
public record Problem(ProblemKind kind, String field, String detail) {}
