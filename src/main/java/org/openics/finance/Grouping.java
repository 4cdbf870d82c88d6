package org.openics.finance;

import java.util.Arrays;
import java.util.Optional;

/** How practices are grouped into units for need indices and allocations. */
public enum Grouping {
    /** Each practice on its own (from the file). */
    PRACTICE("practice", true),
    /** The practice's primary care network, as the file gives it (the 2022/23 file only). */
    PCN("pcn", true),
    /** The sub-ICB location, as the file gives it (LOC22; the 2022/23 file only). */
    SUB_ICB("sub-icb", true),
    /** The upper-tier local authority (council with social care duties: LA21/UTLA21 in the file). */
    LOCAL_AUTHORITY("local-authority", true),
    /** The lower-tier local authority (district: LAD21/LTLA21 in the file); the same as upper tier in London. */
    DISTRICT("district", true),
    /** The registry's place (local care partnership) of the practice: needs the registry. */
    PLACE("place", false),
    /** A named custom cluster of practices, given as practice → cluster. */
    CUSTOM("custom", true);

    private final String option;
    private final boolean fromFile;

    Grouping(String option, boolean fromFile) {
        this.option = option;
        this.fromFile = fromFile;
    }

    /** As written on the command line and in URLs: "local-authority". */
    public String option() {
        return option;
    }

    /** True when the weighted-populations file alone defines the units (no registry needed). */
    public boolean fromFile() {
        return fromFile;
    }

    public static Optional<Grouping> parse(String text) {
        return Arrays.stream(values())
                .filter(g -> g.option.equalsIgnoreCase(text) || g.name().equalsIgnoreCase(text))
                .findFirst();
    }
}
