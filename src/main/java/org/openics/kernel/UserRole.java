package org.openics.kernel;

/**
 * What a signed-in user is, which decides what they may see and change in every module. Each module states which roles
 * may do each of its actions as a {@link Permission}; its entry point checks them with {@link Authorisation}.
 */
public enum UserRole {
    /** Direct care in a GP practice, trust or community service: reads the records of people they care for. */
    CLINICIAN("Clinician"),
    /** Social care or community care staff: direct care, with the same relationship rule as clinicians. */
    CARE_WORKER("Care worker"),
    /** ICB or council analyst: aggregate and pseudonymised data only, never a named person's record. */
    ANALYST("Analyst"),
    /** A resident: their own record, who looked at it, and their own choices. */
    RESIDENT("Resident"),
    /** The platform's operator: accounts, feeds, merges of the person index; not a domain's content. */
    ADMIN("Administrator"),
    /** The board secretary or corporate governance team: the constitution, bodies, seats, interests, the scheme. */
    GOVERNANCE_ADMIN("Governance administrator"),
    /** A director of finance or a place or council finance lead: allocations, budgets, risk shares, capital. */
    FINANCE_LEAD("Finance lead"),
    /** Elective, diagnostic or operational planning across providers: waiting lists, mutual aid. */
    OPERATIONS_LEAD("Operations lead"),
    /** Workforce planning across employers: staff in post, establishment, deployment. */
    WORKFORCE_LEAD("Workforce lead"),
    /** Estates across partners: sites, utilisation, backlog maintenance, local care hubs. */
    ESTATES_LEAD("Estates lead"),
    /** Engagement and communications: consultations, the citizens' panel, "you said, we did", innovation. */
    ENGAGEMENT_LEAD("Engagement lead"),
    /**
     * A registered integration feed: the machine identity of one organisation's system (a trust's EPR, a practice's GP
     * system) that sends that organisation's records. It writes only for the organisations it is registered for and
     * reads nothing.
     */
    INTEGRATION_FEED("Integration feed");

    private final String label;

    UserRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
