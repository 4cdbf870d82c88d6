/**
 * Cohorts: who in the population meets a definition (conditions, observations and their recency,
 * demographics, place, segment, multimorbidity), counted with small numbers suppressed for analysts, listed by
 * name only for staff with a direct-care relationship. The entry point is {@link org.openics.analytics.cohorts.Cohorts};
 * this package is a named interface of the analytics module.
 */
@org.springframework.modulith.NamedInterface("cohorts")
package org.openics.analytics.cohorts;
