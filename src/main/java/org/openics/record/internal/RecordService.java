package org.openics.record.internal;

import static org.openics.record.RecordAccounts.OPERATOR;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.platform.ProgressListener;
import org.openics.record.AccessDecision;
import org.openics.record.AccessRequest;
import org.openics.record.AuditEntry;
import org.openics.record.IngestOptions;
import org.openics.record.IngestReport;
import org.openics.record.MergeResult;
import org.openics.record.PersonId;
import org.openics.record.PersonIndex;
import org.openics.record.Problem;
import org.openics.record.ProblemKind;
import org.openics.record.QuarantinedResource;
import org.openics.record.RecordIngest;
import org.openics.record.RecordPermission;
import org.openics.record.access.Writer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The record's ingest ({@link RecordIngest}) over the pipeline, the store and the access service. */
@Service
@org.springframework.context.annotation.Primary // the job's entry point; SharedCareRecord's facade delegates here
class RecordService implements RecordIngest {

    private static final Logger log = LoggerFactory.getLogger(RecordService.class);

    private final ChunkProcessor processor;
    private final JdbcRecordStore store;
    private final AccessService access;
    private final FhirResources fhir;
    private final TransactionTemplate transactions;
    private final SourceLedger ledger;
    private final Accounts accounts;
    private final PersonIndex persons;

