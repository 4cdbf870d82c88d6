/** Readers of the workforce returns' CSV shapes (pure): each row becomes figures or a rejection with its line and reason. */
package org.openics.workforce.importing;
