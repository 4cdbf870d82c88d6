package org.openics.record.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.openics.platform.ProgressListener;
import org.openics.record.AccessDecision;
import org.openics.record.AccessRequest;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.record.RecordPermission;
import org.openics.record.access.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openics.record.AnalyticFacts;
import org.openics.record.AuditEntry;
import org.openics.record.AuditVerification;
import org.openics.record.IngestOptions;
import org.openics.record.IngestReport;
import org.openics.record.MergeResult;
import org.openics.kernel.NhsNumber;
import org.openics.record.PersonId;
import org.openics.record.PersonMerge;
import org.openics.record.QuarantinedResource;
import org.openics.record.SharedCareRecord;
import org.openics.record.StoreDigest;
import org.openics.record.audit.AuditChain;
import org.openics.record.linkage.LinkMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The shared care record's entry point over the ingest pipeline, the store and the access service. */
@Service
class RecordService extends SourceLedger implements SharedCareRecord {

    private static final Logger log = LoggerFactory.getLogger(RecordService.class);

    private final ChunkProcessor processor;
    private final JdbcRecordStore store;
    private final AccessService access;
    private final FhirResources fhir;
    private final TransactionTemplate transactions;
    private final StoreDigests digests;

    private OptOuts optOuts;

    @org.springframework.beans.factory.annotation.Autowired
    void optOuts(OptOuts optOuts) {
        this.optOuts = optOuts;
    }

    RecordService(ChunkProcessor processor, JdbcRecordStore store, AccessService access, FhirResources fhir,
                  TransactionTemplate transactions, StoreDigests digests) {
        this.digests = digests;
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
            read += outcome.items().size();
            stored += outcome.count(ChunkOutcome.Status.CREATED) + outcome.count(ChunkOutcome.Status.UPDATED);
            duplicates += outcome.count(ChunkOutcome.Status.UNCHANGED);
            quarantined += outcome.count(ChunkOutcome.Status.QUARANTINED);
        }

