package org.openics.governance;

/** One link of a chain of delegation: who gave the function to whom, under which scheme entry. */
public record RouteStep(
        String entry, String from, String to, String toName, DelegateKind kind, Long limitPounds, String conditions) {}
