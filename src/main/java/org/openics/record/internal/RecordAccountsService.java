package org.openics.record.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.kernel.NhsNumber;
import org.openics.record.AccessDecision;
import org.openics.record.AccessRequest;
import org.openics.record.PersonId;
import org.openics.record.RecordAccounts;
import org.openics.record.RecordPermission;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;

/** Accounts, integration feeds and residents' own rights ({@link RecordAccounts}), each change audited. */
@Service
@Primary // the job's entry point; SharedCareRecord's facade delegates here
class RecordAccountsService implements RecordAccounts {

    private final Accounts accounts;
    private final AccessService access;
    private final OptOuts optOuts;
    private final JdbcRecordStore store;

    RecordAccountsService(Accounts accounts, AccessService access, OptOuts optOuts, JdbcRecordStore store) {
        this.accounts = accounts;
        this.access = access;
        this.optOuts = optOuts;
        this.store = store;
    }

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
    public org.openics.record.OptOutImport importOptOuts(Path file, org.openics.record.OptOutKind kind, Actor by) {
        Authorisation.require(by, RecordPermission.IMPORT_OPT_OUTS);
        return optOuts.importFile(file, kind, by);
    }

    @Override
    public List<org.openics.record.OptOutChoice> optOuts(PersonId person, Actor by) {
        return optOuts.choices(ownNhsNumber(person, by));
    }

    @Override
    public org.openics.record.AccountResult recordOptOut(
            PersonId person, org.openics.record.OptOutKind kind, boolean optedOut, Actor by) {
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
        if (by.role() == org.openics.kernel.UserRole.RESIDENT
                && (nhsNumber.isEmpty() || !nhsNumber.equals(by.nhsNumber()))) {
            access.audit(
                    by,
                    Optional.of(person.value()),
                    "opt-out",
                    "opt-out choices of another person",
                    false,
                    "a resident may record only their own choices");
            throw new org.openics.kernel.NotAuthorised(by, RecordPermission.RECORD_OPT_OUT);
        }
        return nhsNumber.orElseThrow(() -> new IllegalArgumentException(
                "person " + person.value() + " has no verified NHS number: opt-outs are kept by NHS number"));
    }

    @Override
    public String download(PersonId person, Actor by) {
        Authorisation.require(by, RecordPermission.DOWNLOAD_OWN_RECORD);
        AccessDecision decision = access.decide(new AccessRequest(
                by,
                person,
                "download of the whole record (Patient $everything, one JSON file)",
                "own record",
                Optional.empty()));
        if (!decision.granted()) {
            throw new org.openics.kernel.NotAuthorised(by, RecordPermission.DOWNLOAD_OWN_RECORD);
        }
        return EverythingFile.json(store.everything(person.value()));
    }
}
