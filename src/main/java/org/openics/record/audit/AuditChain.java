package org.openics.record.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.openics.record.AuditEntry;
import org.openics.record.AuditVerification;

/**
 * Each audit entry's hash covers its content and the previous entry's hash, so changing, removing or
 * reordering any entry breaks every hash after it.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String previousHash, AuditEntry entry) {
        String canonical = String.join("\u001f", previousHash, Long.toString(entry.sequence()), entry.at().toString(),
                entry.username(), entry.role().name(), String.valueOf(entry.organisation()), String.valueOf(entry.person()),
                entry.purpose(), entry.what(), Boolean.toString(entry.granted()), entry.reason());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Walks entries in sequence order and reports the first whose stored hash does not match. */
    public static final class Verifier {
        private String previous = GENESIS;
        private long count;
        private Long broken;
        private String problem = "";

        public void accept(AuditEntry entry) {
            count++;
            if (broken != null) {
                return;
            }
            String expected = hash(previous, entry);
            if (!expected.equals(entry.hash())) {
                broken = entry.sequence();
                problem = "entry " + entry.sequence() + " does not match its hash: it or an earlier entry was altered or removed";
            }
            previous = entry.hash();
        }

        public AuditVerification result() {
            return new AuditVerification(count, Optional.ofNullable(broken), broken == null ? "hash chain intact" : problem);
        }
    }
}
