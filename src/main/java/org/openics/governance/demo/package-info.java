/** Demo governance of the synthetic South East London ICS: invented people, real-shaped bodies, deliberate breaches. */
package org.openics.governance.demo;
