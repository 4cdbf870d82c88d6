package org.openics.record;

/**
 * The shared care record as one facade over its entry points by job — {@link RecordIngest}, {@link PersonIndex},
 * {@link RecordAccess}, {@link RecordAccounts}, {@link RecordFacts} — kept during the migration for the command line
 * and the tests, which use several jobs at once. New code takes the entry point of the job it needs.
 */
public interface SharedCareRecord extends RecordIngest, PersonIndex, RecordAccess, RecordAccounts, RecordFacts {}
