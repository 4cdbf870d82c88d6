package org.openics.record;

import java.util.List;

/**
 * Access to a person's record: decided per request by the access policy and appended to the audit log (a hash chain
 * anchored outside the database); who looked at a person's record; the log's verification; the store's digest.
 */
public interface RecordAccess {

    /** Decides whether the actor may see the person's record and appends the decision to the audit log. */
    AccessDecision requestAccess(AccessRequest request);

    /** Who has looked at (or tried to look at) a person's record: the resident's view of the audit log. */
    List<AuditEntry> accessesTo(PersonId person);

    /** Re-computes the audit log's hash chain. */
    AuditVerification verifyAudit();

    /** Row counts and content fingerprints of each part of the store, to check that two stores hold the same. */
    StoreDigest digest();
}
