package org.openics.governance;

/** One line of the public decision map: a function, who decides it at one level, in plain English. */
public record MapEntry(
        Level level,
        String function,
        String functionName,
        String category,
        String decider,
        String deciderName,
        String place,
        String placeName,
        String limit,
        String conditions,
        String plainEnglish,
        String entry) {}
