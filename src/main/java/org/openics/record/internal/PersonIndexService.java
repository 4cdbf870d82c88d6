package org.openics.record.internal;

import java.util.List;
import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.kernel.NhsNumber;
import org.openics.record.MergeResult;
import org.openics.record.PersonId;
import org.openics.record.PersonIndex;
import org.openics.record.PersonMerge;
import org.openics.record.RecordPermission;
import org.openics.record.linkage.LinkMethod;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The master person index ({@link PersonIndex}): look-up by NHS number, merges, re-identification for direct care. */
@Service
@Primary // the job's entry point; SharedCareRecord's facade delegates here
class PersonIndexService implements PersonIndex {

    private final JdbcRecordStore store;
    private final PersonMerges merges;
    private final AccessService access;
    private final TransactionTemplate transactions;
    private final Reidentifier reidentifier;

    PersonIndexService(
            JdbcRecordStore store,
            PersonMerges merges,
            AccessService access,
            TransactionTemplate transactions,
            Reidentifier reidentifier) {
        this.store = store;
        this.merges = merges;
        this.access = access;
        this.transactions = transactions;
        this.reidentifier = reidentifier;
    }

    @Override
    public Optional<PersonId> personByNhsNumber(NhsNumber nhsNumber) {
        return store.personByNhsNumber(nhsNumber.value()).map(PersonId::new);
    }

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
                return new MergeResult(
                        false,
                        "person " + from.value() + " is already merged into person "
                                + away.get().into().value() + " (merge "
                                + away.get().id() + "); unmerge that first",
                        0);
            }
            Optional<PersonMerge> target = merges.activeFrom(into.value());
            if (target.isPresent()) {
                return new MergeResult(
                        false,
                        "person " + into.value() + " is itself merged into person "
                                + target.get().into().value() + " (merge "
                                + target.get().id() + "); merge into person "
                                + target.get().into().value() + " instead",
                        0);
            }
            List<String> patients = store.patientsOf(from.value());
            long id = store.recordMerge(from.value(), into.value(), patients, actor.username(), reason);
            store.moveLinks(patients, into.value(), LinkMethod.MERGED.name());
            String what = "merge " + from.value() + " into " + into.value() + " (merge " + id + ")";
            access.record(actor, Optional.of(into.value()), what, reason);
            access.record(actor, Optional.of(from.value()), what, reason);
            return new MergeResult(
                    true,
                    "merged " + patients.size() + " patient record(s) of person " + from.value() + " into person "
                            + into.value() + ": " + reason,
                    id);
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
                return new MergeResult(
                        false,
                        "merge " + mergeId + " was already undone on "
                                + done.unmergedAt().orElseThrow()
                                + done.unmergedBy().map(by -> " by " + by).orElse(""),
                        mergeId);
            }
            store.moveLinks(done.patientRecords(), done.from().value(), LinkMethod.MERGED.name());
            store.markUnmerged(mergeId, actor.username());
            String what = "unmerge " + mergeId + " (" + done.from().value() + " from "
                    + done.into().value() + ")";
            access.record(actor, Optional.of(done.from().value()), what, reason);
            access.record(actor, Optional.of(done.into().value()), what, reason);
            return new MergeResult(
                    true,
                    "returned " + done.patientRecords().size() + " patient record(s) to person "
                            + done.from().value(),
                    mergeId);
        });
    }

    /** Why an administrative change of the person index is refused before it starts, or null. */
    private static String administrative(Actor actor, String reason, String action) {
        if (!Authorisation.allows(actor, RecordPermission.MERGE_PERSONS)) {
            return "only an administrator can make " + action + " (" + actor.username() + " is a "
                    + actor.role().label() + ")";
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
    public org.openics.record.Reidentification reidentify(
            Actor actor, java.util.Collection<String> pseudonyms, String purpose) {
        return reidentifier.reidentify(actor, pseudonyms, purpose);
    }
}
