package org.openics.record.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openics.record.AuditEntry;
import org.openics.record.AuditVerification;

/**
 * Each audit entry's hash covers its content and the previous entry's hash, so changing, removing or
 * reordering any entry breaks every hash after it. Whoever can write the table could still rewrite the newest entries
 * with recomputed hashes, or delete them: so each entry also carries a keyed MAC of its hash, with a key kept outside
 * the database, and a signed checkpoint outside the database names the last sequence number and hash written.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    public static String hash(String previousHash, AuditEntry entry) {
        String canonical = String.join(
                "\u001f",
                previousHash,
                Long.toString(entry.sequence()),
                entry.at().toString(),
                entry.username(),
                entry.role().name(),
                String.valueOf(entry.organisation()),
                String.valueOf(entry.person()),
                entry.purpose(),
                entry.what(),
                Boolean.toString(entry.granted()),
                entry.reason());
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** HMAC-SHA256 of a text (an entry's hash, or a checkpoint's content) under the audit key. */
    public static String mac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** The last entry written, as the checkpoint outside the database names it, with its MAC. */
    public record Checkpoint(long sequence, String hash, String mac) {

        public static String content(long sequence, String hash) {
            return sequence + " " + hash;
        }

        public boolean signedWith(byte[] key) {
            return MessageDigest.isEqual(
                    AuditChain.mac(key, content(sequence, hash)).getBytes(StandardCharsets.UTF_8),
                    String.valueOf(mac).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Walks entries in sequence order and reports the first whose stored hash or MAC does not match, then compares the
     * end of the chain with the checkpoint: entries missing after it, or a different hash at it, are tampering too.
     */
    public static final class Verifier {
        private final byte[] key;
        private final Optional<Checkpoint> checkpoint;
        private String previous = GENESIS;
        private long count;
        private long last;
        private boolean macSeen;
        private Long broken;
        private String problem = "";

        /** Only the hash chain (no key, no checkpoint): for stores written before anchoring. */
        public Verifier() {
            this(null, Optional.empty());
        }

        /**
         * @param key        the audit key (null: MACs are not checked)
         * @param checkpoint the checkpoint kept outside the database, if one was written
         */
        public Verifier(byte[] key, Optional<Checkpoint> checkpoint) {
            this.key = key;
            this.checkpoint = checkpoint == null ? Optional.empty() : checkpoint;
        }

        public void accept(AuditEntry entry) {
            accept(entry, null);
        }

        /** @param mac the entry's stored MAC (null for entries written before anchoring) */
        public void accept(AuditEntry entry, String mac) {
            count++;
            last = entry.sequence();
            if (broken != null) {
                return;
            }
            String expected = hash(previous, entry);
            if (!expected.equals(entry.hash())) {
                fail(
                        entry.sequence(),
                        "entry " + entry.sequence()
                                + " does not match its hash: it or an earlier entry was altered or removed");
            } else if (key != null && mac == null && macSeen) {
                fail(
                        entry.sequence(),
                        "entry " + entry.sequence()
                                + " has no MAC although earlier entries have: it was written outside OpenICS");
            } else if (key != null && mac != null && !mac.equals(mac(key, entry.hash()))) {
                fail(
                        entry.sequence(),
                        "entry " + entry.sequence() + " does not match its MAC: it was rewritten (its hash recomputed)"
                                + " by someone without the audit key");
            }
            macSeen |= mac != null;
            if (checkpoint.isPresent()
                    && checkpoint.get().sequence() == entry.sequence()
                    && broken == null
                    && !checkpoint.get().hash().equals(entry.hash())) {
                fail(
                        entry.sequence(),
                        "entry " + entry.sequence()
                                + " differs from the checkpoint kept outside the database: it was rewritten");
            }
            previous = entry.hash();
        }

        private void fail(long sequence, String why) {
            broken = sequence;
            problem = why;
        }

        public AuditVerification result() {
            if (broken == null && key != null && checkpoint.isPresent()) {
                Checkpoint at = checkpoint.get();
                if (!at.signedWith(key)) {
                    fail(
                            at.sequence(),
                            "the checkpoint outside the database is not signed with the audit key: it was altered");
                } else if (last < at.sequence()) {
                    fail(
                            last + 1,
                            "entries " + (last + 1) + " to " + at.sequence()
                                    + " are missing: the checkpoint outside the database" + " names entry "
                                    + at.sequence() + " but the log ends at " + last);
                }
            } else if (broken == null && key != null && macSeen && checkpoint.isEmpty()) {
                fail(
                        last,
                        "the checkpoint outside the database is missing, so the deletion of the newest entries cannot be ruled out");
            }
            return new AuditVerification(
                    count,
                    Optional.ofNullable(broken),
                    broken == null
                            ? "hash chain intact"
                                    + (key != null && checkpoint.isPresent()
                                            ? ", MACs and checkpoint (entry "
                                                    + checkpoint.get().sequence() + ") match"
                                            : "")
                            : problem);
        }
    }
}
