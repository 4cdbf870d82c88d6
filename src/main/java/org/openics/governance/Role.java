package org.openics.governance;

/** Roles on a body. Independent roles are the chair and the non-executives. */
public enum Role {
    CHAIR("Chair", true, false),
    NON_EXECUTIVE("Independent non-executive member", true, false),
    CHIEF_EXECUTIVE("Chief executive", false, true),
    DIRECTOR_OF_FINANCE("Director of finance", false, true),
    DIRECTOR_OF_NURSING("Director of nursing", false, true),
    MEDICAL_DIRECTOR("Medical director", false, true),
    PARTNER_MEMBER_TRUST("Partner member (NHS trusts)", false, false),
    PARTNER_MEMBER_GENERAL_PRACTICE("Partner member (general practice)", false, false),
    PARTNER_MEMBER_LOCAL_AUTHORITY("Partner member (local authority)", false, false),
    PLACE_EXECUTIVE_LEAD("Place executive lead", false, true),
    CORE_MEMBER("Core member (representing an organisation)", false, false),
    MEMBER("Member", false, false);

    private final String label;
    private final boolean independent;
    private final boolean executive;

    Role(String label, boolean independent, boolean executive) {
        this.label = label;
        this.independent = independent;
        this.executive = executive;
    }

    public String label() {
        return label;
    }

    public boolean independent() {
        return independent;
    }

    public boolean executive() {
        return executive;
    }
}
