package org.openics.governance;

import java.util.List;

/** What a meeting step did: the meeting it acted on, in words, the decision it sealed (if any), or why it was refused. */
public record MeetingResult(long meeting, String what, DecisionRecord decision, List<String> problems) {

    public MeetingResult {
        problems = List.copyOf(problems);
    }

    public boolean done() {
        return problems.isEmpty();
    }
}
