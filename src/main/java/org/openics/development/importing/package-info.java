/** Readers of the files an ICS keeps about its own development (the conditions for success and their assessments). */
package org.openics.development.importing;
