/** The demo consultations of the synthetic ICS (pure). */
package org.openics.engagement.demo;
