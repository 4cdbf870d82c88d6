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
            tally.add(processor.commit(await(pending.poll()), source, false, known));
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

    /** A chunk received over HTTP (FHIR transaction or batch, or an NDJSON feed). */
    ChunkOutcome ingest(List<Incoming> chunk, String source, boolean allOrNothing) {
        return processor.process(chunk, source, allOrNothing, ChunkProcessor.concurrentSet());
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
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        store.eachAuditEntry(verifier::accept);
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
        if (actor.role() != org.openics.kernel.UserRole.ADMIN) {
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

    @Override
    public Optional<Actor> account(String username) {
        return Optional.ofNullable(LocalAccounts.ACCOUNTS.get(username));
    }

    @Override
    public long facts(AnalyticFacts.Kind kind, long sinceSequence, Consumer<AnalyticFacts.Change> sink) {
        return FactReader.readSince(store, kind, sinceSequence, sink);
    }
}
