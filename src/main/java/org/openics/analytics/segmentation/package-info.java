/**
 * Segmentation of a population, person by person: the Cambridge Multimorbidity Score with its published
 * general-outcome weights and a Bridges-to-Health-style segment, both from the pseudonymised facts alone.
 */
package org.openics.analytics.segmentation;
