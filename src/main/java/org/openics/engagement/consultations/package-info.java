/** The rules of consultations and their responses (pure: no Spring, JDBC or servlet types). */
package org.openics.engagement.consultations;
