/**
 * Dashboard: the system dashboard's indicator pages — the ICS overview with RAG and segmentation of
 * places, drill-down ICS → place → PCN → practice, indicator pages with funnel and caterpillar charts,
 * and inequalities per place. It reads analytics results through {@link org.openics.analytics.PopulationHealth}
 * and names through {@link org.openics.registry.Registry}, a place's adopted innovations through
 * {@link org.openics.engagement.Engagement}; it has no tables and no API of its own.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Dashboard",
        allowedDependencies = {
            "kernel",
            "analytics",
            "analytics :: statistics",
            "registry",
            "geography",
            "platform",
            "engagement"
        })
package org.openics.dashboard;
