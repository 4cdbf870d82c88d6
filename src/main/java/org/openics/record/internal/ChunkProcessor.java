package org.openics.record.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.openics.kernel.OdsCode;
import org.openics.record.IngestOptions;
import org.openics.record.Problem;
import org.openics.record.ProblemKind;
import org.openics.record.access.WritePolicy;
import org.openics.record.access.Writer;
import org.openics.record.ingest.ConditionalReference;
import org.openics.record.ingest.IngestRules;
import org.openics.record.ingest.ResourceSummary;
import org.openics.record.internal.ChunkOutcome.Item;
import org.openics.record.internal.ChunkOutcome.Status;
import org.openics.record.internal.JdbcRecordStore.Current;
import org.openics.record.internal.JdbcRecordStore.NewVersion;
import org.openics.record.internal.JdbcRecordStore.Quarantined;
import org.openics.record.linkage.LinkMethod;
import org.openics.record.linkage.PersonLinking;
import org.openics.registry.OrganisationKind;
import org.openics.registry.Registry;
import org.openics.registry.SystemOfSystems;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one pipeline behind every door: parses, validates and stores a chunk of resources in one
 * transaction — new versions, the master person index, relationships, analytic facts and the
 * quarantine together, so that a crash never leaves half a chunk.
 */
@Component
class ChunkProcessor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FhirResources fhir;
    private final JdbcRecordStore store;
    private final FactStore facts;
    private final TransactionTemplate transactions;
    private final Registry registry;
    private final Clock clock = Clock.systemUTC();
    private final ForkJoinPool workers =
            new ForkJoinPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
    private volatile Structure structure;

    ChunkProcessor(
            FhirResources fhir,
            JdbcRecordStore store,
            FactStore facts,
            TransactionTemplate transactions,
            Registry registry) {
        this.facts = facts;
        this.fhir = fhir;
        this.store = store;
        this.transactions = transactions;
        this.registry = registry;
    }

    /** A resource after parsing and validation. */
    private static final class Work {
        final Incoming incoming;
        ObjectNode json;
        Resource resource;
        ResourceSummary summary;
        String canonical;
        String hash;
        boolean unchanged;
        /** Held back until the rest of its load is in (a reference that does not resolve yet). */
        boolean held;
        /** References that did not resolve when the resource was quarantined for them: what it waits for. */
        final List<String> unresolved = new ArrayList<>();
        /** Conditional references resolved to the one resource they match ({@code Type/id}). */
        final Map<String, String> resolved = new HashMap<>();

        final List<Problem> problems = new ArrayList<>();

        Work(Incoming incoming) {
            this.incoming = incoming;
        }

        String key() {
            return summary == null ? null : summary.key();
        }

        String type() {
            return summary == null || summary.type().isEmpty() ? "?" : summary.type();
        }
    }

    /** A chunk parsed and checked on its own, ready to be committed (references are resolved at commit, in order). */
    static final class Prepared {
        private final List<Work> work;
        private final IngestRules rules;

        private Prepared(List<Work> work, IngestRules rules) {
            this.work = work;
            this.rules = rules;
        }

        int size() {
            return work.size();
        }
    }

    /**
     * @param allOrNothing a FHIR transaction: if any resource fails, nothing is stored (failures are still quarantined)
     * @param load         what the same load stored earlier, so that references resolve across its files
     */
    ChunkOutcome process(List<Incoming> chunk, String source, boolean allOrNothing, Load load) {
        return process(chunk, source, IngestOptions.Validation.FULL, allOrNothing, load);
    }

    ChunkOutcome process(
            List<Incoming> chunk, String source, IngestOptions.Validation validation, boolean allOrNothing, Load load) {
        return commit(prepare(chunk, validation), source, allOrNothing, load);
    }

    /**
     * The patient each resource of the chunk that would be written is about (a Patient: itself), by resource key, for a
     * member of staff's relationship check before the commit. Resources already refused, or identical to what is
     * stored, are left out.
     */
    Map<String, Optional<String>> patientsWritten(Prepared prepared) {
        Map<String, Optional<String>> result = new LinkedHashMap<>();
        for (Work w : prepared.work) {
            if (w.problems.isEmpty() && w.summary != null && !w.unchanged) {
                result.put(w.key(), patientOf(w.json));
            }
        }
        return result;
    }

    /** Refuses one resource of the chunk with the reason: it is quarantined when the chunk is committed. */
    void refuse(Prepared prepared, String key, Problem reason) {
        prepared.work.stream().filter(w -> key.equals(w.key())).forEach(w -> w.problems.add(reason));
    }

    private static Optional<String> patientOf(JsonNode json) {
        if ("Patient".equals(json.path("resourceType").asText())) {
            return Optional.of(json.path("id").asText());
        }
        for (String element : List.of("subject", "patient")) {
            String reference = json.path(element).path("reference").asText("");
            if (reference.startsWith("Patient/")) {
                return Optional.of(reference.substring("Patient/".length()));
            }
            if (reference.startsWith("Patient?")) {
                return Optional.of(
                        reference); // by identifier: no patient id, so no relationship, and a member of staff is
                // refused
            }
        }
        return Optional.empty();
    }

    /**
     * Everything that needs no other chunk, in parallel and without the ingest lock, so that it can run while the
     * previous chunk is being stored: JSON parse (Jackson), identity, canonical text and hash, the summary; then, for
     * resources that differ from the stored version, HAPI's strict parse (structure), instance validation when asked
     * and the rules that need no other resource.
     */
    Prepared prepare(List<Incoming> chunk, IngestOptions.Validation validation) {
        IngestRules rules = new IngestRules(clock.instant());
        List<Work> work = chunk.stream().map(Work::new).toList();
        read(work);
        // a resource identical to the stored version was valid when stored: no need to parse and validate it again
        Map<String, Current> stored = store.current(
                work.stream().filter(w -> w.problems.isEmpty()).map(Work::key).toList());
        for (Work w : work) {
            Current current = w.problems.isEmpty() ? stored.get(w.key()) : null;
            w.unchanged = current != null && current.hash().equals(w.hash);
        }
        run(work, w -> {
            if (w.json == null || w.unchanged) {
                return;
            }
            try {
                w.resource = fhir.parse(w.canonical);
            } catch (RuntimeException e) {
                w.problems.add(Problem.of(ProblemKind.NOT_FHIR_JSON, e.getMessage()));
                return;
            }
            if (validation == IngestOptions.Validation.FULL) {
                w.problems.addAll(fhir.validate(w.canonical));
            }
            w.problems.addAll(rules.problems(w.summary, reference -> true));
        });
        return new Prepared(work, rules);
    }

    /** Resolves references against the chunk, the load and the store, and stores the chunk in one transaction. */
    ChunkOutcome commit(Prepared prepared, String source, boolean allOrNothing, Load load) {
        return commit(prepared, source, Writer.operator(source), allOrNothing, load);
    }

    /**
     * As {@link #commit(Prepared, String, boolean, Set)}, by a writer whose organisations bound what it may write
     * ({@link WritePolicy}): a resource naming another organisation as its author, or changing one another organisation
     * recorded, is quarantined with the reason; relationships are recorded only from data the writer holds them by.
     */
    ChunkOutcome commit(Prepared prepared, String source, Writer writer, boolean allOrNothing, Load load) {
        Instant now = clock.instant();
        List<Work> work = prepared.work;
        resolveReferences(work, load);
        if (writer.kind()
                != Writer.Kind.OPERATOR) { // the operator's bulk load is not bound to an organisation: no walk
            for (Work w : work) {
                if (w.problems.isEmpty() && w.json != null && w.summary != null) {
                    WRITES.refusal(writer, w.key(), FhirResources.authorOrganisations(w.json), Optional.empty())
                            .ifPresent(w.problems::add);
                }
            }
        }
        ChunkOutcome outcome = transactions.execute(tx -> store(work, source, writer, now, allOrNothing));
        for (Work w : work) {
            if (w.held) { // again at the end of the load, as read now (ids from fullUrl, references within its bundle
                // rewritten)
                load.hold(new Incoming(w.canonical, w.incoming.file(), w.incoming.line(), null, w.incoming.received()));
            }
        }
        for (Item item : outcome.items()) {
            if (item.status() != Status.QUARANTINED && item.status() != Status.HELD) {
                load.stored(item.summary());
            }
        }
        return outcome;
    }

    /**
     * Quarantines something received that never became a resource (an HL7 v2 message that cannot be read or mapped, a
     * merge it asks for that is refused), with the reason, in the same table and transaction discipline as resources.
     */
    ChunkOutcome refuse(Incoming incoming, String type, String id, Problem reason, String source, Writer writer) {
        String received = incoming.received();
        Quarantined row = new Quarantined(
                source,
                incoming.file(),
                incoming.line(),
                type,
                id,
                List.of(reason),
                received.getBytes(StandardCharsets.UTF_8),
                FhirResources.hash(received),
                List.of(),
                null,
                writer.kind() == Writer.Kind.OPERATOR ? null : writer.name());
        transactions.executeWithoutResult(tx -> store.quarantine(List.of(row), clock.instant()));
        return new ChunkOutcome(
                List.of(new Item(incoming, type, id == null ? "?" : id, 0, Status.QUARANTINED, List.of(reason), null)));
    }

    private void run(List<Work> work, java.util.function.Consumer<Work> task) {
        workers.submit(() -> IntStream.range(0, work.size()).parallel().forEach(i -> task.accept(work.get(i))))
                .join();
    }

    /**
     * Reads each line with Jackson: the id (from {@code fullUrl} when missing, base and version dropped), no
     * {@code meta}, {@code urn:uuid:} references to bundle entries rewritten to {@code Type/id}; the canonical text
     * is this JSON as written otherwise, so that the same resource sent twice hashes the same.
     */
    private void read(List<Work> work) {
        run(work, w -> {
            try {
                JsonNode node = JSON.readTree(w.incoming.text());
                if (!(node instanceof ObjectNode object)
                        || !object.path("resourceType").isTextual()) {
                    throw new IllegalArgumentException("not a JSON object with a resourceType");
                }
                JsonNode id = object.get("id");
                String fullUrl = w.incoming.fullUrl();
                if ((id == null || !id.isTextual() || id.asText().isEmpty())
                        && fullUrl != null
                        && fullUrl.startsWith("urn:uuid:")) {
                    object.put("id", fullUrl.substring("urn:uuid:".length()));
                } else if (id != null && id.isTextual() && id.asText().contains("/")) {
                    object.put("id", new IdType(id.asText()).getIdPart()); // drop base and version from the id
                }
                object.remove("meta");
                w.json = object;
            } catch (IOException | RuntimeException e) {
                w.problems.add(Problem.of(ProblemKind.NOT_FHIR_JSON, e.getMessage()));
            }
        });
        // references by fullUrl within a bundle become Type/id
        Map<String, String> byFullUrl = new HashMap<>();
        for (Work w : work) {
            if (w.json != null
                    && w.incoming.fullUrl() != null
                    && w.json.path("id").isTextual()) {
                byFullUrl.put(
                        w.incoming.fullUrl(),
                        w.json.get("resourceType").asText() + "/"
                                + w.json.get("id").asText());
            }
        }
        run(work, w -> {
            if (w.json == null) {
                return;
            }
            if (!byFullUrl.isEmpty()) {
                FhirResources.eachReference(w.json, reference -> {
                    String target = byFullUrl.get(reference.get("reference").asText());
                    if (target != null) {
                        reference.put("reference", target);
                    }
                });
            }
            w.canonical = w.json.toString();
            w.hash = FhirResources.hash(w.canonical);
            w.summary = fhir.summarise(w.json);
        });
    }

    /**
     * References must resolve to a resource that is itself accepted (in this chunk), stored earlier in the load, or in
     * the store, to a fixed point. A conditional reference ({@code Type?identifier=system|value}) resolves to the one
     * resource with that identifier and is rewritten to it; several matches are the resource's own defect. What does
     * not resolve yet is held back while the load waits, otherwise refused with the references it waits for.
     */
    private void resolveReferences(List<Work> work, Load load) {
        Set<String> unknown = new HashSet<>();
        Set<ConditionalReference> conditional = new HashSet<>();
        for (Work w : work) {
            if (w.summary != null && !w.unchanged) {
                for (String reference : w.summary.references()) {
                    ConditionalReference.parse(reference).ifPresentOrElse(conditional::add, () -> {
                        if (!load.contains(reference) && reference.contains("/") && !reference.startsWith("urn:")) {
                            unknown.add(reference);
                        }
                    });
                }
            }
        }
        Set<String> stored = store.current(unknown).keySet();
        Map<String, Set<String>> storedMatches = load.storedMatches(conditional, store::matching);
        boolean changed = true;
        while (changed) {
            Set<String> accepted = new HashSet<>();
            Map<String, Set<String>> chunkIdentifiers = new HashMap<>();
            work.stream()
                    .filter(w -> w.problems.isEmpty() && !w.held && w.summary != null)
                    .forEach(w -> {
                        accepted.add(w.key());
                        Load.index(chunkIdentifiers, w.summary);
                    });
            changed = false;
            for (Work w : work) {
                if (w.summary == null || !w.problems.isEmpty() || w.held || w.unchanged) {
                    continue;
                }
                w.resolved.clear();
                List<String> unresolved = new ArrayList<>();
                for (String reference : w.summary.references()) {
                    Optional<ConditionalReference> byIdentifier = ConditionalReference.parse(reference);
                    if (byIdentifier.isPresent()) {
                        String key = byIdentifier.get().key();
                        Set<String> matches = new java.util.TreeSet<>(chunkIdentifiers.getOrDefault(key, Set.of()));
                        matches.addAll(load.matching(key));
                        matches.addAll(storedMatches.getOrDefault(key, Set.of()));
                        if (matches.size() == 1) {
                            w.resolved.put(reference, matches.iterator().next());
                        } else if (matches.size() > 1) {
                            w.problems.add(Problem.of(
                                    ProblemKind.AMBIGUOUS_CONDITIONAL_REFERENCE,
                                    reference + ": " + matches.size() + " resources have that identifier ("
                                            + String.join(
                                                    ", ",
                                                    matches.stream().limit(5).toList()) + ")"));
                            changed = true;
                        } else {
                            unresolved.add(reference);
                        }
                    } else if (!accepted.contains(reference)
                            && !load.contains(reference)
                            && !stored.contains(reference)) {
                        unresolved.add(reference);
                    }
                }
                if (!unresolved.isEmpty() && w.problems.isEmpty()) {
                    changed = true;
                    if (load.waits()) {
                        w.held = true;
                    } else {
                        w.unresolved.addAll(unresolved);
                        unresolved.forEach(
                                reference -> w.problems.add(Problem.of(ProblemKind.UNRESOLVABLE_REFERENCE, reference)));
                    }
                }
            }
        }
        work.stream()
                .filter(w -> w.problems.isEmpty() && !w.held && !w.resolved.isEmpty())
                .forEach(this::rewriteResolved);
    }

    /** Conditional references replaced by the resource they resolved to, as a FHIR server does in a transaction. */
    private void rewriteResolved(Work w) {
        FhirResources.eachReference(w.json, reference -> {
            String target = w.resolved.get(reference.get("reference").asText());
            if (target != null) {
                reference.put("reference", target);
            }
        });
        w.canonical = w.json.toString();
        w.hash = FhirResources.hash(w.canonical);
        w.summary = fhir.summarise(w.json);
        try {
            w.resource = fhir.parse(w.canonical);
        } catch (RuntimeException e) {
            w.problems.add(Problem.of(ProblemKind.NOT_FHIR_JSON, e.getMessage()));
        }
    }

    private static final WritePolicy WRITES = new WritePolicy();

    private ChunkOutcome store(List<Work> work, String source, Writer writer, Instant now, boolean allOrNothing) {
        store.lockForIngest();
        if (writer.kind() != Writer.Kind.OPERATOR) {
            // under the lock: who recorded each resource now (an update or a re-send of another organisation's
            // resource)
            Map<String, Current> recorded = store.current(work.stream()
                    .filter(w -> w.problems.isEmpty() && w.summary != null)
                    .map(Work::key)
                    .toList());
            for (Work w : work) {
                Current existing = w.problems.isEmpty() ? recorded.get(w.key()) : null;
                if (existing != null && !existing.hash().equals(w.hash)) {
                    WRITES.refusal(writer, w.key(), Set.of(), Optional.of(existing.source()))
                            .ifPresent(w.problems::add);
                }
            }
        }
        boolean rejectAll = allOrNothing && work.stream().anyMatch(w -> !w.problems.isEmpty());
        List<Quarantined> quarantine = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<Work> accepted = new ArrayList<>();
        String writtenBy = writer.kind() == Writer.Kind.OPERATOR ? null : writer.name();
        for (Work w : work) {
            if (w.held && !rejectAll) {
                items.add(new Item(w.incoming, w.type(), w.summary.id(), 0, Status.HELD, List.of(), w.summary));
            } else if (!w.problems.isEmpty() || w.held || rejectAll) {
                List<Problem> reason = w.problems.isEmpty()
                        ? List.of(Problem.of(ProblemKind.TRANSACTION_FAILED, null))
                        : List.copyOf(w.problems);
                String received = w.incoming.received();
                String id = w.summary == null ? null : w.summary.id();
                // waiting for its targets only when that is all that is wrong with it: re-processed when they arrive
                List<String> waitingFor =
                        !w.unresolved.isEmpty() && w.unresolved.size() == w.problems.size() && !rejectAll
                                ? w.unresolved
                                : List.of();
                quarantine.add(new Quarantined(
                        source,
                        w.incoming.file(),
                        w.incoming.line(),
                        w.summary == null ? null : w.type(),
                        id,
                        reason,
                        received.getBytes(StandardCharsets.UTF_8),
                        FhirResources.hash(received),
                        waitingFor,
                        w.canonical,
                        writtenBy));
                items.add(new Item(
                        w.incoming, w.type(), id == null ? "?" : id, 0, Status.QUARANTINED, reason, w.summary));
            } else {
                accepted.add(w);
                items.add(null); // filled below, keeping the order received
            }
        }
        Map<String, Current> current =
                new HashMap<>(store.current(accepted.stream().map(Work::key).toList()));
        List<NewVersion> versions = new ArrayList<>();
        List<Resource> changed = new ArrayList<>();
        Set<String> created = new HashSet<>();
        int next = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                continue;
            }
            Work w = accepted.get(next++);
            Current existing = current.get(w.key());
            Status status;
            int version;
            if (existing != null && existing.hash().equals(w.hash)) {
                status = Status.UNCHANGED;
                version = existing.version();
            } else {
                if (w.resource == null) { // judged unchanged when prepared, changed since by another writer
                    w.resource = fhir.parse(w.canonical);
                }
                version = existing == null ? 1 : existing.version() + 1;
                status = existing == null ? Status.CREATED : Status.UPDATED;
                String patient = ClinicalExtracts.patientId(w.resource).orElse(null);
                versions.add(new NewVersion(
                        w.summary.type(),
                        w.summary.id(),
                        version,
                        w.hash,
                        patient,
                        w.canonical,
                        source,
                        w.incoming.file(),
                        w.incoming.line()));
                current.put(w.key(), new Current(version, w.hash, source));
                changed.add(w.resource);
                if (version == 1) {
                    created.add(w.key());
                }
            }
            items.set(i, new Item(w.incoming, w.summary.type(), w.summary.id(), version, status, List.of(), w.summary));
        }
        store.quarantine(quarantine, now);
        store.store(versions, now);
        linkPatients(changed);
        relate(changed, writer);
        new FactWriter(store, facts, structure()).write(changed, created);
        return new ChunkOutcome(items);
    }

    /** The master person index's links for the chunk's patients ({@link PersonLinking}), in the chunk's transaction. */
    private void linkPatients(List<Resource> resources) {
        List<Patient> patients = resources.stream()
                .filter(Patient.class::isInstance)
                .map(Patient.class::cast)
                .toList();
        if (patients.isEmpty()) {
            return;
        }
        Map<String, PersonLinking.Link> existing = new HashMap<>();
        store.links(patients.stream().map(Patient::getIdPart).toList())
                .forEach((patient, link) -> existing.put(
                        patient, new PersonLinking.Link(link.person(), LinkMethod.valueOf(link.method()))));
        Map<String, PersonLinking.PatientIdentity> identities = new LinkedHashMap<>();
        patients.forEach(patient -> identities.put(patient.getIdPart(), ClinicalExtracts.identity(patient)));
        Map<String, JdbcRecordStore.Link> links = new LinkedHashMap<>();
        PersonLinking.link(identities, existing, new PersonLinking.Persons() {
                    @Override
                    public Map<String, Long> byNhsNumber(Map<String, String> matchKeys) {
                        return store.personsByNhsNumber(matchKeys.keySet(), matchKeys);
                    }

                    @Override
                    public Optional<Long> byMatchKey(String matchKey) {
                        return store.personByMatchKey(matchKey);
                    }

                    @Override
                    public long newPerson(String matchKey, String localId) {
                        return store.newPerson(matchKey, localId);
                    }
                })
                .forEach((patient, link) -> links.put(
                        patient,
                        new JdbcRecordStore.Link(link.person(), link.method().name())));
        store.link(links);
    }

    /**
     * The relationships the resources give their patients, each with the record it comes from and who wrote it; only
     * those the writer may give ({@link WritePolicy#givesRelationship}): a member of staff's writes give none.
     */
    private void relate(List<Resource> resources, Writer writer) {
        Map<List<String>, List<String>> rows =
                new LinkedHashMap<>(); // many encounters of one patient with one provider: one row
        for (Resource resource : resources) {
            Optional<String> patient = ClinicalExtracts.patientId(resource);
            if (patient.isEmpty()) {
                continue;
            }
            String from = resource.fhirType() + "/" + resource.getIdPart();
            ClinicalExtracts.organisations(resource).forEach((code, relationship) -> {
                if (!WRITES.givesRelationship(writer, code)) {
                    return;
                }
                rows.putIfAbsent(
                        List.of(patient.get(), code, relationship),
                        List.of(patient.get(), code, relationship, from, writer.name()));
                if (resource instanceof Patient) {
                    structure().ancestor(code, OrganisationKind.PCN).ifPresent(pcn -> {
                        String inPcn = "registered at practice " + code + " in PCN " + pcn;
                        rows.putIfAbsent(
                                List.of(patient.get(), pcn, inPcn),
                                List.of(patient.get(), pcn, inPcn, from, writer.name()));
                    });
                }
            });
        }
        store.relate(rows.values());
    }

    Structure structure() {
        LocalDate today = LocalDate.now(clock);
        Structure current = structure;
        if (current == null || !current.day().equals(today)) {
            current = new Structure(today, registry.asAt(today));
            structure = current;
        }
        return current;
    }

    /** The registry as it stands today, for locating practices in PCNs and places. */
    record Structure(LocalDate day, SystemOfSystems system) {

        Optional<String> ancestor(String code, OrganisationKind kind) {
            if (code == null) {
                return Optional.empty();
            }
            try {
                return system.ancestor(OdsCode.of(code), kind).map(o -> o.code().value());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    void shutdown() {
        workers.shutdown();
    }
}
