package org.openics.synthetic.population;

/** The NHS Data Dictionary ethnic category (England), with its broad census group. */
public enum Ethnicity {
    A("A", "British", Group.WHITE),
    B("B", "Irish", Group.WHITE),
    C("C", "Any other White background", Group.WHITE),
    D("D", "White and Black Caribbean", Group.MIXED),
    E("E", "White and Black African", Group.MIXED),
    F("F", "White and Asian", Group.MIXED),
    G("G", "Any other mixed background", Group.MIXED),
    H("H", "Indian", Group.ASIAN),
    J("J", "Pakistani", Group.ASIAN),
    K("K", "Bangladeshi", Group.ASIAN),
    L("L", "Any other Asian background", Group.ASIAN),
    M("M", "Caribbean", Group.BLACK),
    N("N", "African", Group.BLACK),
    P("P", "Any other Black background", Group.BLACK),
    R("R", "Chinese", Group.OTHER),
    S("S", "Any other ethnic group", Group.OTHER),
    Z("Z", "Not stated", Group.NOT_STATED);

    /** Broad groups of the 2021 Census. */
    public enum Group {
        WHITE,
        MIXED,
        ASIAN,
        BLACK,
        OTHER,
        NOT_STATED
    }

    private final String code;
    private final String display;
    private final Group group;

    Ethnicity(String code, String display, Group group) {
        this.code = code;
        this.display = display;
        this.group = group;
    }

    public String code() {
        return code;
    }

    public String display() {
        return display;
    }

    public Group group() {
        return group;
    }

    /** Black, Asian, mixed or other ethnic group (the census "non-White" groups). */
    public boolean minority() {
        return group != Group.WHITE && group != Group.NOT_STATED;
    }
}
