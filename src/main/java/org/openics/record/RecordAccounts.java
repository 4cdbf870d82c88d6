package org.openics.record;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openics.kernel.Actor;

/**
 * The record's accounts and integration feeds (administrators, or the operator on the command line), and residents'
 * own rights: opt-outs and the download of their record.
 */
public interface RecordAccounts {

    /**
     * Whoever runs a command line holds the store's credentials, so administers the record: the actor of command-line
     * changes (accounts, feeds, bulk loads), named so in the audit log.
     */
    Actor OPERATOR =
            new Actor("operator (command line)", org.openics.kernel.UserRole.ADMIN, Optional.empty(), Optional.empty());

    /** The record account (role, organisation) of a signed-in user, for other modules' pages and APIs. */
    Optional<Actor> account(String username);

    /**
     * Adds a person's account (administrators, or the operator on the command line): the password (at least 12
     * characters) is kept only as a BCrypt hash. Refused, with the reason, for a name already taken, a short password,
     * a staff role without an organisation, or a feed (feeds are registered with {@link #registerFeed}).
     */
    AccountResult addAccount(Actor account, char[] password, Actor by);

    /**
     * Registers an integration feed: a machine identity that sends one organisation's records (and reads none). Its
     * credential is made here and returned once in the result; only its hash is kept.
     */
    AccountResult registerFeed(String name, String organisation, Actor by);

    /** The accounts and feeds held in the store (not the demo's), by name; administrators only. */
    List<Actor> accounts(Actor by);

    /**
     * Loads opt-outs of one kind from a list of NHS numbers (one a line, or a CSV's first column) or from FHIR
     * {@code Consent} resources (a {@code .json} Bundle or resource, or {@code .ndjson}): every line or resource is
     * loaded or rejected with file:line and the reason, all in one transaction, audited; importing again changes
     * nothing. Administrators (the operator on the command line) only.
     */
    OptOutImport importOptOuts(Path file, OptOutKind kind, Actor by);

    /** The person's current choice for each kind of opt-out: the resident themselves, or an administrator. */
    java.util.List<OptOutChoice> optOuts(PersonId person, Actor by);

    /**
     * Records a person's choice for one kind of opt-out, audited: residents only for themselves, administrators for
     * anyone. Refused, with the reason in the result, for a person without a verified NHS number.
     */
    AccountResult recordOptOut(PersonId person, OptOutKind kind, boolean optedOut, Actor by);

    /** The resident's own record as one FHIR R4 Bundle (the content of Patient $everything) in JSON, audited. */
    String download(PersonId person, Actor by);
}
