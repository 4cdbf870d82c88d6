/** The workforce's arithmetic (pure): which return is in force, deployments on a date, rates and per-capita comparisons. */
package org.openics.workforce.staffing;