        IngestReport report(List<String> files, List<String> skipped, long started) {
            return new IngestReport(read, stored, duplicates, quarantined, files, skipped, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Chunks prepared ahead of the one being stored (parse and validation overlap the database work). */
    private static final int AHEAD = 2;

    @Override
    public IngestReport ingest(List<Path> paths, IngestOptions options, ProgressListener progress) {
        IngestReport report = ingest(paths, options, progress, Writer.operator("operator"), null);
        access.audit(OPERATOR, Optional.empty(), "administration", "ingest " + report.files().size() + " file(s) from "
                + options.sourceOrUnknown(), true, "read " + report.read() + ", stored " + report.stored() + ", duplicates "
                + report.duplicates() + ", quarantined " + report.quarantined());
        return report;
    }


    /**
     * Files sent over HTTP by a signed-in account or feed ({@code POST /api/record/ingest}): the same pipeline, each chunk
     * bound to the writer's organisation ({@link #written}); the source is the account's organisation.
     */
    IngestReport ingest(Path file, IngestOptions.Validation validation, Actor actor, AccessContext context) {
        Authorisation.require(actor, RecordPermission.SUBMIT_RECORDS);
        Writer writer = Writer.of(actor);
        return ingest(List.of(file), new IngestOptions(Optional.of(source(actor)), validation), ProgressListener.NONE, writer, context);
    }

    /** The purpose and any break-glass reason a member of staff gave for a write (as for a read). */
    record AccessContext(String purpose, Optional<String> breakGlass) {
    }

    private IngestReport ingest(List<Path> paths, IngestOptions options, ProgressListener progress, Writer writer, AccessContext context) {
        long started = System.nanoTime();
        FhirFiles.Selection selection = FhirFiles.select(paths);
        long totalBytes = selection.files().stream().mapToLong(RecordService::size).sum();
        Tally tally = new Tally();
        Set<String> known = ChunkProcessor.concurrentSet();
        AtomicLong bytes = new AtomicLong();
        String source = options.sourceOrUnknown();
        progress.start("Ingesting " + selection.files().size() + " file(s)", totalBytes);
        // a pipeline: chunks are prepared (parsed, validated) on another thread while earlier ones are stored, in order
        ExecutorService preparer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "record-ingest-prepare");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<ChunkProcessor.Prepared>> pending = new ArrayDeque<>();
        Runnable commitOldest = () -> {
            tally.add(written(await(pending.poll()), source, writer, context, false, known));
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
                if (FhirFiles.ndjson(file)) {
                    FhirFiles.readNdjson(file, name, bytes, chunk);
                } else {
                    chunk.accept(FhirFiles.readJson(file, name, bytes));
                }
            }
            while (!pending.isEmpty()) {
                commitOldest.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            preparer.shutdownNow();
            progress.finish();
        }
        IngestReport report = tally.report(selection.files().stream().map(Path::toString).toList(),
                selection.skipped().stream().map(Path::toString).toList(), started);
        log.info("Ingested {} file(s) from {}: read {}, stored {}, duplicates {}, quarantined {} ({} resources/s)",
                report.files().size(), source, report.read(), report.stored(), report.duplicates(), report.quarantined(),
                Math.round(report.resourcesPerSecond()));
        return logged(source, report);
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
    private ChunkOutcome written(ChunkProcessor.Prepared prepared, String source, Writer writer, AccessContext context,
                                 boolean allOrNothing, Set<String> known) {
        if (writer.kind() == Writer.Kind.OPERATOR) {
            return processor.commit(prepared, source, writer, allOrNothing, known);
        }
        Actor actor = writer.actor().orElseThrow();
        Map<String, Optional<String>> patients = processor.patientsWritten(prepared);
        Map<String, Long> persons = store.personsOfPatients(patients.values().stream().flatMap(Optional::stream).toList());
        if (writer.kind() == Writer.Kind.STAFF) {
            Map<Long, List<String>> keysByPerson = new LinkedHashMap<>();
            patients.forEach((key, patient) -> {
                if (patient.isEmpty()) {
                    return; // about no person (an Organization, a Practitioner): bound by organisation only
                }
                Long person = persons.get(patient.get());
                if (person == null) {
                    processor.refuse(prepared, key, "Patient/" + patient.get() + " is not in the record yet: people come into the record"
                            + " through their organisation's feed, and a member of staff's write never creates a relationship");
                } else {
                    keysByPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(key);
                }
            });
            List<Long> asked = List.copyOf(keysByPerson.keySet());
            List<AccessDecision> decisions = access.decideAll(asked.stream().map(person -> new AccessRequest(actor, new PersonId(person),
                    "write " + listed(keysByPerson.get(person)), context.purpose(), context.breakGlass())).toList());
            for (int i = 0; i < asked.size(); i++) {
                if (!decisions.get(i).granted()) {
                    String reason = "no write about person " + asked.get(i) + ": " + decisions.get(i).reason();
                    keysByPerson.get(asked.get(i)).forEach(key -> processor.refuse(prepared, key, reason));
                }
            }
        }
        ChunkOutcome outcome = processor.commit(prepared, source, writer, allOrNothing, known);
        auditWrites(actor, outcome, patients, persons, context);
        return outcome;
    }

    /** One audit entry per person written about (and one for resources about no person): what was stored, what refused. */
    private void auditWrites(Actor actor, ChunkOutcome outcome, Map<String, Optional<String>> patients, Map<String, Long> persons,
                             AccessContext context) {
        Map<Optional<Long>, List<ChunkOutcome.Item>> byPerson = new LinkedHashMap<>();
        for (ChunkOutcome.Item item : outcome.items()) {
            if (item.status() == ChunkOutcome.Status.UNCHANGED) {
                continue;
            }
            Optional<Long> person = patients.getOrDefault(item.key(), Optional.empty()).map(persons::get);
            byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(item);
        }
        java.time.Instant now = java.time.Instant.now();
        List<AuditEntry> entries = new ArrayList<>();
        byPerson.forEach((person, items) -> {
            List<String> stored = items.stream().filter(i -> i.status() != ChunkOutcome.Status.QUARANTINED)
                    .map(i -> i.key() + " v" + i.version()).toList();
            List<String> refused = items.stream().filter(i -> i.status() == ChunkOutcome.Status.QUARANTINED).map(ChunkOutcome.Item::key).toList();
            String reason = items.stream().filter(i -> i.status() == ChunkOutcome.Status.QUARANTINED).map(ChunkOutcome.Item::reason)
                    .findFirst().map(r -> "refused: " + r).orElse("stored as " + actor.username() + " for " + source(actor));
            entries.add(new AuditEntry(0, now, actor.username(), actor.role(), actor.organisation().orElse(null), person.orElse(null),
                    context == null ? "direct care" : context.purpose(),
                    "write " + (stored.isEmpty() ? "" : listed(stored)) + (refused.isEmpty() ? "" : (stored.isEmpty() ? "" : "; ")
                            + "refused " + listed(refused)), refused.isEmpty(), reason, null));
        });
        access.auditAll(entries);
    }

    /** Resource keys for an audit entry: the first five, then how many more. */
    private static String listed(List<String> keys) {
        return keys.size() <= 5 ? String.join(", ", keys) : String.join(", ", keys.subList(0, 5)) + " and " + (keys.size() - 5) + " more";
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
        return written(processor.prepare(chunk, IngestOptions.Validation.FULL), source(actor), Writer.of(actor), context, allOrNothing,
                ChunkProcessor.concurrentSet());
    }

    @Override
    public List<QuarantinedResource> quarantine(int limit, boolean includeReleased) {
        return store.quarantined(limit, includeReleased);
    }

    @Override
    public IngestReport reprocessQuarantine(ProgressListener progress) {
        long started = System.nanoTime();
        List<QuarantinedResource> waiting = store.quarantined(Integer.MAX_VALUE, false);
        Tally tally = new Tally();
        progress.start("Re-processing " + waiting.size() + " quarantined resource(s)", waiting.size());
        Set<String> known = ChunkProcessor.concurrentSet();
        int done = 0;
        for (QuarantinedResource item : waiting) {
            ChunkOutcome outcome = processor.process(List.of(new Incoming(item.original(), item.file(), item.line(), null)),
                    item.source(), false, known);
            tally.add(outcome);
            if (!outcome.anyQuarantined()) {
                store.release(item.id(), java.time.Instant.now());
            }
            progress.advance(++done);
        }
        progress.finish();
        return tally.report(List.of(), List.of(), started);
    }

    @Override
    public Optional<PersonId> personByNhsNumber(NhsNumber nhsNumber) {
        return store.personByNhsNumber(nhsNumber.value()).map(PersonId::new);
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

    // field-injected so that the constructor, which the ingest work changes, stays as it is
    @org.springframework.beans.factory.annotation.Autowired
    private PersonMerges merges;

    @Override
    public MergeResult merge(PersonId from, PersonId into, Actor actor, String reason) {
        String refused = administrative(actor, reason, "a merge");
        if (refused == null && from.equals(into)) {
            refused = "cannot merge person " + from.value() + " with itself";
        }
        if (refused != null) {
            return new MergeResult(false, refused, 0);
        }
        return transactions.execute(tx -> {
            store.lockForIngest();
            for (PersonId person : List.of(from, into)) {
                if (!store.personExists(person.value())) {
                    return new MergeResult(false, "no person " + person.value(), 0);
                }
            }
            Optional<PersonMerge> away = merges.activeFrom(from.value());
            if (away.isPresent()) {
                return new MergeResult(false, "person " + from.value() + " is already merged into person " + away.get().into().value()
                        + " (merge " + away.get().id() + "); unmerge that first", 0);
            }
            Optional<PersonMerge> target = merges.activeFrom(into.value());
            if (target.isPresent()) {
                return new MergeResult(false, "person " + into.value() + " is itself merged into person " + target.get().into().value()
                        + " (merge " + target.get().id() + "); merge into person " + target.get().into().value() + " instead", 0);
            }
            List<String> patients = store.patientsOf(from.value());
            long id = store.recordMerge(from.value(), into.value(), patients, actor.username(), reason);
            store.moveLinks(patients, into.value(), LinkMethod.MERGED.name());
            String what = "merge " + from.value() + " into " + into.value() + " (merge " + id + ")";
            access.record(actor, Optional.of(into.value()), what, reason);
            access.record(actor, Optional.of(from.value()), what, reason);
            return new MergeResult(true, "merged " + patients.size() + " patient record(s) of person " + from.value() + " into person "
                    + into.value() + ": " + reason, id);
        });
    }

    @Override
    public MergeResult unmerge(long mergeId, Actor actor, String reason) {
        String refused = administrative(actor, reason, "an unmerge");
        if (refused != null) {
            return new MergeResult(false, refused, mergeId);
        }
        return transactions.execute(tx -> {
            store.lockForIngest();
            Optional<PersonMerge> merge = merges.find(mergeId);
            if (merge.isEmpty()) {
                return new MergeResult(false, "no merge " + mergeId, mergeId);
            }
            PersonMerge done = merge.get();
            if (!done.active()) {
                return new MergeResult(false, "merge " + mergeId + " was already undone on " + done.unmergedAt().orElseThrow()
                        + done.unmergedBy().map(by -> " by " + by).orElse(""), mergeId);
            }
            store.moveLinks(done.patientRecords(), done.from().value(), LinkMethod.MERGED.name());
            store.markUnmerged(mergeId, actor.username());
            String what = "unmerge " + mergeId + " (" + done.from().value() + " from " + done.into().value() + ")";
            access.record(actor, Optional.of(done.from().value()), what, reason);
            access.record(actor, Optional.of(done.into().value()), what, reason);
            return new MergeResult(true, "returned " + done.patientRecords().size() + " patient record(s) to person " + done.from().value(),
                    mergeId);
        });
    }

    /** Why an administrative change of the person index is refused before it starts, or null. */
    private static String administrative(Actor actor, String reason, String action) {
        if (!Authorisation.allows(actor, RecordPermission.MERGE_PERSONS)) {
            return "only an administrator can make " + action + " (" + actor.username() + " is a " + actor.role().label() + ")";
        }
        return reason == null || reason.isBlank() ? action + " needs a stated reason" : null;
    }

    @Override
    public List<PersonMerge> merges(Optional<PersonId> person, int limit) {
        return merges.newestFirst(person, limit);
    }

    @Override
    public Optional<PersonMerge> merge(long mergeId) {
        return merges.find(mergeId);
    }

    @Override
    public void facts(AnalyticFacts.Kind kind, Consumer<Object> sink) {
        FactReader.read(store, kind, sink);
    }

    // field-injected so that the constructor, which the ingest work changes, stays as it is
    @org.springframework.beans.factory.annotation.Autowired
    private Reidentifier reidentifier;

    @Override
    public org.openics.record.Reidentification reidentify(Actor actor, java.util.Collection<String> pseudonyms, String purpose) {
        return reidentifier.reidentify(actor, pseudonyms, purpose);
    }

    // field-injected so that the constructor, which the ingest work changes, stays as it is
    @org.springframework.beans.factory.annotation.Autowired
    private Accounts accounts;

    @org.springframework.beans.factory.annotation.Autowired
    private AuditAnchor anchor;

    @Override
    public Optional<Actor> account(String username) {
        return accounts.actor(username);
    }

    @Override
    public org.openics.record.AccountResult addAccount(Actor account, char[] password, Actor by) {
        Authorisation.require(by, RecordPermission.MANAGE_ACCOUNTS);
        org.openics.record.AccountResult result = accounts.add(account, password, by.username());
        audited(by, result, "add account " + account.username());
        return result;
    }

    @Override
    public org.openics.record.AccountResult registerFeed(String name, String organisation, Actor by) {
        Authorisation.require(by, RecordPermission.MANAGE_ACCOUNTS);
        org.openics.record.AccountResult result = accounts.registerFeed(name, organisation, by.username());
        audited(by, result, "register integration feed " + (name == null ? "for " + organisation : name));
        return result;
    }

    private void audited(Actor by, org.openics.record.AccountResult result, String what) {
        access.audit(by, Optional.empty(), "administration", what, result.done(), result.message());
    }

    @Override
    public List<Actor> accounts(Actor by) {
        Authorisation.require(by, RecordPermission.MANAGE_ACCOUNTS);
        return accounts.all();
    }

    @Override
    public long facts(AnalyticFacts.Kind kind, long sinceSequence, Consumer<AnalyticFacts.Change> sink) {
        return FactReader.readSince(store, kind, sinceSequence, sink);
    }

    // ---- opt-outs and residents' own rights (OptOuts, docs/opt-outs.md) ----

    @Override
    public org.openics.record.OptOutImport importOptOuts(Path file, org.openics.record.OptOutKind kind, Actor by) {
        Authorisation.require(by, RecordPermission.IMPORT_OPT_OUTS);
        return optOuts.importFile(file, kind, by);
    }

    @Override
    public List<org.openics.record.OptOutChoice> optOuts(PersonId person, Actor by) {
        return optOuts.choices(ownNhsNumber(person, by));
    }

    @Override
    public org.openics.record.AccountResult recordOptOut(PersonId person, org.openics.record.OptOutKind kind, boolean optedOut, Actor by) {
        NhsNumber nhsNumber;
        try {
            nhsNumber = ownNhsNumber(person, by);
        } catch (IllegalArgumentException e) {
            return org.openics.record.AccountResult.refused(e.getMessage());
        }
        return optOuts.record(person.value(), nhsNumber, kind, optedOut, by);
    }

    /** The person's NHS number, for the resident themselves (any other person is refused) or an administrator. */
    private NhsNumber ownNhsNumber(PersonId person, Actor by) {
        Authorisation.require(by, RecordPermission.RECORD_OPT_OUT);
        Optional<NhsNumber> nhsNumber = optOuts.nhsNumberOf(person.value());
        if (by.role() == org.openics.kernel.UserRole.RESIDENT && (nhsNumber.isEmpty() || !nhsNumber.equals(by.nhsNumber()))) {
            access.audit(by, Optional.of(person.value()), "opt-out", "opt-out choices of another person", false,
                    "a resident may record only their own choices");
            throw new org.openics.kernel.NotAuthorised(by, RecordPermission.RECORD_OPT_OUT);
        }
        return nhsNumber.orElseThrow(() -> new IllegalArgumentException("person " + person.value()
                + " has no verified NHS number: opt-outs are kept by NHS number"));
    }

    @Override
    public org.openics.record.OptOutExclusions optOutExclusions() {
        return optOuts.exclusions();
    }

    @Override
    public String download(PersonId person, Actor by) {
        Authorisation.require(by, RecordPermission.DOWNLOAD_OWN_RECORD);
        AccessDecision decision = requestAccess(new AccessRequest(by, person, "download of the whole record (Patient $everything, one JSON file)",
                "own record", Optional.empty()));
        if (!decision.granted()) {
            throw new org.openics.kernel.NotAuthorised(by, RecordPermission.DOWNLOAD_OWN_RECORD);
        }
        return EverythingFile.json(store.everything(person.value()));
    }
}
