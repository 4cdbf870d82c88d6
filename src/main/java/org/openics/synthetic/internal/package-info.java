/** Adapters of the synthetic population: FHIR R4 JSON (Jackson streaming), files, defects and parallel chunks. */
package org.openics.synthetic.internal;
