/** The reader of ERIC-shaped site returns (pure): each row becomes a site or a rejection with its line and reason. */
package org.openics.estates.importing;
