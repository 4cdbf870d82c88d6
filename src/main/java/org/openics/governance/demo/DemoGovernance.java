package org.openics.governance.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.openics.governance.DecideItem;
import org.openics.governance.ProposedDecision;
import org.openics.governance.Votes;

/**
 * The governance of the synthetic South East London ICS (registry code QZZ): the ICB board and its
 * committees, the ICP, six local care partnership committees, the acute and mental health collaboratives,
 * the health and wellbeing boards and a neighbourhood team, with invented people. The model is the resource
 * {@value #RESOURCE}, in the format of {@code governance import --model}, read by the same importer
 * ({@code governance.internal.DemoModel}: reading YAML is an adapter's job); the registry codes used there are
 * those of the registry's demo ICS.
 *
 * <p>Deliberate breaches, so the validation report has something to show: the board's general practice
 * partner member's term ends on 31 March 2026 and is not filled; one non-executive is also a non-executive
 * director of Lewisham and Greenwich NHS Trust; the ICP lacks Bexley council as a core member.
 *
 * <p>On 1 April 2026 the board delegates primary medical contracts of up to £3m to the place committees,
 * so the same decision routes differently before and after.
 */
public final class DemoGovernance {

    /** The demo's governance model, on the class path. */
    public static final String RESOURCE = "demo/governance.yaml";

    public static final String ICB = "QZZ";
    public static final String BOARD = "QZZ-BOARD";
    public static final String PRIMARY_CARE_COMMITTEE = "QZZ-PCC";
    public static final LocalDate START = LocalDate.of(2026, 1, 1);
    public static final LocalDate PLACE_DELEGATION = LocalDate.of(2026, 4, 1);
    public static final String LAMBETH = "LCPZ-E09000022";
    public static final String LAMBETH_COMMITTEE = LAMBETH + "-COM";
    /** A Lambeth practice of the demo registry, the counterparty of the demo's contract decisions. */
    public static final String LAMBETH_PRACTICE = "Z00100";

    private DemoGovernance() {}

    /**
     * Three items for the Lambeth committee after the place delegation: a contract approved with the
     * conflicted GP member excluded, the same kind of decision refused as inquorate when her exclusion
     * leaves too few members, and a confidential estates decision.
     */
    public static List<DecideItem> meetings() {
        LocalDate may = LocalDate.of(2026, 5, 14);
        LocalDate june = LocalDate.of(2026, 6, 11);
        Set<String> fullMeeting = Set.of("lam-lead", "lam-gp", "lam-council", "lam-lay", "lam-vcs");
        Set<String> thinMeeting = Set.of("lam-lead", "lam-gp", "lam-council", "lam-lay");
        return List.of(
                new DecideItem(
                        LAMBETH_COMMITTEE,
                        may,
                        "Award of an APMS contract to a Lambeth practice",
                        "Award a five-year APMS contract worth £2,000,000 to practice " + LAMBETH_PRACTICE,
                        new ProposedDecision("PRIMARY_MEDICAL", 2_000_000, LAMBETH, List.of(LAMBETH_PRACTICE), may),
                        fullMeeting,
                        new Votes(4, 0, 0, false),
                        null),
                new DecideItem(
                        LAMBETH_COMMITTEE,
                        may,
                        "Lease of a neighbourhood health hub in Brixton",
                        "Agree heads of terms for a ten-year lease (£450,000)",
                        new ProposedDecision("COMMUNITY_SERVICES", 450_000, LAMBETH, List.of(), may),
                        fullMeeting,
                        Votes.byConsensus(),
                        "commercial interests (Freedom of Information Act 2000, section 43)"),
                new DecideItem(
                        LAMBETH_COMMITTEE,
                        june,
                        "Extension of the practice's APMS contract by two years",
                        "Extend the APMS contract of practice " + LAMBETH_PRACTICE + " by two years (£800,000)",
                        new ProposedDecision("PRIMARY_MEDICAL", 800_000, LAMBETH, List.of(LAMBETH_PRACTICE), june),
                        thinMeeting,
                        new Votes(3, 0, 0, false),
                        null));
    }
}
