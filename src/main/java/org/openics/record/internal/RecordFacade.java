package org.openics.record.internal;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.openics.kernel.Actor;
import org.openics.kernel.NhsNumber;
import org.openics.platform.ProgressListener;
import org.openics.record.AccessDecision;
import org.openics.record.AccessRequest;
import org.openics.record.AccountResult;
import org.openics.record.AnalyticFact;
import org.openics.record.AnalyticFacts;
import org.openics.record.AuditEntry;
import org.openics.record.AuditVerification;
import org.openics.record.IngestOptions;
import org.openics.record.IngestReport;
import org.openics.record.MergeResult;
import org.openics.record.OptOutChoice;
import org.openics.record.OptOutExclusions;
import org.openics.record.OptOutImport;
import org.openics.record.OptOutKind;
import org.openics.record.PersonId;
import org.openics.record.PersonIndex;
import org.openics.record.PersonMerge;
import org.openics.record.QuarantinedResource;
import org.openics.record.RecordAccess;
import org.openics.record.RecordAccounts;
import org.openics.record.RecordFacts;
import org.openics.record.RecordIngest;
import org.openics.record.Reidentification;
import org.openics.record.SharedCareRecord;
import org.openics.record.SourceStatistics;
import org.openics.record.StoreDigest;
import org.springframework.stereotype.Component;

/** {@link SharedCareRecord} during the migration: each call handed to the entry point of its job, nothing else. */
@Component
class RecordFacade implements SharedCareRecord {

    private final RecordIngest ingest;
    private final PersonIndex persons;
    private final RecordAccess access;
    private final RecordAccounts accounts;
    private final RecordFacts facts;

    RecordFacade(
            RecordIngest ingest, PersonIndex persons, RecordAccess access, RecordAccounts accounts, RecordFacts facts) {
        this.ingest = ingest;
        this.persons = persons;
        this.access = access;
        this.accounts = accounts;
        this.facts = facts;
    }

    @Override
    public IngestReport ingest(List<Path> paths, IngestOptions options, ProgressListener progress) {
        return ingest.ingest(paths, options, progress);
    }

    @Override
    public List<QuarantinedResource> quarantine(int limit, boolean includeReleased) {
        return ingest.quarantine(limit, includeReleased);
    }

    @Override
    public IngestReport reprocessQuarantine(ProgressListener progress) {
        return ingest.reprocessQuarantine(progress);
    }

    @Override
    public List<SourceStatistics> sourceStatistics() {
        return ingest.sourceStatistics();
    }

    @Override
    public Optional<PersonId> personByNhsNumber(NhsNumber nhsNumber) {
        return persons.personByNhsNumber(nhsNumber);
    }

    @Override
    public MergeResult merge(PersonId from, PersonId into, Actor actor, String reason) {
        return persons.merge(from, into, actor, reason);
    }

    @Override
    public MergeResult unmerge(long mergeId, Actor actor, String reason) {
        return persons.unmerge(mergeId, actor, reason);
    }

    @Override
    public List<PersonMerge> merges(Optional<PersonId> person, int limit) {
        return persons.merges(person, limit);
    }

    @Override
    public Optional<PersonMerge> merge(long mergeId) {
        return persons.merge(mergeId);
    }

    @Override
    public Reidentification reidentify(Actor actor, Collection<String> pseudonyms, String purpose) {
        return persons.reidentify(actor, pseudonyms, purpose);
    }

    @Override
    public AccessDecision requestAccess(AccessRequest request) {
        return access.requestAccess(request);
    }

    @Override
    public List<AuditEntry> accessesTo(PersonId person) {
        return access.accessesTo(person);
    }

    @Override
    public AuditVerification verifyAudit() {
        return access.verifyAudit();
    }

    @Override
    public StoreDigest digest() {
        return access.digest();
    }

    @Override
    public Optional<Actor> account(String username) {
        return accounts.account(username);
    }

    @Override
    public AccountResult addAccount(Actor account, char[] password, Actor by) {
        return accounts.addAccount(account, password, by);
    }

    @Override
    public AccountResult registerFeed(String name, String organisation, Actor by) {
        return accounts.registerFeed(name, organisation, by);
    }

    @Override
    public List<Actor> accounts(Actor by) {
        return accounts.accounts(by);
    }

    @Override
    public OptOutImport importOptOuts(Path file, OptOutKind kind, Actor by) {
        return accounts.importOptOuts(file, kind, by);
    }

    @Override
    public List<OptOutChoice> optOuts(PersonId person, Actor by) {
        return accounts.optOuts(person, by);
    }

    @Override
    public AccountResult recordOptOut(PersonId person, OptOutKind kind, boolean optedOut, Actor by) {
        return accounts.recordOptOut(person, kind, optedOut, by);
    }

    @Override
    public String download(PersonId person, Actor by) {
        return accounts.download(person, by);
    }

    @Override
    public <T extends AnalyticFact> void facts(Class<T> kind, Consumer<? super T> sink) {
        facts.facts(kind, sink);
    }

    @Override
    public <T extends AnalyticFact> long facts(
            Class<T> kind, long sinceSequence, Consumer<? super AnalyticFacts.Change<T>> sink) {
        return facts.facts(kind, sinceSequence, sink);
    }

    @Override
    public OptOutExclusions optOutExclusions() {
        return facts.optOutExclusions();
    }
}
