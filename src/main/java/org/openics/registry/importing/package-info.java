/**
 * Readers of the published registry files (NHS Digital, NHS England, MHCLG/ONS): each recognises its
 * format from the header and asserts what each row says into the dated registry state, or rejects the
 * row with its reason. Framework-free.
 */
package org.openics.registry.importing;
