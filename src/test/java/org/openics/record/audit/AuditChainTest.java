package org.openics.record.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openics.kernel.UserRole;
import org.openics.record.AuditEntry;

class AuditChainTest {

    static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditEntry unsigned = new AuditEntry(
                    i,
                    Instant.parse("2026-11-22T10:00:00Z").plusSeconds(i),
                    "clinician",
                    UserRole.CLINICIAN,
                    "Z00001",
                    7L,
                    "direct care",
                    "read",
                    true,
                    "legitimate relationship",
                    null);
            previous = AuditChain.hash(previous, unsigned);
            entries.add(new AuditEntry(
                    i,
                    unsigned.at(),
                    "clinician",
                    UserRole.CLINICIAN,
                    "Z00001",
                    7L,
                    "direct care",
                    "read",
                    true,
                    "legitimate relationship",
                    previous));
        }
        return entries;
    }

    static AuditChain.Verifier verify(List<AuditEntry> entries) {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        entries.forEach(verifier::accept);
        return verifier;
    }

    @Test
    void anUntouchedChainVerifies() {
        assertThat(verify(chain(5)).result().intact()).isTrue();
    }

    @Test
    void anAlteredEntryIsFound() {
        List<AuditEntry> entries = chain(5);
        AuditEntry e = entries.get(2);
        entries.set(
                2,
                new AuditEntry(
                        e.sequence(),
                        e.at(),
                        e.username(),
                        e.role(),
                        e.organisation(),
                        e.person(),
                        e.purpose(),
                        e.what(),
                        false,
                        e.reason(),
                        e.hash()));
        assertThat(verify(entries).result().firstBrokenEntry()).contains(3L);
    }

    @Test
    void aRemovedEntryIsFound() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);
        assertThat(verify(entries).result().firstBrokenEntry()).contains(3L);
    }

    static final byte[] KEY = "a key kept outside the database".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    static AuditChain.Checkpoint checkpointAt(AuditEntry entry) {
        String content = AuditChain.Checkpoint.content(entry.sequence(), entry.hash());
        return new AuditChain.Checkpoint(entry.sequence(), entry.hash(), AuditChain.mac(KEY, content));
    }

    static org.openics.record.AuditVerification anchored(
            List<AuditEntry> entries,
            java.util.Optional<AuditChain.Checkpoint> checkpoint,
            java.util.function.Function<AuditEntry, String> macs) {
        AuditChain.Verifier verifier = new AuditChain.Verifier(KEY, checkpoint);
        entries.forEach(e -> verifier.accept(e, macs.apply(e)));
        return verifier.result();
    }

    @Test
    void anAnchoredChainWithItsCheckpointVerifies() {
        List<AuditEntry> entries = chain(5);
        var result = anchored(
                entries, java.util.Optional.of(checkpointAt(entries.get(4))), e -> AuditChain.mac(KEY, e.hash()));
        assertThat(result.intact()).isTrue();
        assertThat(result.problem()).contains("checkpoint (entry 5) match");
    }

    @Test
    void deletingTheLastEntriesIsFoundByTheCheckpoint() {
        List<AuditEntry> entries = chain(5);
        AuditChain.Checkpoint checkpoint = checkpointAt(entries.get(4));
        var result =
                anchored(entries.subList(0, 3), java.util.Optional.of(checkpoint), e -> AuditChain.mac(KEY, e.hash()));
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenEntry()).contains(4L);
        assertThat(result.problem()).contains("entries 4 to 5 are missing");
    }

    @Test
    void rewritingTheLastEntryWithARecomputedHashIsFoundByItsMac() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        java.util.Map<Long, String> macs = new java.util.HashMap<>();
        entries.forEach(e -> macs.put(e.sequence(), AuditChain.mac(KEY, e.hash())));
        AuditEntry last = entries.get(4);
        AuditEntry altered = new AuditEntry(
                5,
                last.at(),
                last.username(),
                last.role(),
                last.organisation(),
                last.person(),
                last.purpose(),
                "read",
                false,
                "nothing happened",
                null);
        entries.set(
                4,
                new AuditEntry(
                        5,
                        altered.at(),
                        altered.username(),
                        altered.role(),
                        altered.organisation(),
                        altered.person(),
                        altered.purpose(),
                        altered.what(),
                        altered.granted(),
                        altered.reason(),
                        AuditChain.hash(entries.get(3).hash(), altered)));
        // the plain chain is fooled: the hash was recomputed
        assertThat(verify(entries).result().intact()).isTrue();
        var result = anchored(entries, java.util.Optional.empty(), e -> macs.get(e.sequence()));
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenEntry()).contains(5L);
        assertThat(result.problem()).contains("does not match its MAC");
    }

    @Test
    void aForgedOrMissingCheckpointIsFound() {
        List<AuditEntry> entries = chain(3);
        AuditChain.Checkpoint honest = checkpointAt(entries.get(2));
        var forged = anchored(
                entries,
                java.util.Optional.of(
                        new AuditChain.Checkpoint(2, entries.get(1).hash(), honest.mac())),
                e -> AuditChain.mac(KEY, e.hash()));
        assertThat(forged.intact()).isFalse();
        assertThat(forged.problem()).contains("not signed");
        var missing = anchored(entries, java.util.Optional.empty(), e -> AuditChain.mac(KEY, e.hash()));
        assertThat(missing.intact()).isFalse();
        assertThat(missing.problem()).contains("checkpoint outside the database is missing");
    }

    @Test
    void anEntryWithoutAMacAfterAnchoredOnesIsFound() {
        List<AuditEntry> entries = chain(3);
        var result = anchored(
                entries,
                java.util.Optional.of(checkpointAt(entries.get(2))),
                e -> e.sequence() == 3 ? null : AuditChain.mac(KEY, e.hash()));
        assertThat(result.firstBrokenEntry()).contains(3L);
    }
}