    RecordService(
            ChunkProcessor processor,
            JdbcRecordStore store,
            AccessService access,
            FhirResources fhir,
            TransactionTemplate transactions,
            SourceLedger ledger,
            Accounts accounts,
            PersonIndex persons) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.persons = persons;
        this.processor = processor;
        this.store = store;
        this.access = access;
        this.fhir = fhir;
        this.transactions = transactions;
    }

    /** The validator takes seconds to load R4: load it while the rest of the platform starts serving. */
    @EventListener(ApplicationReadyEvent.class)
    void warmValidator(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebServerApplicationContext)) {
            return; // a batch command validates FULL only when asked, and then loads it on first use
        }
        Thread warmUp = new Thread(fhir::warm, "fhir-validator-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** Counts of one run, accumulated chunk by chunk. */
    private static final class Tally {
        long read;
        long stored;
        long duplicates;
        long quarantined;

        void add(ChunkOutcome outcome) {
            read += outcome.items().size()
                    - outcome.count(ChunkOutcome.Status.HELD); // counted when decided, at the end of the load
            stored += outcome.count(ChunkOutcome.Status.CREATED) + outcome.count(ChunkOutcome.Status.UPDATED);
            duplicates += outcome.count(ChunkOutcome.Status.UNCHANGED);
            quarantined += outcome.count(ChunkOutcome.Status.QUARANTINED);
        }

        IngestReport report(List<String> files, List<String> skipped, long started) {
            return new IngestReport(
                    read, stored, duplicates, quarantined, files, skipped, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Chunks prepared ahead of the one being stored (parse and validation overlap the database work). */
    private static final int AHEAD = 2;

    @Override
    public IngestReport ingest(List<Path> paths, IngestOptions options, ProgressListener progress) {
        IngestReport report = ingest(paths, options, progress, Writer.operator("operator"), null);
        access.audit(
                OPERATOR,
                Optional.empty(),
                "administration",
                "ingest " + report.files().size() + " file(s) from " + options.sourceOrUnknown(),
                true,
                "read " + report.read() + ", stored " + report.stored() + ", duplicates " + report.duplicates()
                        + ", quarantined " + report.quarantined());
        return report;
    }

    /**
     * Files sent over HTTP by a signed-in account or feed ({@code POST /api/record/ingest}): the same pipeline, each chunk
     * bound to the writer's organisation ({@link #written}); the source is the account's organisation.
     */
    IngestReport ingest(Path file, IngestOptions.Validation validation, Actor actor, AccessContext context) {
        Authorisation.require(actor, RecordPermission.SUBMIT_RECORDS);
        Writer writer = Writer.of(actor);
        return ingest(
                List.of(file),
                new IngestOptions(Optional.of(source(actor)), validation),
                ProgressListener.NONE,
                writer,
                context);
    }

    /** The purpose and any break-glass reason a member of staff gave for a write (as for a read). */
    record AccessContext(String purpose, Optional<String> breakGlass) {}

    private IngestReport ingest(
            List<Path> paths, IngestOptions options, ProgressListener progress, Writer writer, AccessContext context) {
        long started = System.nanoTime();
        FhirFiles.Selection selection = FhirFiles.select(paths);
        long totalBytes =
                selection.files().stream().mapToLong(RecordService::size).sum();
        Tally tally = new Tally();
        Load load = Load.ofFiles();
        AtomicLong bytes = new AtomicLong();
        String source = options.sourceOrUnknown();
        progress.start(
                "Ingesting " + selection.files().size() + " file(s)",
                totalBytes,
                org.openics.platform.ProgressListener.Unit.BYTES);
        // a pipeline: chunks are prepared (parsed, validated) on another thread while earlier ones are stored, in order
        ExecutorService preparer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "record-ingest-prepare");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<ChunkProcessor.Prepared>> pending = new ArrayDeque<>();
        Runnable commitOldest = () -> {
            tally.add(written(await(pending.poll()), source, writer, context, false, load));
            progress.advance(bytes.get());
        };
        try {
            for (Path file : selection.files()) {
                String name = file.toString();
                Consumer<List<Incoming>> chunk = incoming -> {
                    pending.add(preparer.submit(() -> processor.prepare(incoming, options.validation())));
                    while (pending.size() > AHEAD) {
                        commitOldest.run();
                    }
                };
                if (FhirFiles.hl7(file)) {
                    readAdt(
                            file,
                            name,
                            bytes,
                            chunk,
                            () -> {
                                while (!pending.isEmpty()) {
                                    commitOldest.run();
                                }
                            },
                            tally,
                            source,
                            writer);
                } else if (FhirFiles.ndjson(file)) {
                    FhirFiles.readNdjson(file, name, bytes, chunk);
                } else {
                    chunk.accept(FhirFiles.readJson(file, name, bytes));
                }
            }
            while (!pending.isEmpty()) {
                commitOldest.run();
            }
            finish(load, source, writer, context, tally, outcome -> progress.advance(bytes.get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            preparer.shutdownNow();
            progress.finish();
        }
        IngestReport report = tally.report(
                selection.files().stream().map(Path::toString).toList(),
                selection.skipped().stream().map(Path::toString).toList(),
                started);
        if (report.stored() > 0) {
            releaseWaiting(ProgressListener.NONE);
        }
        log.info(
                "Ingested {} file(s) from {}: read {}, stored {}, duplicates {}, quarantined {} ({} resources/s)",
                report.files().size(),
                source,
                report.read(),
                report.stored(),
                report.duplicates(),
                report.quarantined(),
                Math.round(report.resourcesPerSecond()));
        return ledger.logged(source, report);
    }

    /**
     * The end of a load: what was held back for a reference that did not resolve yet is tried again, pass after pass,
     * while a pass stores something (a target arrived later in the load: any order of files gives the same store); then
     * once more without waiting, so that what still does not resolve is quarantined with the references it waits for.
     * These resources passed validation when first read, so the passes parse them (STRUCTURAL) without validating again.
     */
    private void finish(
            Load load, String source, Writer writer, AccessContext context, Tally tally, Consumer<ChunkOutcome> sink) {
        boolean progressed = true;
        for (List<Incoming> again = load.takeHeld(); !again.isEmpty(); again = load.takeHeld()) {
            if (!progressed) {
                load.stopWaiting();
            }
            long before = tally.stored + tally.duplicates;
            for (int from = 0; from < again.size(); from += FhirFiles.NDJSON_CHUNK) {
                List<Incoming> chunk = again.subList(from, Math.min(again.size(), from + FhirFiles.NDJSON_CHUNK));
                ChunkOutcome outcome = written(
                        processor.prepare(chunk, IngestOptions.Validation.STRUCTURAL),
                        source,
                        writer,
                        context,
                        false,
                        load);
                tally.add(outcome);
                sink.accept(outcome);
            }
            progressed = tally.stored + tally.duplicates > before;
        }
    }

    /**
     * Over time: quarantined resources that wait only for references are re-processed once every reference they wait for
     * resolves in the store (again while that releases more: a chain of late arrivals), each under the rules of whoever
     * sent it. Runs after every load that stored something.
     */
    private IngestReport releaseWaiting(ProgressListener progress) {
        long started = System.nanoTime();
        Tally total = new Tally();
        for (int round = 0; round < 100; round++) {
            Map<Long, List<String>> waiting = store.waitingReferences();
            if (waiting.isEmpty()) {
                break;
            }
            Set<String> literal = new java.util.HashSet<>();
            Set<org.openics.record.ingest.ConditionalReference> conditional = new java.util.HashSet<>();
            waiting.values()
                    .forEach(references -> references.forEach(
                            reference -> org.openics.record.ingest.ConditionalReference.parse(reference)
                                    .ifPresentOrElse(conditional::add, () -> literal.add(reference))));
            Set<String> present = new java.util.HashSet<>(store.current(literal.stream()
                            .filter(r -> r.contains("/") && !r.startsWith("urn:"))
                            .toList())
                    .keySet());
            present.addAll(store.matching(conditional)
                    .keySet()); // several matches too: tried again, it is then refused as ambiguous
            List<Long> ready = waiting.entrySet().stream()
                    .filter(e -> e.getValue().stream()
                            .allMatch(r -> present.contains(r)
                                    || org.openics.record.ingest.ConditionalReference.parse(r)
                                            .map(c -> present.contains(c.key()))
                                            .orElse(false)))
                    .map(Map.Entry::getKey)
                    .toList();
            if (ready.isEmpty()) {
                break;
            }
            Tally tally = reprocess(store.openQuarantine(ready), IngestOptions.Validation.STRUCTURAL, progress);
            total.read += tally.read;
            total.stored += tally.stored;
            total.duplicates += tally.duplicates;
            total.quarantined += tally.quarantined;
            if (tally.stored + tally.duplicates == 0) {
                break;
            }
        }
        if (total.read > 0) {
            log.info(
                    "Re-processed {} quarantined resource(s) whose references arrived: {} stored, {} still quarantined",
                    total.read,
                    total.stored + total.duplicates,
                    total.quarantined);
        }
        return total.report(List.of(), List.of(), started);
    }

    /**
     * Quarantined rows through the pipeline again as one load per sender (so that they resolve among themselves), each
     * row released when its resource is now stored. Rows a member of staff sent are left for them to send again (their
     * writes are decided per person at the time); a feed's are re-processed as that feed, while it is registered.
     */
    private Tally reprocess(
            List<JdbcRecordStore.Waiting> rows, IngestOptions.Validation validation, ProgressListener progress) {
        Tally tally = new Tally();
        Map<List<String>, List<JdbcRecordStore.Waiting>> bySender = new LinkedHashMap<>();
        rows.forEach(row -> bySender.computeIfAbsent(
                        java.util.Arrays.asList(row.source(), row.writtenBy()), k -> new ArrayList<>())
                .add(row));
        progress.start("Re-processing " + rows.size() + " quarantined resource(s)", rows.size());
        AtomicLong done = new AtomicLong();
        bySender.forEach((sender, group) -> {
            String source = sender.get(0);
            Writer writer = sender.get(1) == null
                    ? Writer.operator(source)
                    : accounts.actor(sender.get(1))
                            .map(Writer::of)
                            .filter(w -> w.kind() == Writer.Kind.FEED)
                            .orElse(null);
            if (writer == null) {
                return; // a member of staff's write, or a feed no longer registered: stays in the quarantine
            }
            Map<String, Long> rowOf = new HashMap<>();
            Load load = Load.ofFiles();
            Tally sent = new Tally();
            List<Incoming> incoming = new ArrayList<>();
            for (JdbcRecordStore.Waiting row : group) {
                Incoming one = new Incoming(row.text(), row.file(), row.line(), null, row.original());
                rowOf.put(quarantineKey(one), row.id());
                incoming.add(one);
            }
            java.util.function.Consumer<ChunkOutcome> release = outcome -> {
                outcome.items().stream()
                        .filter(i ->
                                i.status() != ChunkOutcome.Status.QUARANTINED && i.status() != ChunkOutcome.Status.HELD)
                        .map(i -> rowOf.get(quarantineKey(i.incoming())))
                        .filter(java.util.Objects::nonNull)
                        .forEach(id -> store.release(id, java.time.Instant.now()));
                progress.advance(done.addAndGet(outcome.items().size() - outcome.count(ChunkOutcome.Status.HELD)));
            };
            AccessContext context = new AccessContext("direct care", Optional.empty());
            for (int from = 0; from < incoming.size(); from += FhirFiles.NDJSON_CHUNK) {
                List<Incoming> chunk = incoming.subList(from, Math.min(incoming.size(), from + FhirFiles.NDJSON_CHUNK));
                ChunkOutcome outcome =
                        written(processor.prepare(chunk, validation), source, writer, context, false, load);
                sent.add(outcome);
                release.accept(outcome);
            }
            finish(load, source, writer, context, sent, release);
            tally.read += sent.read;
            tally.stored += sent.stored;
            tally.duplicates += sent.duplicates;
            tally.quarantined += sent.quarantined;
        });
        progress.finish();
        return tally;
    }

    private static String quarantineKey(Incoming incoming) {
        return incoming.file() + "\n" + incoming.line() + "\n" + FhirResources.hash(incoming.received());
    }

    private final AdtMessages adt = new AdtMessages();

    /**
     * An HL7 v2 file: each message mapped to FHIR (Patient, Encounter) and sent down the pipeline as one chunk, in order;
     * a message that cannot be read or mapped is quarantined whole with the reason; an A40 merges the persons once what
     * came before it is stored.
     */
    private void readAdt(
            Path file,
            String name,
            AtomicLong bytes,
            Consumer<List<Incoming>> chunk,
            Runnable flush,
            Tally tally,
            String source,
            Writer writer)
            throws IOException {
        String text;
        try (java.io.InputStream in = FhirFiles.open(file, bytes)) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (AdtMessages.Located located : AdtMessages.split(text)) {
            Incoming message = new Incoming(located.text(), name, located.line(), null);
            AdtMessages.Mapped mapped = adt.map(located.text());
            if (mapped.refused()) {
                tally.add(processor.refuse(
                        message,
                        adtType(mapped),
                        mapped.controlId(),
                        Problem.of(ProblemKind.HL7V2_UNREADABLE, mapped.problem()),
                        source,
                        writer));
                continue;
            }
            chunk.accept(mapped.resources().stream()
                    .map(json -> new Incoming(json, name, located.line(), null))
                    .toList());
            if (mapped.merge().isPresent()) {
                flush.run();
                tally.add(mergeAsked(mapped, message, source, writer));
            }
        }
    }

    /**
     * One HL7 v2 message received over MLLP, answered with its ACK, or a NAK with the reason. The sender is the
     * integration feed registered for the message's sending facility (MSH-4): its messages are written as that feed
     * (bound to its organisation, audited per person) and a bad one is quarantined under it. A message from a facility
     * with no registered feed is refused (NAK) and not kept.
     */
    String receiveAdt(String text, String peer) {
        AdtMessages.Mapped mapped = adt.map(text);
        Optional<Actor> feed = Optional.ofNullable(mapped.facility())
                .flatMap(ods -> accounts.actor("feed-" + ods.toLowerCase(java.util.Locale.ROOT)))
                .filter(actor -> actor.role() == org.openics.kernel.UserRole.INTEGRATION_FEED);
        if (feed.isEmpty()) {
            String reason = mapped.facility() == null
                    ? (mapped.refused() ? mapped.problem() : "MSH-4 sending facility is empty")
                    : "no integration feed is registered for sending facility " + mapped.facility()
                            + " (openics feeds add --organisation " + mapped.facility() + ")";
            log.warn("HL7 v2 message from {} refused: {}", peer, reason);
            return nak(text, reason);
        }
        Writer writer = Writer.of(feed.get());
        String source = source(feed.get());
        Incoming message = new Incoming(text, "mllp/" + mapped.facility() + "/" + mapped.controlId(), 1, null);
        if (mapped.refused()) {
            processor.refuse(
                    message,
                    adtType(mapped),
                    mapped.controlId(),
                    Problem.of(ProblemKind.HL7V2_UNREADABLE, mapped.problem()),
                    source,
                    writer);
            return nak(text, mapped.problem());
        }
        List<Incoming> chunk = mapped.resources().stream()
                .map(json -> new Incoming(json, message.file(), 1, null))
                .toList();
        ChunkOutcome outcome = written(
                processor.prepare(chunk, IngestOptions.Validation.FULL),
                source,
                writer,
                new AccessContext("direct care", Optional.empty()),
                false,
                Load.immediate());
        List<String> reasons = new ArrayList<>(outcome.items().stream()
                .filter(i -> i.status() == ChunkOutcome.Status.QUARANTINED)
                .map(i -> i.key() + ": " + i.reason())
                .toList());
        if (mapped.merge().isPresent()) {
            ChunkOutcome merged = mergeAsked(mapped, message, source, writer);
            merged.items().stream()
                    .filter(i -> i.status() == ChunkOutcome.Status.QUARANTINED)
                    .forEach(i -> reasons.add(i.reason()));
        }
        if (outcome.count(ChunkOutcome.Status.CREATED) + outcome.count(ChunkOutcome.Status.UPDATED) > 0) {
            releaseWaiting(ProgressListener.NONE);
        }
        return reasons.isEmpty() ? adt.acknowledge(text, null) : nak(text, String.join("; ", reasons));
    }

    private String nak(String text, String reason) {
        String nak = adt.acknowledge(text, reason);
        // a message too broken for HAPI to answer: a minimal NAK by hand, so the sender still hears why
        return nak != null
                ? nak
                : "MSH|^~\\&|OPENICS|OPENICS|||"
                        + java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                                .format(java.time.LocalDateTime.now())
                        + "||ACK|" + System.nanoTime() + "|P|2.5.1\rMSA|AR||" + reason.replace('|', '/') + "\r";
    }

    private static String adtType(AdtMessages.Mapped mapped) {
        return "HL7v2 ADT" + (mapped.event() == null ? "" : "^" + mapped.event());
    }

    /**
     * An A40: the prior patient record's person merged into the surviving one's, audited, by the operator's load (the
     * operator administers the record). A feed may not merge persons (Administrator only), so its A40 is quarantined with
     * what an administrator can do. Counted as one item: stored (merged), duplicate (already one person) or quarantined.
     */
    private ChunkOutcome mergeAsked(AdtMessages.Mapped mapped, Incoming message, String source, Writer writer) {
        AdtMessages.Merge merge = mapped.merge().orElseThrow();
        String type = adtType(mapped);
        Optional<Long> from = store.personOfPatient(merge.priorPatient());
        Optional<Long> into = store.personOfPatient(merge.survivingPatient());
        String refused = from.isEmpty()
                ? "A40: the prior patient record Patient/" + merge.priorPatient() + " is not in the record"
                : into.isEmpty()
                        ? "A40: the surviving patient record Patient/" + merge.survivingPatient()
                                + " is not in the record"
                        : null;
        if (refused == null && from.get().equals(into.get())) {
            return new ChunkOutcome(List.of(new ChunkOutcome.Item(
                    message, type, mapped.controlId(), 0, ChunkOutcome.Status.UNCHANGED, List.of(), null)));
        }
        if (refused == null && writer.kind() != Writer.Kind.OPERATOR) {
            refused = "A40 asks to merge person " + from.get() + " (Patient/" + merge.priorPatient() + ") into person "
                    + into.get() + " (Patient/"
                    + merge.survivingPatient()
                    + "): a feed may not merge persons; an administrator can, with openics record merge "
                    + from.get() + " " + into.get();
        }
        if (refused == null) {
            MergeResult result = persons.merge(
                    new PersonId(from.get()),
                    new PersonId(into.get()),
                    OPERATOR,
                    "HL7 v2 A40 from " + mapped.facility() + " (message " + mapped.controlId() + ", " + message.file()
                            + ":" + message.line() + ")");
            if (result.done()) {
                return new ChunkOutcome(List.of(new ChunkOutcome.Item(
                        message, type, mapped.controlId(), 1, ChunkOutcome.Status.CREATED, List.of(), null)));
            }
            refused = "A40 merge refused: " + result.reason();
        }
        return processor.refuse(
                message, type, mapped.controlId(), Problem.of(ProblemKind.A40_NOT_MERGED, refused), source, writer);
    }

    /** The source written down for what an account sends: its organisation (a resident or account without one: its name). */
    static String source(Actor actor) {
        return actor.organisation().orElse(actor.username());
    }

    /**
     * Commits one prepared chunk as the writer. A member of staff writes only about people they already have a
     * legitimate relationship with (or by break glass), each person decided and audited as for a read; every write by
     * an account or feed is audited per person, with what was stored and what was refused and why.
     */
    private ChunkOutcome written(
            ChunkProcessor.Prepared prepared,
            String source,
            Writer writer,
            AccessContext context,
            boolean allOrNothing,
            Load known) {
        if (writer.kind() == Writer.Kind.OPERATOR) {
            return processor.commit(prepared, source, writer, allOrNothing, known);
        }
        Actor actor = writer.actor().orElseThrow();
        Map<String, Optional<String>> patients = processor.patientsWritten(prepared);
        Map<String, Long> persons = store.personsOfPatients(
                patients.values().stream().flatMap(Optional::stream).toList());
        if (writer.kind() == Writer.Kind.STAFF) {
            Map<Long, List<String>> keysByPerson = new LinkedHashMap<>();
            patients.forEach((key, patient) -> {
                if (patient.isEmpty()) {
                    return; // about no person (an Organization, a Practitioner): bound by organisation only
                }
                Long person = persons.get(patient.get());
                if (person == null) {
                    processor.refuse(
                            prepared,
                            key,
                            Problem.of(
                                    ProblemKind.PATIENT_NOT_IN_RECORD,
                                    "Patient/" + patient.get()
                                            + " is not in the record yet: people come into the record"
                                            + " through their organisation's feed, and a member of staff's write never creates a relationship"));
                } else {
                    keysByPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(key);
                }
            });
            List<Long> asked = List.copyOf(keysByPerson.keySet());
            List<AccessDecision> decisions = access.decideAll(asked.stream()
                    .map(person -> new AccessRequest(
                            actor,
                            new PersonId(person),
                            "write " + listed(keysByPerson.get(person)),
                            context.purpose(),
                            context.breakGlass()))
                    .toList());
            for (int i = 0; i < asked.size(); i++) {
                if (!decisions.get(i).granted()) {
                    Problem reason = Problem.of(
                            ProblemKind.NO_WRITE_ACCESS,
                            "no write about person " + asked.get(i) + ": "
                                    + decisions.get(i).reason());
                    keysByPerson.get(asked.get(i)).forEach(key -> processor.refuse(prepared, key, reason));
                }
            }
        }
        ChunkOutcome outcome = processor.commit(prepared, source, writer, allOrNothing, known);
        auditWrites(actor, outcome, patients, persons, context);
        return outcome;
    }

    /** One audit entry per person written about (and one for resources about no person): what was stored, what refused. */
    private void auditWrites(
            Actor actor,
            ChunkOutcome outcome,
            Map<String, Optional<String>> patients,
            Map<String, Long> persons,
            AccessContext context) {
        Map<Optional<Long>, List<ChunkOutcome.Item>> byPerson = new LinkedHashMap<>();
        for (ChunkOutcome.Item item : outcome.items()) {
            if (item.status() == ChunkOutcome.Status.UNCHANGED) {
                continue;
            }
            Optional<Long> person =
                    patients.getOrDefault(item.key(), Optional.empty()).map(persons::get);
            byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(item);
        }
        java.time.Instant now = java.time.Instant.now();
        List<AuditEntry> entries = new ArrayList<>();
        byPerson.forEach((person, items) -> {
            List<String> stored = items.stream()
                    .filter(i -> i.status() != ChunkOutcome.Status.QUARANTINED)
                    .map(i -> i.key() + " v" + i.version())
                    .toList();
            List<String> refused = items.stream()
                    .filter(i -> i.status() == ChunkOutcome.Status.QUARANTINED)
                    .map(ChunkOutcome.Item::key)
                    .toList();
            String reason = items.stream()
                    .filter(i -> i.status() == ChunkOutcome.Status.QUARANTINED)
                    .map(ChunkOutcome.Item::reason)
                    .findFirst()
                    .map(r -> "refused: " + r)
                    .orElse("stored as " + actor.username() + " for " + source(actor));
            entries.add(new AuditEntry(
                    0,
                    now,
                    actor.username(),
                    actor.role(),
                    actor.organisation().orElse(null),
                    person.orElse(null),
                    context == null ? "direct care" : context.purpose(),
                    "write " + (stored.isEmpty() ? "" : listed(stored))
                            + (refused.isEmpty() ? "" : (stored.isEmpty() ? "" : "; ") + "refused " + listed(refused)),
                    refused.isEmpty(),
                    reason,
                    null));
        });
        access.auditAll(entries);
    }

    /** Resource keys for an audit entry: the first five, then how many more. */
    private static String listed(List<String> keys) {
        return keys.size() <= 5
                ? String.join(", ", keys)
                : String.join(", ", keys.subList(0, 5)) + " and " + (keys.size() - 5) + " more";
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ingesting", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** A FHIR transaction or batch received over HTTP from a signed-in account or feed, bound to the writer's organisation. */
    ChunkOutcome ingest(List<Incoming> chunk, Actor actor, AccessContext context, boolean allOrNothing) {
        Authorisation.require(actor, RecordPermission.SUBMIT_RECORDS);
        ChunkOutcome outcome = written(
                processor.prepare(chunk, IngestOptions.Validation.FULL),
                source(actor),
                Writer.of(actor),
                context,
                allOrNothing,
                Load.immediate());
        if (outcome.count(ChunkOutcome.Status.CREATED) + outcome.count(ChunkOutcome.Status.UPDATED) > 0) {
            releaseWaiting(ProgressListener.NONE);
        }
        return outcome;
    }

    @Override
    public List<QuarantinedResource> quarantine(int limit, boolean includeReleased) {
        return store.quarantined(limit, includeReleased);
    }

    @Override
    public IngestReport reprocessQuarantine(ProgressListener progress) {
        long started = System.nanoTime();
        Tally tally = reprocess(store.openQuarantine(null), IngestOptions.Validation.FULL, progress);
        if (tally.stored > 0) {
            releaseWaiting(ProgressListener.NONE);
        }
        return tally.report(List.of(), List.of(), started);
    }

    @Override
    public List<org.openics.record.SourceStatistics> sourceStatistics() {
        return ledger.sourceStatistics();
    }

    // ---- opt-outs and residents' own rights (OptOuts, docs/opt-outs.md) ----

}
