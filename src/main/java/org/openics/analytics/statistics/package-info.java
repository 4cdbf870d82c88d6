/**
 * Statistics as the OHID/PHE Fingertips technical guidance and the PHEindicatormethods package define
 * them: proportions (Wilson), crude rates (exact Poisson below 10 events, Byar's from 10), directly
 * standardised rates (Dobson, ESP 2013), indirectly standardised ratios and rates, means (Student's t),
 * life expectancy (Chiang II with Silcocks' last band), slope and relative index of inequality and
 * funnel-plot limits. Pure functions of numbers; framework-free; this package is the module's public API.
 */
@org.springframework.modulith.NamedInterface("statistics")
package org.openics.analytics.statistics;
