package org.openics.finance.capital;

import java.util.List;

/** Mutually exclusive options for one need (e.g. refurbish or rebuild a ward block): at most one is funded. */
public record OptionGroup(String name, List<BidId> options) {

    public OptionGroup {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an option group needs a name");
        }
        name = name.strip();
        options = List.copyOf(options);
    }
}
