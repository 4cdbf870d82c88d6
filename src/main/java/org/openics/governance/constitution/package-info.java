/** Constitution rules checked against bodies: each result says whether the rule is met and why. */
package org.openics.governance.constitution;
