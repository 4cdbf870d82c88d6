package org.openics.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the append-only decision log, chained to the one before by its hash.
 *
 * @param entry        the scheme entry that allowed the decision, or null when it was not decided
 * @param previousHash hash of the record before (64 zeros for the first)
 * @param hash         SHA-256 over this record's canonical form and the previous hash
 */
public record DecisionRecord(long sequence, Instant recordedAt, String body, LocalDate meetingDate, String item, String proposal,
                             String function, long valuePounds, String place, List<String> counterparties, Outcome outcome,
                             String reason, String entry, List<Exclusion> excluded, String confidentialGround,
                             String previousHash, String hash) {

    public DecisionRecord {
        counterparties = List.copyOf(counterparties);
        excluded = List.copyOf(excluded);
    }

    public boolean confidential() {
        return confidentialGround != null;
    }
}
