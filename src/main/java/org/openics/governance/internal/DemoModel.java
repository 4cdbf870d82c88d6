package org.openics.governance.internal;

import org.openics.governance.demo.DemoGovernance;
import org.openics.governance.model.GovernanceModel;
import org.openics.platform.DemoResources;

/** The demo's governance model ({@value DemoGovernance#RESOURCE}), read and checked by the importer a real ICB's file goes through. */
public final class DemoModel {

    private DemoModel() {}

    /** The demo model document, as a board secretary would keep it. */
    public static String document() {
        return DemoResources.text(DemoGovernance.RESOURCE);
    }

    /** The demo model, read and checked by the governance importer. */
    public static GovernanceModel model() {
        return ModelImporter.read(document(), DemoGovernance.RESOURCE);
    }
}
