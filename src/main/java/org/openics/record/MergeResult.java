package org.openics.record;

/** The outcome of a merge or unmerge in the master person index, with the audited reason. */
public record MergeResult(boolean done, String reason, long mergeId) {}
