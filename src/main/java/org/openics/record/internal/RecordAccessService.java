package org.openics.record.internal;

import java.util.List;
import org.openics.record.AccessDecision;
import org.openics.record.AccessRequest;
import org.openics.record.AuditEntry;
import org.openics.record.AuditVerification;
import org.openics.record.PersonId;
import org.openics.record.RecordAccess;
import org.openics.record.StoreDigest;
import org.openics.record.audit.AuditChain;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;

/** Access to persons' records ({@link RecordAccess}): decisions, the audit log and its verification, the store's digest. */
@Service
@Primary // the job's entry point; SharedCareRecord's facade delegates here
class RecordAccessService implements RecordAccess {

    private final AccessService access;
    private final AuditStore store;
    private final StoreDigests digests;
    private final AuditAnchor anchor;

    RecordAccessService(AccessService access, AuditStore store, StoreDigests digests, AuditAnchor anchor) {
        this.access = access;
        this.store = store;
        this.digests = digests;
        this.anchor = anchor;
    }

    @Override
    public AccessDecision requestAccess(AccessRequest request) {
        return access.decide(request);
    }

    @Override
    public List<AuditEntry> accessesTo(PersonId person) {
        return store.auditOf(person.value());
    }

    @Override
    public StoreDigest digest() {
        return digests.digest();
    }

    @Override
    public AuditVerification verifyAudit() {
        AuditChain.Verifier verifier = new AuditChain.Verifier(anchor.key(), anchor.read());
        store.eachAuditEntry((java.util.function.BiConsumer<AuditEntry, String>) verifier::accept);
        return verifier.result();
    }
}
