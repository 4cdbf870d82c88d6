package org.openics.record.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.NhsNumber;
import org.openics.record.AccessDecision;
import org.openics.record.AccessRequest;
import org.openics.record.AuditEntry;
import org.openics.record.access.AccessPolicy;
import org.openics.record.access.Relationships;
import org.openics.registry.OrganisationKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Decides every access to person-level data with the access policy and appends it to the audit log. */
@Service
class AccessService {

    private final JdbcRecordStore store;
    private final AuditStore audits;
    private final ChunkProcessor processor;
    private final AuditWriter audit;
    private final AccessPolicy policy = new AccessPolicy();
    private final Clock clock = Clock.systemUTC();

    AccessService(JdbcRecordStore store, AuditStore audits, ChunkProcessor processor, AuditWriter audit) {
        this.audits = audits;
        this.store = store;
        this.processor = processor;
        this.audit = audit;
    }

    /** Decides, and answers only once the decision is durable in the audit log (group commit with concurrent requests). */
    public AccessDecision decide(AccessRequest request) {
        return decideAll(List.of(request)).get(0);
    }

    /** Decides several requests (the persons on one page of search results) and waits once until all their entries are durable. */
    public List<AccessDecision> decideAll(List<AccessRequest> requests) {
        List<AccessDecision> decisions = new ArrayList<>(requests.size());
        List<AuditEntry> entries = new ArrayList<>(requests.size());
        Map<Long, JdbcRecordStore.PersonRelations> known =
                store.relationsOf(requests.stream().map(r -> r.person().value()).toList());
        for (AccessRequest request : requests) {
            long person = request.person().value();
            AccessDecision decision;
            JdbcRecordStore.PersonRelations relations = known.get(person);
            if (relations == null) {
                decision = AccessDecision.refuse("no such person");
            } else {
                Relationships relationships =
                        new Relationships(relations.nhsNumber().map(NhsNumber::new), relations.organisations());
                decision = policy.decide(request, relationships, units(request.actor()));
            }
            Actor actor = request.actor();
            decisions.add(decision);
            entries.add(new AuditEntry(
                    0,
                    clock.instant(),
                    actor.username(),
                    actor.role(),
                    actor.organisation().orElse(null),
                    person,
                    request.purpose(),
                    request.what(),
                    decision.granted(),
                    decision.reason(),
                    null));
        }
        audit.appendAll(entries);
        return decisions;
    }

    /** The actor's organisation and the PCN it belongs to, so that PCN colleagues share a relationship. */
    List<String> units(Actor actor) {
        List<String> units = new ArrayList<>();
        actor.organisation().ifPresent(org -> {
            units.add(org);
            processor.structure().ancestor(org, OrganisationKind.PCN).ifPresent(units::add);
        });
        return units;
    }

    /** An action that is not an access decision (a write, an account change), durable in the audit log before this returns. */
    public void audit(Actor actor, Optional<Long> person, String purpose, String what, boolean done, String reason) {
        audit.appendAll(List.of(new AuditEntry(
                0,
                clock.instant(),
                actor.username(),
                actor.role(),
                actor.organisation().orElse(null),
                person.orElse(null),
                purpose,
                what,
                done,
                reason,
                null)));
    }

    /** Several such entries, one wait for the lot. */
    public void auditAll(List<AuditEntry> entries) {
        if (!entries.isEmpty()) {
            audit.appendAll(entries);
        }
    }

    /** An administrative action, audited in the caller's transaction so that the entry commits with the action. */
    @Transactional
    public void record(Actor actor, Optional<Long> person, String what, String reason) {
        audits.appendAudit(
                clock.instant(),
                actor.username(),
                actor.role(),
                actor.organisation().orElse(null),
                person.orElse(null),
                "administration",
                what,
                true,
                reason);
    }
}
