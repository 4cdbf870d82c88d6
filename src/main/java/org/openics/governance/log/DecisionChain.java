package org.openics.governance.log;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.openics.governance.DecisionRecord;
import org.openics.governance.LogVerification;

/**
 * Makes the decision log tamper-evident: each record's hash is SHA-256 over its canonical form and the
 * previous record's hash, so altering, removing or reordering any stored record breaks every link after it.
 */
public final class DecisionChain {

    public static final String GENESIS = "0".repeat(64);

    private DecisionChain() {}

    /**
     * The record's fields (all but its own hash) in a fixed order, one per line, escaped. Votes recorded by name come last and
     * only when there are any, so that records made before they existed keep their hashes.
     */
    public static String canonical(DecisionRecord r) {
        List<String> exclusions = r.excluded().stream()
                .map(e -> escape(e.person()) + "|" + escape(e.reason()))
                .toList();
        String votes = r.votes().isEmpty()
                ? ""
                : "\nvotes="
                        + r.votes().stream()
                                .map(v -> escape(v.person()) + "|" + escape(v.name()) + "|"
                                        + v.vote().name())
                                .collect(Collectors.joining(","));
        return String.join(
                        "\n",
                        "sequence=" + r.sequence(),
                        "recordedAt=" + r.recordedAt(),
                        "body=" + escape(r.body()),
                        "meetingDate=" + r.meetingDate(),
                        "item=" + escape(r.item()),
                        "proposal=" + escape(r.proposal()),
                        "function=" + escape(r.function()),
                        "valuePounds=" + r.valuePounds(),
                        "place=" + escape(r.place()),
                        "counterparties="
                                + r.counterparties().stream()
                                        .map(DecisionChain::escape)
                                        .collect(Collectors.joining(",")),
                        "outcome=" + r.outcome().name(),
                        "reason=" + escape(r.reason()),
                        "entry=" + escape(r.entry()),
                        "excluded=" + String.join(",", exclusions),
                        "confidentialGround=" + escape(r.confidentialGround()),
                        "previousHash=" + r.previousHash())
                + votes;
    }

    public static String hash(DecisionRecord record) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical(record).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The record with its hash set (any hash it carried is ignored). */
    public static DecisionRecord seal(DecisionRecord r) {
        return new DecisionRecord(
                r.sequence(),
                r.recordedAt(),
                r.body(),
                r.meetingDate(),
                r.item(),
                r.proposal(),
                r.function(),
                r.valuePounds(),
                r.place(),
                r.counterparties(),
                r.outcome(),
                r.reason(),
                r.entry(),
                r.excluded(),
                r.confidentialGround(),
                r.votes(),
                r.previousHash(),
                hash(r));
    }

    /** Recomputes the chain in sequence order; reports each record whose content or link no longer matches. */
    public static LogVerification verify(List<DecisionRecord> records) {
        List<String> problems = new ArrayList<>();
        String previous = GENESIS;
        long expected = 1;
        for (DecisionRecord record : records) {
            if (record.sequence() != expected) {
                problems.add("record " + expected + " is missing: the next stored record is " + record.sequence());
                expected = record.sequence();
            }
            if (!record.previousHash().equals(previous)) {
                problems.add("record " + record.sequence() + " does not follow the record before it (its previous hash "
                        + abbreviate(record.previousHash()) + " is not " + abbreviate(previous) + ")");
            }
            String recomputed = hash(record);
            if (!recomputed.equals(record.hash())) {
                problems.add("record " + record.sequence() + " was altered after it was recorded (stored hash "
                        + abbreviate(record.hash()) + ", recomputed " + abbreviate(recomputed) + ")");
            }
            previous = record.hash();
            expected++;
        }
        return new LogVerification(records.size(), problems.isEmpty(), problems);
    }

    private static String abbreviate(String hash) {
        return hash == null ? "none" : hash.substring(0, Math.min(12, hash.length())) + "…";
    }

    private static String escape(String text) {
        if (text == null) {
            return "\\0";
        }
        return text.replace("\\", "\\\\")
                .replace("\n", "\\n")
                .replace("|", "\\p")
                .replace(",", "\\c");
    }
}
