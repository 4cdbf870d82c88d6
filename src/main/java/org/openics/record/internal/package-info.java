/** Adapters of the shared care record: HAPI FHIR parsing, validation and REST server, PostgreSQL store, web pages, security. */
package org.openics.record.internal;
