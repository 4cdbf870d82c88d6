/** The synthetic demo estate of the demo ICS (pure, deterministic). */
package org.openics.estates.demo;
