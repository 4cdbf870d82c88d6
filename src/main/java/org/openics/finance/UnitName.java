package org.openics.finance;

/** A unit practices are grouped into (a local authority, PCN, place, custom cluster ...), by code and name. */
public record UnitName(String code, String name) {

    public UnitName {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a unit has a code");
        }
        name = name == null || name.isBlank() ? code : name;
    }
}
