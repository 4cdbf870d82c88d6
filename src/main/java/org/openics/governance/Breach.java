package org.openics.governance;

/** A rule a body breaks on a date: what was found, the rule and the reason the rule exists. */
public record Breach(String body, String bodyName, String rule, String ruleText, String finding, String reason) {}
