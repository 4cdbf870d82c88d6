/**
 * Shared care record: ingests FHIR R4 from every provider, links it to one person by NHS number,
 * shows one integrated record per person to those with a legitimate relationship, audits every
 * access and feeds pseudonymised facts to analytics. The entry point is {@link org.openics.record.SharedCareRecord}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared care record", allowedDependencies = {"kernel", "platform", "registry"})
package org.openics.record;
