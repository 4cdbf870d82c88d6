/** Ingestion rules: what makes a FHIR resource acceptable to the record, as decisions with reasons. */
package org.openics.record.ingest;
