package org.openics.registry;

import java.time.LocalDate;
import org.openics.registry.demo.DemoIcs;
import org.openics.registry.domain.RegistryState;

/**
 * The built-in synthetic demo ICS in memory, without a database: for commands (such as the
 * generator) that need its shape only. {@link #ICB_CODE} is its ICB; the same content is what
 * {@link Registry#loadDemoIcs()} stores.
 */
public final class DemoSystem {

    public static final String ICB_CODE = DemoIcs.ICB.value();

    private DemoSystem() {}

    public static SystemOfSystems asAt(LocalDate date) {
        RegistryState state = RegistryState.empty();
        DemoIcs.loadInto(state);
        return state.asAt(date);
    }
}
