package org.openics.record.internal;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.openics.kernel.Actor;
import org.openics.kernel.UserRole;
import org.openics.record.AccessDecision;
import org.openics.record.AccessRequest;
import org.openics.record.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;

    private final AccessService accessService;
    private final Accounts accounts;

    FhirGateway(
            JdbcRecordStore store,
            FhirResources fhir,
            RecordService record,
            JdbcTemplate jdbc,
            AccessService accessService,
            Accounts accounts) {
        this.accounts = accounts;
        this.store = store;
        this.fhir = fhir;
        this.record = record;
        this.jdbc = jdbc;
        this.accessService = accessService;
    }

    Actor actor() {
        return accounts.actorOf(SecurityContextHolder.getContext().getAuthentication())
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

        /** The person of each resource looked up ahead ({@link #prepare}), by type/id. */
        private final Map<String, Optional<Long>> persons = new HashMap<>();

        AccessDecision decide(long person, String what) {
            return decisions.computeIfAbsent(person, p -> accessService.decide(request(p, what)));
        }

        private AccessRequest request(long person, String what) {
            return new AccessRequest(
                    actor,
                    new PersonId(person),
                    what,
                    header(PURPOSE_HEADER),
                    Optional.ofNullable(header(BREAK_GLASS_HEADER)));
        }

        /**
         * Looks up the persons of these resources in two queries and decides every one not yet decided at once (one wait
         * for the audit log), instead of two look-ups and one audit round trip per resource.
         */
        void prepare(List<JdbcRecordStore.Stored> rows, String what) {
            Map<String, String> patientOf = new HashMap<>();
            Map<String, List<String>> idsByType = new HashMap<>();
            for (JdbcRecordStore.Stored row : rows) {
                if (row.type().equals("Patient")) {
                    patientOf.put(key(row), row.id());
                } else {
                    idsByType
                            .computeIfAbsent(row.type(), t -> new ArrayList<>())
                            .add(row.id());
                }
            }
            idsByType.forEach((type, ids) -> jdbc.query(
                    "select id, patient_id from record.resource where type = ? and id = any(?)",
                    rs -> {
                        patientOf.put(type + "/" + rs.getString(1), rs.getString(2));
                    },
                    type,
                    ids.toArray(String[]::new)));
            Map<String, Long> personOf = new HashMap<>();
            jdbc.query(
                    "select patient_id, person_id from record.person_link where patient_id = any(?)",
                    rs -> {
                        personOf.put(rs.getString(1), rs.getLong(2));
                    },
                    (Object) patientOf.values().stream()
                            .filter(Objects::nonNull)
                            .distinct()
                            .toArray(String[]::new));
            Set<Long> undecided = new LinkedHashSet<>();
            for (JdbcRecordStore.Stored row : rows) {
                String patient = patientOf.get(key(row));
                Optional<Long> person = Optional.ofNullable(patient == null ? null : personOf.get(patient));
                persons.put(key(row), person);
                person.filter(p -> !decisions.containsKey(p)).ifPresent(undecided::add);
            }
            List<Long> asked = List.copyOf(undecided);
            List<AccessDecision> decided = accessService.decideAll(
                    asked.stream().map(p -> request(p, what)).toList());
            for (int i = 0; i < asked.size(); i++) {
                decisions.put(asked.get(i), decided.get(i));
            }
        }

        /** Whether a stored resource may be shown: resources about no person are open to staff, not to residents. */
        boolean allows(JdbcRecordStore.Stored stored, String what) {
            Optional<Long> person = persons.containsKey(key(stored)) ? persons.get(key(stored)) : personOf(stored);
            if (person.isEmpty()) {
                return actor.role() != UserRole.RESIDENT && actor.role() != UserRole.INTEGRATION_FEED;
            }
            return decide(person.get(), what).granted();
        }

        private static String key(JdbcRecordStore.Stored row) {
            return row.type() + "/" + row.id();
        }

        private String header(String name) {
            return request == null ? null : request.getHeader(name);
        }
    }

    /** The purpose and break-glass reason of a request, for a write as for a read. */
    static RecordService.AccessContext context(RequestDetails request) {
        return new RecordService.AccessContext(
                Optional.ofNullable(request == null ? null : request.getHeader(PURPOSE_HEADER))
                        .filter(p -> !p.isBlank())
                        .orElse("direct care"),
                Optional.ofNullable(request == null ? null : request.getHeader(BREAK_GLASS_HEADER))
                        .filter(r -> !r.isBlank()));
    }

    Optional<Long> personOf(JdbcRecordStore.Stored stored) {
        String patient = stored.type().equals("Patient")
                ? stored.id()
                : store.patientOf(stored.type(), stored.id()).orElse(null);
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
                ? store.readVersion(type, id.getIdPart(), version(id.getVersionIdPart()))
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

    /** A version id is a whole number from 1: anything else is the client's mistake, said so. */
    private static int version(String given) {
        try {
            int version = Integer.parseInt(given);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidRequestException("a version id is a whole number from 1, not '" + given + "'");
    }

    private ForbiddenOperationException forbidden(Access access, JdbcRecordStore.Stored stored) {
        String reason = personOf(stored)
                .map(p -> access.decisions.get(p))
                .map(AccessDecision::reason)
                .orElse("residents see only their own record");
        return new ForbiddenOperationException("access refused: " + reason);
    }

    /** Rows looked at for one page at most, as a multiple of the page size, when refused persons' rows are skipped. */
    static final int SCAN_FACTOR = 10;
    /** Marks a search Bundle whose total is not known cheaply (HAPI would otherwise put {@code _count} there). */
    static final String TOTAL_UNKNOWN = "openics.totalUnknown";

    /**
     * One page of search results the actor may see, in id order, with {@code self}, {@code next} and {@code previous}
     * links ({@link SearchPaging}); every person on the page is decided and audited once per request, so each page is.
     * Rows of refused persons are skipped and the page filled from further rows (up to {@value #SCAN_FACTOR} pages'
     * worth; a page may then be short but still has its {@code next} link). The total is given when cheap: a first
     * page that holds everything, or a search about one patient whose person the actor may see (or not: 0).
     */
    Bundle search(String type, String where, List<Object> args, Optional<String> patient, RequestDetails request) {
        SearchPaging paging = SearchPaging.of(request);
        Access access = new Access(request);
        String what = "search " + type;
        Query query = new Query("type = ?" + (where.isEmpty() ? "" : " and " + where), type, args);
        if (patient.isPresent()) {
            Optional<Long> person = store.personOfPatient(patient.get());
            if (person.isEmpty() || !access.decide(person.get(), what).granted()) {
                return bundle(new Page(List.of(), List.of(), false), 0, paging, request, type);
            }
            return bundle(
                    page(query, Keyset.ID, paging, row -> true, rows -> {}), query.count(), paging, request, type);
        }
        return bundle(
                page(query, Keyset.ID, paging, row -> access.allows(row, what), rows -> access.prepare(rows, what)),
                null,
                paging,
                request,
                type);
    }

    /**
     * Every current resource of every patient record linked to the person, in pages ({@code _count}, default
     * {@value SearchPaging#DEFAULT_COUNT}) ordered by type and id, optionally only some types ({@code _type=A,B}) or
     * those stored since an instant ({@code _since}). One access decision per page request.
     */
    Bundle everything(IdType patientId, String types, String since, RequestDetails request) {
        long person = store.personOfPatient(patientId.getIdPart())
                .orElseThrow(() -> new ResourceNotFoundException(patientId));
        SearchPaging paging = SearchPaging.of(request);
        Access access = new Access(request);
        AccessDecision decision = access.decide(person, "Patient/" + patientId.getIdPart() + "/$everything");
        if (!decision.granted()) {
            throw new ForbiddenOperationException("access refused: " + decision.reason());
        }
        Query query = new Query(
                "patient_id in (select patient_id from record.person_link where person_id = ?)", person, List.of());
        if (types != null && !types.isBlank()) {
            query = query.and("type = any(?)", (Object)
                    Arrays.stream(types.split(",")).map(String::trim).toArray(String[]::new));
        }
        if (since != null && !since.isBlank()) {
            query = query.and("updated_at >= ?", Timestamp.from(instant(since)));
        }
        return bundle(
                page(query, Keyset.TYPE_ID, paging, row -> true, rows -> {}),
                query.count(),
                paging,
                request,
                "Patient/" + patientId.getIdPart() + "/$everything");
    }

    private static Instant instant(String since) {
        try {
            return new InstantType(since).getValue().toInstant();
        } catch (RuntimeException e) {
            throw new InvalidRequestException(
                    "_since must be an instant such as 2026-01-01T00:00:00Z, not '" + since + "'");
        }
    }

    /** A where clause over {@code record.resource} with its arguments. */
    private final class Query {
        final String where;
        final List<Object> args;

        Query(String where, Object first, List<Object> rest) {
            this.where = where;
            this.args = new ArrayList<>();
            this.args.add(first);
            this.args.addAll(rest);
        }

        Query and(String clause, Object value) {
            List<Object> rest = new ArrayList<>(args.subList(1, args.size()));
            rest.add(value);
            return new Query(where + " and " + clause, args.get(0), rest);
        }

        int count() {
            return jdbc.queryForObject(
                    "select count(*) from record.resource where " + where, Integer.class, args.toArray());
        }
    }

    /** The stable order pages follow, and how a cursor names a place in it. */
    private enum Keyset {
        ID("id", "id"),
        TYPE_ID("(type, id)", "type, id");

        final String key;
        final String order;

        Keyset(String key, String order) {
            this.key = key;
            this.order = order;
        }

        String of(JdbcRecordStore.Stored row) {
            return this == ID ? row.id() : row.type() + "/" + row.id();
        }

        Object[] values(String cursor) {
            return this == ID ? new Object[] {cursor} : cursor.split("/", 2);
        }

        String beyond(boolean backwards) {
            return " and " + key + (backwards ? " < " : " > ") + (this == ID ? "?" : "(?, ?)");
        }

        String orderBy(boolean backwards) {
            return " order by " + (backwards ? order.replace(",", " desc,") + " desc" : order);
        }
    }

    /** The rows of one page (in the order's direction of reading) and the keys of every row looked at for it. */
    private record Page(List<JdbcRecordStore.Stored> rows, List<String> examined, boolean more) {}

    /**
     * Reads rows in the keyset order from the cursor until the page holds {@code _count} allowed rows, the rows run out,
     * or the scan limit is reached; {@code ahead} is given the rows of each read that will certainly be looked at.
     */
    private Page page(
            Query query,
            Keyset keyset,
            SearchPaging paging,
            Predicate<JdbcRecordStore.Stored> allowed,
            Consumer<List<JdbcRecordStore.Stored>> ahead) {
        List<JdbcRecordStore.Stored> page = new ArrayList<>();
        List<String> examined = new ArrayList<>();
        boolean more = false;
        String edge = paging.cursorId();
        int cap = paging.count() * SCAN_FACTOR;
        scan:
        while (true) {
            int batch = paging.count() - page.size() + 1;
            List<Object> all = new ArrayList<>(query.args);
            String sql = query.where;
            if (edge != null) {
                sql += keyset.beyond(paging.backwards());
                all.addAll(List.of(keyset.values(edge)));
            }
            all.add(batch);
            List<JdbcRecordStore.Stored> rows =
                    store.search(sql + keyset.orderBy(paging.backwards()) + " limit ?", all.toArray());
            ahead.accept(rows.subList(0, Math.min(rows.size(), Math.min(batch - 1, cap - examined.size()))));
            for (JdbcRecordStore.Stored row : rows) {
                if (page.size() == paging.count() || examined.size() == cap) {
                    more = true;
                    break scan;
                }
                edge = keyset.of(row);
                examined.add(edge);
                if (allowed.test(row)) {
                    page.add(row);
                }
            }
            if (rows.size() < batch) {
                break;
            }
        }
        if (paging.backwards()) {
            Collections.reverse(page);
            Collections.reverse(examined);
        }
        return new Page(page, examined, more);
    }

    /** A searchset Bundle of one page with its links; {@code total} null when not known cheaply. */
    private Bundle bundle(Page page, Integer total, SearchPaging paging, RequestDetails request, String path) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.addLink().setRelation(Bundle.LINK_SELF).setUrl(request.getCompleteUrl());
        if (!page.examined().isEmpty()) {
            String first = page.examined().get(0);
            String last = page.examined().get(page.examined().size() - 1);
            if (paging.backwards() || page.more()) {
                bundle.addLink()
                        .setRelation(Bundle.LINK_NEXT)
                        .setUrl(paging.link(request, path, SearchPaging.after(last)));
            }
            if (paging.backwards() ? page.more() : !paging.firstPage()) {
                bundle.addLink()
                        .setRelation(Bundle.LINK_PREV)
                        .setUrl(paging.link(request, path, SearchPaging.before(first)));
            }
        } else if (paging.backwards() && (total == null || total > 0)) {
            bundle.addLink()
                    .setRelation(Bundle.LINK_NEXT)
                    .setUrl(paging.link(request, path, null)); // nothing before: from the start
        }
        for (JdbcRecordStore.Stored stored : page.rows()) {
            bundle.addEntry()
                    .setFullUrl(request.getFhirServerBase() + "/" + stored.type() + "/" + stored.id())
                    .setResource(toResource(stored))
                    .getSearch()
                    .setMode(Bundle.SearchEntryMode.MATCH);
        }
        if (total == null && paging.firstPage() && !page.more()) {
            total = page.rows().size();
        }
        if (total != null) {
            bundle.setTotal(total);
        } else {
            bundle.setUserData(TOTAL_UNKNOWN, Boolean.TRUE);
        }
        return bundle;
    }

    /** A transaction is all or nothing; a batch stores what passes. Failures are quarantined either way. */
    Bundle transaction(Bundle bundle, RequestDetails request) {
        Actor actor = actor();
        if (!org.openics.kernel.Authorisation.allows(actor, org.openics.record.RecordPermission.SUBMIT_RECORDS)) {
            throw new ForbiddenOperationException(
                    new org.openics.kernel.NotAuthorised(actor, org.openics.record.RecordPermission.SUBMIT_RECORDS)
                            .getMessage());
        }
        boolean transaction = bundle.getType() == Bundle.BundleType.TRANSACTION;
        if (!transaction && bundle.getType() != Bundle.BundleType.BATCH) {
            throw new InvalidRequestException(
                    "POST /fhir takes a transaction or batch Bundle, not " + bundle.getType());
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
            } else if (resource.getIdElement().getValue() != null
                    && resource.getIdElement().getValue().startsWith("urn:uuid:")) {
                resource.setId(resource.getIdElement().getValue().substring("urn:uuid:".length()));
            } else if (resource.getIdElement().getIdPart() == null && entry.getFullUrl() == null) {
                resource.setId(java.util.UUID.randomUUID().toString());
            }
            incoming.add(new Incoming(fhir.encode(resource), "POST /fhir", line, entry.getFullUrl()));
        }
        ChunkOutcome outcome;
        try {
            outcome = record.ingest(incoming, actor, context(request), transaction);
        } catch (org.openics.kernel.NotAuthorised e) {
            throw new ForbiddenOperationException(e.getMessage());
        }
        if (transaction && outcome.anyQuarantined()) {
            OperationOutcome problems = new OperationOutcome();
            outcome.items().stream()
                    .filter(i -> i.status() == ChunkOutcome.Status.QUARANTINED
                            && !i.problems().isEmpty()
                            && i.problems().get(0).kind() != org.openics.record.ProblemKind.TRANSACTION_FAILED)
                    .forEach(i -> problems.addIssue()
                            .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                            .setCode(OperationOutcome.IssueType.PROCESSING)
                            .setDiagnostics("entry " + i.incoming().line() + " (" + i.key() + "): " + i.reason()));
            throw new InvalidRequestException(
                    "transaction rejected: nothing was stored; failing entries are quarantined", problems);
        }
        Bundle response = new Bundle()
                .setType(transaction ? Bundle.BundleType.TRANSACTIONRESPONSE : Bundle.BundleType.BATCHRESPONSE);
        for (ChunkOutcome.Item item : outcome.items()) {
            Bundle.BundleEntryResponseComponent entry = response.addEntry().getResponse();
            switch (item.status()) {
                case CREATED -> entry.setStatus("201 Created").setLocation(item.key() + "/_history/" + item.version());
                case UPDATED, UNCHANGED ->
                    entry.setStatus("200 OK").setLocation(item.key() + "/_history/" + item.version());
                default -> {
                    entry.setStatus("400 Bad Request");
                    OperationOutcome problem = new OperationOutcome();
                    problem.addIssue()
                            .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                            .setCode(OperationOutcome.IssueType.PROCESSING)
                            .setDiagnostics(item.reason());
                    entry.setOutcome(problem);
                }
            }
        }
        return response;
    }
}
