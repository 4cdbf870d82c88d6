package org.openics.governance;

/** One rule checked against one body: met or breached, with the finding either way. */
public record RuleResult(String body, String rule, boolean met, String finding) {}
