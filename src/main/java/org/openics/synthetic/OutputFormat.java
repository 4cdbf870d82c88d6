package org.openics.synthetic;

/** How the generated records are laid out on disk. */
public enum OutputFormat {
    /** One NDJSON file per resource type (the FHIR bulk data shape). */
    NDJSON,
    /** {@code Bundle.ndjson}: one transaction bundle per person, one bundle per line. */
    BUNDLES
}
