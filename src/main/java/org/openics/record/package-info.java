/**
 * Shared care record: ingests FHIR R4 from every provider, links it to one person by NHS number,
 * shows one integrated record per person to those with a legitimate relationship, audits every
 * access and feeds pseudonymised facts to analytics. One entry point per job: {@link org.openics.record.RecordIngest},
 * {@link org.openics.record.PersonIndex}, {@link org.openics.record.RecordAccess}, {@link org.openics.record.RecordAccounts},
 * {@link org.openics.record.RecordFacts} ({@link org.openics.record.SharedCareRecord}: a facade over them, during migration).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared care record",
        allowedDependencies = {"kernel", "platform", "registry"})
package org.openics.record;
