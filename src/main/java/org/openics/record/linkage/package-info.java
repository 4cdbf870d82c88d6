/** Linkage: deterministic rules that decide which person a patient record belongs to. */
package org.openics.record.linkage;
