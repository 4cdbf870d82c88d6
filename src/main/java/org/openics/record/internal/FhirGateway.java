package org.openics.record.internal;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.openics.record.AccessDecision;
import org.openics.record.AccessRequest;
import org.openics.record.Actor;
import org.openics.record.PersonId;
import org.openics.record.Role;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Between HAPI's resource providers and the record: reads from the store, decides access per person
 * (audited) and runs transactions and batches through the same ingest pipeline as files.
 */
@Component
class FhirGateway {

    static final String PURPOSE_HEADER = "X-Purpose";
    static final String BREAK_GLASS_HEADER = "X-Break-Glass";

    private final JdbcRecordStore store;
    private final FhirResources fhir;
    private final RecordService record;

    FhirGateway(JdbcRecordStore store, FhirResources fhir, RecordService record) {
        this.store = store;
        this.fhir = fhir;
        this.record = record;
    }

    Actor actor() {
        return LocalAccounts.actor(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> new AuthenticationException("sign in with a record account (HTTP Basic)"));
    }

    /** Access decisions of one request, per person, so that a search audits each person once. */
    final class Access {
        private final Actor actor = actor();
        private final RequestDetails request;
        private final Map<Long, AccessDecision> decisions = new HashMap<>();

        Access(RequestDetails request) {
            this.request = request;
        }

        AccessDecision decide(long person, String what) {
            return decisions.computeIfAbsent(person, p -> record.requestAccess(new AccessRequest(actor, new PersonId(p), what,
                    header(PURPOSE_HEADER), Optional.ofNullable(header(BREAK_GLASS_HEADER)))));
        }

        /** Whether a stored resource may be shown: resources about no person are open to staff, not to residents. */
        boolean allows(JdbcRecordStore.Stored stored, String what) {
            Optional<Long> person = personOf(stored);
            if (person.isEmpty()) {
                return actor.role() != Role.RESIDENT;
            }
            return decide(person.get(), what).granted();
        }

        private String header(String name) {
            return request == null ? null : request.getHeader(name);
        }
    }

    Optional<Long> personOf(JdbcRecordStore.Stored stored) {
        String patient = stored.type().equals("Patient") ? stored.id() : store.patientOf(stored.type(), stored.id()).orElse(null);
        return patient == null ? Optional.empty() : store.personOfPatient(patient);
    }

    Resource toResource(JdbcRecordStore.Stored stored) {
        Resource resource = fhir.parse(stored.body());
        resource.setId(new IdType(stored.type(), stored.id(), Integer.toString(stored.version())));
        resource.getMeta().setVersionId(Integer.toString(stored.version()));
        resource.getMeta().setLastUpdatedElement(new InstantType(java.util.Date.from(stored.updated())));
        resource.getMeta().setSource(stored.source());
        return resource;
    }

    Resource read(String type, IdType id, RequestDetails request) {
        Optional<JdbcRecordStore.Stored> stored = id.hasVersionIdPart()
                ? store.readVersion(type, id.getIdPart(), Integer.parseInt(id.getVersionIdPart()))
                : store.read(type, id.getIdPart());
        if (stored.isEmpty()) {
            throw new ResourceNotFoundException(id);
        }
        Access access = new Access(request);
        if (!access.allows(stored.get(), "read " + type + "/" + id.getIdPart())) {
            throw forbidden(access, stored.get());
        }
        return toResource(stored.get());
    }

    private ForbiddenOperationException forbidden(Access access, JdbcRecordStore.Stored stored) {
        String reason = personOf(stored).map(p -> access.decisions.get(p)).map(AccessDecision::reason).orElse("residents see only their own record");
        return new ForbiddenOperationException("access refused: " + reason);
    }

    /** Search results the actor may see; every person involved is decided and audited once. */
    List<Resource> search(String type, String where, List<Object> args, RequestDetails request) {
        Access access = new Access(request);
        List<Resource> result = new ArrayList<>();
        String sql = "type = ?" + (where.isEmpty() ? "" : " and " + where) + " order by id limit 1000";
        List<Object> all = new ArrayList<>();
        all.add(type);
        all.addAll(args);
        for (JdbcRecordStore.Stored stored : store.search(sql, all.toArray())) {
            if (access.allows(stored, "search " + type)) {
                result.add(toResource(stored));
            }
        }
        return result;
    }

