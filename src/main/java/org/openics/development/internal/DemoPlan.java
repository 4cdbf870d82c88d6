package org.openics.development.internal;

import org.openics.development.DevelopmentPlan;
import org.openics.development.demo.DemoDevelopment;
import org.openics.platform.DemoResources;

/** The demo's development plan ({@value DemoDevelopment#PLAN}), read as {@code plan import} reads a plan (YAML: an adapter's job). */
public final class DemoPlan {

    private DemoPlan() {}

    /** The seventeen work areas of the demo system development plan. */
    public static DevelopmentPlan plan() {
        return PlanImporter.read(DemoResources.text(DemoDevelopment.PLAN), DemoDevelopment.PLAN);
    }
}
