/** Opt-outs: reading lists of opted-out NHS numbers and FHIR Consent choices into decisions with reasons (pure). */
package org.openics.record.optout;
