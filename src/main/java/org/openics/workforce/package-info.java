/**
 * Workforce: "one workforce" across the ICS's employers — staff in post and establishment per organisation, staff
 * group and place (FTE and headcount, effective-dated), vacancies, turnover, sickness, agency and bank use, staff
 * deployed between partners (secondments, joint posts, shared bank, passport transfers), and GP and nurse FTE per
 * head of population compared between places. Aggregates and pseudonymous ids only: no identifiable staff data.
 * The entry point is {@link org.openics.workforce.Workforce}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Workforce",
        allowedDependencies = {"kernel", "platform", "registry", "analytics", "analytics :: statistics"})
package org.openics.workforce;
