package org.openics.estates;

import java.time.LocalDate;
import java.util.List;
import org.openics.kernel.Actor;

/**
 * The estates module's one entry point. Every method checks the actor's role ({@link EstatesPermission}); every write
 * is logged with who, when and what.
 */
public interface Estates {

    /**
     * Imports an ERIC-shaped site return. Good rows load in one transaction; bad rows are rejected with file:line:reason;
     * importing the same file again changes nothing.
     *
     * @param period the first day of the year the return counts (ERIC returns are by financial year: 1 April)
     */
    EstatesImport importSites(String fileName, String text, LocalDate period, Actor actor);

    /** Every site as at a date (its latest return on or before it). */
    List<Site> sites(LocalDate asAt, Actor actor);

    /** The estate per place as at a date, with deprivation. */
    List<PlaceEstate> places(LocalDate asAt, Actor actor);

    /** Saves (adds or replaces) a local care hub on a site. */
    EditOutcome saveHub(Hub hub, Actor actor);

    /**
     * Saves a hub as people type it: one service a line as {@code service | provider | PCN PCN ...}, one neighbourhood a line as
     * {@code PCN, latitude, longitude}; refused with every bad line named.
     */
    EditOutcome saveHub(String siteCode, String name, String services, String neighbourhoods, Actor actor);

    /** Every hub with how far it is from the neighbourhoods it serves. */
    List<HubCoverage> hubs(LocalDate asAt, Actor actor);

    /** Records an estate plan (id 0) or replaces one (its id). */
    EditOutcome savePlan(EstatePlan plan, Actor actor);

    List<EstatePlan> plans(Actor actor);

    /** Every plan's capital bid looked up in the finance module's capital rounds (plans without a bid reference are left out). */
    List<CapitalBidLink> capitalBids(LocalDate asAt, Actor actor);

    /** Loads the synthetic demo estate when the demo ICS is in the registry and no estate is stored; true when loaded now. */
    boolean loadDemo();
}
