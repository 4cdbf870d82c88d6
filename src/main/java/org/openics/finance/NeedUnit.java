package org.openics.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A group of practices (a local authority, PCN, place, practice or custom cluster) with its need per component. */
public record NeedUnit(String code, String name, int practices, BigDecimal registered, List<ComponentNeed> components) {

    public NeedUnit {
        components = List.copyOf(components);
    }

    public Optional<ComponentNeed> component(NeedComponent component) {
        return components.stream().filter(c -> c.component() == component).findFirst();
    }
}
