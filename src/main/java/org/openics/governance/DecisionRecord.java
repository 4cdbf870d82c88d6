package org.openics.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the append-only decision log, chained to the one before by its hash.
 *
 * @param entry        the scheme entry that allowed the decision, or null when it was not decided
 * @param votes        each member's vote where they were recorded by name (empty otherwise, and in records made before)
 * @param previousHash hash of the record before (64 zeros for the first)
 * @param hash         SHA-256 over this record's canonical form and the previous hash
 */
public record DecisionRecord(
        long sequence,
        Instant recordedAt,
        String body,
        LocalDate meetingDate,
        String item,
        String proposal,
        String function,
        long valuePounds,
        String place,
        List<String> counterparties,
        Outcome outcome,
        String reason,
        String entry,
        List<Exclusion> excluded,
        String confidentialGround,
        List<MemberVote> votes,
        String previousHash,
        String hash) {

    /** A record without votes recorded by name. */
    public DecisionRecord(
            long sequence,
            Instant recordedAt,
            String body,
            LocalDate meetingDate,
            String item,
            String proposal,
            String function,
            long valuePounds,
            String place,
            List<String> counterparties,
            Outcome outcome,
            String reason,
            String entry,
            List<Exclusion> excluded,
            String confidentialGround,
            String previousHash,
            String hash) {
        this(
                sequence,
                recordedAt,
                body,
                meetingDate,
                item,
                proposal,
                function,
                valuePounds,
                place,
                counterparties,
                outcome,
                reason,
                entry,
                excluded,
                confidentialGround,
                List.of(),
                previousHash,
                hash);
    }

    public DecisionRecord {
        counterparties = List.copyOf(counterparties);
        excluded = List.copyOf(excluded);
        votes = votes == null ? List.of() : List.copyOf(votes);
    }

    /** The members who voted a way, by name, e.g. for the minutes. */
    public List<String> voted(Vote vote) {
        return votes.stream()
                .filter(v -> v.vote() == vote)
                .map(MemberVote::name)
                .toList();
    }

    public boolean confidential() {
        return confidentialGround != null;
    }
}