    Bundle everything(IdType patientId, RequestDetails request) {
        long person = store.personOfPatient(patientId.getIdPart()).orElseThrow(() -> new ResourceNotFoundException(patientId));
        Access access = new Access(request);
        AccessDecision decision = access.decide(person, "Patient/" + patientId.getIdPart() + "/$everything");
        if (!decision.granted()) {
            throw new ForbiddenOperationException("access refused: " + decision.reason());
        }
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        for (JdbcRecordStore.Stored stored : store.everything(person)) {
            Resource resource = toResource(stored);
            bundle.addEntry().setFullUrl(stored.type() + "/" + stored.id()).setResource(resource)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        bundle.setTotal(bundle.getEntry().size());
        return bundle;
    }

    /** A transaction is all or nothing; a batch stores what passes. Failures are quarantined either way. */
    Bundle transaction(Bundle bundle) {
        Actor actor = actor();
        if (actor.role() == Role.ANALYST || actor.role() == Role.RESIDENT) {
            throw new ForbiddenOperationException(actor.role().label() + " accounts cannot submit records");
        }
        boolean transaction = bundle.getType() == Bundle.BundleType.TRANSACTION;
        if (!transaction && bundle.getType() != Bundle.BundleType.BATCH) {
            throw new InvalidRequestException("POST /fhir takes a transaction or batch Bundle, not " + bundle.getType());
        }
        List<Incoming> incoming = new ArrayList<>();
        int line = 0;
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            line++;
            Resource resource = entry.getResource();
            if (resource == null) {
                incoming.add(new Incoming("{}", "POST /fhir", line, entry.getFullUrl()));
                continue;
            }
            String url = entry.getRequest().getUrl();
            if (entry.getRequest().getMethod() == Bundle.HTTPVerb.PUT && url != null && url.contains("/")) {
                resource.setId(url.substring(url.indexOf('/') + 1));
            } else if (resource.getIdElement().getValue() != null && resource.getIdElement().getValue().startsWith("urn:uuid:")) {
                resource.setId(resource.getIdElement().getValue().substring("urn:uuid:".length()));
            } else if (resource.getIdElement().getIdPart() == null && entry.getFullUrl() == null) {
                resource.setId(java.util.UUID.randomUUID().toString());
            }
            incoming.add(new Incoming(fhir.encode(resource), "POST /fhir", line, entry.getFullUrl()));
        }
        ChunkOutcome outcome = record.ingest(incoming, actor.organisation().orElse(actor.username()), transaction);
        if (transaction && outcome.anyQuarantined()) {
            OperationOutcome problems = new OperationOutcome();
            outcome.items().stream().filter(i -> i.status() == ChunkOutcome.Status.QUARANTINED && i.reason() != null
                    && !i.reason().startsWith("not stored: another"))
                    .forEach(i -> problems.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                            .setCode(OperationOutcome.IssueType.PROCESSING)
                            .setDiagnostics("entry " + i.incoming().line() + " (" + i.key() + "): " + i.reason()));
            throw new InvalidRequestException("transaction rejected: nothing was stored; failing entries are quarantined", problems);
        }
        Bundle response = new Bundle().setType(transaction ? Bundle.BundleType.TRANSACTIONRESPONSE : Bundle.BundleType.BATCHRESPONSE);
        for (ChunkOutcome.Item item : outcome.items()) {
            Bundle.BundleEntryResponseComponent entry = response.addEntry().getResponse();
            switch (item.status()) {
                case CREATED -> entry.setStatus("201 Created").setLocation(item.key() + "/_history/" + item.version());
                case UPDATED, UNCHANGED -> entry.setStatus("200 OK").setLocation(item.key() + "/_history/" + item.version());
                default -> {
                    entry.setStatus("400 Bad Request");
                    OperationOutcome problem = new OperationOutcome();
                    problem.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(OperationOutcome.IssueType.PROCESSING)
                            .setDiagnostics(item.reason());
                    entry.setOutcome(problem);
                }
            }
        }
        return response;
    }
}
