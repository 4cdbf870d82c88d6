/** The workforce pages' SVG charts (pure): rates by place with intervals, and plan trajectories against need. */
package org.openics.workforce.charts;
