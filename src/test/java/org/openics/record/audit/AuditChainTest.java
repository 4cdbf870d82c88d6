package org.openics.record.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openics.record.AuditEntry;
import org.openics.kernel.UserRole;

class AuditChainTest {

    static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditEntry unsigned = new AuditEntry(i, Instant.parse("2026-11-22T10:00:00Z").plusSeconds(i), "clinician", UserRole.CLINICIAN,
                    "Z00001", 7L, "direct care", "read", true, "legitimate relationship", null);
            previous = AuditChain.hash(previous, unsigned);
            entries.add(new AuditEntry(i, unsigned.at(), "clinician", UserRole.CLINICIAN, "Z00001", 7L, "direct care", "read", true,
                    "legitimate relationship", previous));
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
        entries.set(2, new AuditEntry(e.sequence(), e.at(), e.username(), e.role(), e.organisation(), e.person(), e.purpose(), e.what(),
                false, e.reason(), e.hash()));
        assertThat(verify(entries).result().firstBrokenEntry()).contains(3L);
    }

    @Test
    void aRemovedEntryIsFound() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);
        assertThat(verify(entries).result().firstBrokenEntry()).contains(3L);
    }
}
