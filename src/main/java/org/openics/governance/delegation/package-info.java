/** The scheme of reservation and delegation read as rules: routing a proposed decision and the public decision map. */
package org.openics.governance.delegation;
