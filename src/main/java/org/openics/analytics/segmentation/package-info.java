/**
 * Segmentation of a population, person by person: the Cambridge Multimorbidity Score with its published
 * general-outcome weights and a Bridges-to-Health-style segment, both from the pseudonymised facts alone.
 * A named interface of the analytics module (segments and score conditions appear in cohort definitions).
 */
@org.springframework.modulith.NamedInterface("segmentation")
package org.openics.analytics.segmentation;
