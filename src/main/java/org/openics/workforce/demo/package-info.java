/** The synthetic demo workforce of the demo ICS (pure, deterministic). */
package org.openics.workforce.demo;
