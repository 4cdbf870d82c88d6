package org.openics.governance.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openics.governance.Affiliation;
import org.openics.governance.Appointment;
import org.openics.governance.Body;
import org.openics.governance.BodyKind;
import org.openics.governance.ConstitutionRule;
import org.openics.governance.DecideItem;
import org.openics.governance.DeclaredInterest;
import org.openics.governance.DelegateKind;
import org.openics.governance.Delegation;
import org.openics.governance.FunctionCategory;
import org.openics.governance.GovernedFunction;
import org.openics.governance.InterestKind;
import org.openics.governance.Level;
import org.openics.governance.Person;
import org.openics.governance.ProposedDecision;
import org.openics.governance.QuorumRule;
import org.openics.governance.Role;
import org.openics.governance.RuleKind;
import org.openics.governance.Votes;
import org.openics.governance.model.GovernanceModel;

/**
 * The governance of the synthetic South East London ICS (registry code QZZ): the ICB board and its
 * committees, the ICP, six local care partnership committees, the acute and mental health collaboratives,
 * the health and wellbeing boards and a neighbourhood team, with invented people. The registry codes used
 * here are those of the registry's demo ICS.
 *
 * <p>Deliberate breaches, so the validation report has something to show: the board's general practice
 * partner member's term ends on 31 March 2026 and is not filled; one non-executive is also a non-executive
 * director of Lewisham and Greenwich NHS Trust; the ICP lacks Bexley council as a core member.
 *
 * <p>On 1 April 2026 the board delegates primary medical contracts of up to £3m to the place committees,
 * so the same decision routes differently before and after.
 */
public final class DemoGovernance {

    public static final String ICB = "QZZ";
    public static final String BOARD = "QZZ-BOARD";
    public static final String PRIMARY_CARE_COMMITTEE = "QZZ-PCC";
    public static final LocalDate START = LocalDate.of(2026, 1, 1);
    public static final LocalDate PLACE_DELEGATION = LocalDate.of(2026, 4, 1);
    public static final String LAMBETH = "LCPZ-E09000022";
    public static final String LAMBETH_COMMITTEE = LAMBETH + "-COM";
    /** A Lambeth practice of the demo registry, the counterparty of the demo's contract decisions. */
    public static final String LAMBETH_PRACTICE = "Z00100";
    static final String LEWISHAM_AND_GREENWICH = "RJ2";
    static final String SLAM = "RV5";

    /** The six boroughs: ONS code and name (in the registry's demo their place is "LCPZ-" + code and their council "LAZ-" + code). */
    static final List<String[]> BOROUGHS = List.of(
            new String[] {"E09000004", "Bexley"}, new String[] {"E09000006", "Bromley"}, new String[] {"E09000011", "Greenwich"},
            new String[] {"E09000022", "Lambeth"}, new String[] {"E09000023", "Lewisham"}, new String[] {"E09000028", "Southwark"});

    private static final String[] GIVEN = {"Amara", "Ben", "Chloe", "Dev", "Esther", "Femi", "Grace", "Hamid", "Imogen", "Jonah",
        "Kemi", "Liam", "Maya", "Nikhil", "Olu", "Priya", "Quentin", "Rosa", "Sam", "Tariq", "Uma", "Victor", "Wendy", "Yusuf"};
    private static final String[] FAMILY = {"Adeyemi", "Brennan", "Choudhury", "Dawson", "Evans", "Fischer", "Gallagher", "Hughes",
        "Iqbal", "Jones", "Kowalski", "Lindqvist", "Mensah", "Nowak", "O'Connor", "Patel", "Quinn", "Reid", "Santos", "Thompson"};

    private final List<Body> bodies = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Appointment> appointments = new ArrayList<>();
    private final List<Affiliation> affiliations = new ArrayList<>();
    private final List<DeclaredInterest> interests = new ArrayList<>();
    private final List<ConstitutionRule> rules = new ArrayList<>();
    private final List<GovernedFunction> functions = new ArrayList<>();
    private final List<Delegation> delegations = new ArrayList<>();
    private int nameSeq;

    private DemoGovernance() {
    }

    public static GovernanceModel model() {
        DemoGovernance demo = new DemoGovernance();
        demo.bodies();
        demo.rules();
        demo.scheme();
        return new GovernanceModel(ICB, demo.bodies, demo.people, demo.appointments, demo.affiliations, demo.interests, demo.rules,
                demo.functions, demo.delegations);
    }

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
                new DecideItem(LAMBETH_COMMITTEE, may, "Award of an APMS contract to a Lambeth practice",
                        "Award a five-year APMS contract worth £2,000,000 to practice " + LAMBETH_PRACTICE,
                        new ProposedDecision("PRIMARY_MEDICAL", 2_000_000, LAMBETH, List.of(LAMBETH_PRACTICE), may),
                        fullMeeting, new Votes(4, 0, 0, false), null),
                new DecideItem(LAMBETH_COMMITTEE, may, "Lease of a neighbourhood health hub in Brixton",
                        "Agree heads of terms for a ten-year lease (£450,000)",
                        new ProposedDecision("COMMUNITY_SERVICES", 450_000, LAMBETH, List.of(), may),
                        fullMeeting, Votes.byConsensus(), "commercial interests (Freedom of Information Act 2000, section 43)"),
                new DecideItem(LAMBETH_COMMITTEE, june, "Extension of the practice's APMS contract by two years",
                        "Extend the APMS contract of practice " + LAMBETH_PRACTICE + " by two years (£800,000)",
                        new ProposedDecision("PRIMARY_MEDICAL", 800_000, LAMBETH, List.of(LAMBETH_PRACTICE), june),
                        thinMeeting, new Votes(3, 0, 0, false), null));
    }

    private void bodies() {
        body(BOARD, "NHS South East London (synthetic) ICB board", BodyKind.ICB_BOARD, Level.SYSTEM, null, null, new QuorumRule(6, 1));
        seat("chair", "Dame Helen Ashworth", BOARD, Role.CHAIR, null);
        seat("ned-1", "Marcus Bellamy", BOARD, Role.NON_EXECUTIVE, null);
        seat("ned-2", "Harriet Okafor", BOARD, Role.NON_EXECUTIVE, null);
        seat("ned-3", "Professor Ian Whitlock", BOARD, Role.NON_EXECUTIVE, null);
        // deliberate breach: a non-executive of the ICB who is also a director of a partner trust
        affiliations.add(new Affiliation("ned-2", LEWISHAM_AND_GREENWICH, "non-executive director", START, null));
        seat("ceo", "Andrew Kinsella", BOARD, Role.CHIEF_EXECUTIVE, null);
        seat("dof", "Sunita Rao", BOARD, Role.DIRECTOR_OF_FINANCE, null);
        seat("don", "Patrick Osei", BOARD, Role.DIRECTOR_OF_NURSING, null);
        seat("md", "Dr Fiona Lam", BOARD, Role.MEDICAL_DIRECTOR, null);
        seat("pm-trust", "Jonathan Price", BOARD, Role.PARTNER_MEMBER_TRUST, "RJZ");
        affiliations.add(new Affiliation("pm-trust", "RJZ", "chief executive", START, null));
        seat("pm-la", "Cllr Joanne Mitchell", BOARD, Role.PARTNER_MEMBER_LOCAL_AUTHORITY, "LAZ-E09000028");
        // deliberate breach: the general practice partner member's term ends and is not filled
        people.add(new Person("pm-gp", "Dr Kwame Asante"));
        appointments.add(new Appointment("pm-gp", BOARD, Role.PARTNER_MEMBER_GENERAL_PRACTICE, null, START, LocalDate.of(2026, 3, 31)));

        body(PRIMARY_CARE_COMMITTEE, "Primary Care Commissioning Committee", BodyKind.BOARD_COMMITTEE, Level.SYSTEM, BOARD, null,
                new QuorumRule(3, 1));
        appointments.add(new Appointment("ned-1", PRIMARY_CARE_COMMITTEE, Role.CHAIR, null, START, null));
        appointments.add(new Appointment("dof", PRIMARY_CARE_COMMITTEE, Role.DIRECTOR_OF_FINANCE, null, START, null));
        appointments.add(new Appointment("md", PRIMARY_CARE_COMMITTEE, Role.MEDICAL_DIRECTOR, null, START, null));
        appointments.add(new Appointment("don", PRIMARY_CARE_COMMITTEE, Role.DIRECTOR_OF_NURSING, null, START, null));
        body("QZZ-AUDIT", "Audit and Risk Committee", BodyKind.BOARD_COMMITTEE, Level.SYSTEM, BOARD, null, new QuorumRule(2, 2));
        appointments.add(new Appointment("ned-3", "QZZ-AUDIT", Role.CHAIR, null, START, null));
        appointments.add(new Appointment("ned-1", "QZZ-AUDIT", Role.NON_EXECUTIVE, null, START, null));
        body("QZZ-FPC", "Finance and Planning Committee", BodyKind.BOARD_COMMITTEE, Level.SYSTEM, BOARD, null, new QuorumRule(3, 1));
        appointments.add(new Appointment("ned-2", "QZZ-FPC", Role.CHAIR, null, START, null));
        appointments.add(new Appointment("dof", "QZZ-FPC", Role.DIRECTOR_OF_FINANCE, null, START, null));
        appointments.add(new Appointment("ceo", "QZZ-FPC", Role.CHIEF_EXECUTIVE, null, START, null));

        body("QZZ-ICP", "South East London (synthetic) Integrated Care Partnership", BodyKind.INTEGRATED_CARE_PARTNERSHIP,
                Level.SYSTEM, null, null, new QuorumRule(4, 0));
        appointments.add(new Appointment("chair", "QZZ-ICP", Role.CORE_MEMBER, ICB, START, null));
        for (String[] borough : BOROUGHS) {
            if (!borough[1].equals("Bexley")) { // deliberate breach: Bexley council is missing from the ICP
                seat("icp-" + borough[1].toLowerCase(), "Cllr " + inventedName(), "QZZ-ICP", Role.CORE_MEMBER, council(borough[0]));
            }
        }

        body("QZZ-JC-ACUTE", "Acute Provider Collaborative Joint Committee", BodyKind.JOINT_COMMITTEE, Level.SYSTEM, BOARD, null,
                new QuorumRule(3, 0));
        body("PC-QZZ-ACUTE-BOARD", "South East London Acute Provider Collaborative board", BodyKind.PROVIDER_COLLABORATIVE_BOARD,
                Level.SYSTEM, null, null, new QuorumRule(3, 0));
        body("PC-QZZ-MH-BOARD", "South London Mental Health and Community Partnership board", BodyKind.PROVIDER_COLLABORATIVE_BOARD,
                Level.SYSTEM, null, null, new QuorumRule(2, 0));
        for (String trust : List.of("RJ1", "RJZ", LEWISHAM_AND_GREENWICH)) {
            String id = "acute-" + trust.toLowerCase();
            seat(id, inventedName(), "QZZ-JC-ACUTE", Role.PARTNER_MEMBER_TRUST, trust);
            appointments.add(new Appointment(id, "PC-QZZ-ACUTE-BOARD", Role.MEMBER, trust, START, null));
        }
        appointments.add(new Appointment("ceo", "QZZ-JC-ACUTE", Role.CHIEF_EXECUTIVE, ICB, START, null));
        for (String trust : List.of(SLAM, "RPG")) {
            seat("mh-" + trust.toLowerCase(), inventedName(), "PC-QZZ-MH-BOARD", Role.MEMBER, trust);
        }

        for (String[] borough : BOROUGHS) {
            placeBodies(borough[0], borough[1]);
        }
        body("NT-UZ0020", "Lambeth neighbourhood team (PCN UZ0020)", BodyKind.NEIGHBOURHOOD_TEAM, Level.NEIGHBOURHOOD,
                LAMBETH_COMMITTEE, LAMBETH, new QuorumRule(2, 0));
        seat("nt-cd", "Dr " + inventedName(), "NT-UZ0020", Role.MEMBER, "UZ0020");
        seat("nt-lead", inventedName(), "NT-UZ0020", Role.MEMBER, null);
    }

    private void placeBodies(String lad, String name) {
        String place = "LCPZ-" + lad;
        String committee = place + "-COM";
        body(committee, name + " Local Care Partnership Committee", BodyKind.PLACE_COMMITTEE, Level.PLACE, BOARD, place,
                new QuorumRule(4, 1));
        String prefix = name.equals("Lambeth") ? "lam" : name.toLowerCase().substring(0, 3);
        seat(prefix + "-lead", name.equals("Lambeth") ? "Olivia Hart" : inventedName(), committee, Role.PLACE_EXECUTIVE_LEAD, ICB);
        seat(prefix + "-gp", name.equals("Lambeth") ? "Dr Rachel Moyo" : "Dr " + inventedName(), committee, Role.MEMBER, null);
        seat(prefix + "-council", "Cllr " + (name.equals("Lambeth") ? "Peter Nwosu" : inventedName()), committee, Role.MEMBER, council(lad));
        seat(prefix + "-lay", name.equals("Lambeth") ? "Gillian Forbes" : inventedName(), committee, Role.NON_EXECUTIVE, null);
        seat(prefix + "-vcs", inventedName(), committee, Role.MEMBER, "VCS-" + lad);
        if (name.equals("Lambeth")) {
            // the GP member is a partner in the practice whose contract the committee decides
            interests.add(new DeclaredInterest("lam-gp", InterestKind.FINANCIAL, LAMBETH_PRACTICE,
                    "GP partner and shareholder of the practice", START, null));
            interests.add(new DeclaredInterest("lam-lay", InterestKind.NON_FINANCIAL_PERSONAL, "RJ1",
                    "spouse is a consultant at the trust", START, null));
        }
        String hwb = "HWB-" + lad;
        body(hwb, name + " Health and Wellbeing Board", BodyKind.HEALTH_AND_WELLBEING_BOARD, Level.PLACE, null, place,
                new QuorumRule(3, 0));
        seat(prefix + "-hwb-chair", "Cllr " + inventedName(), hwb, Role.CHAIR, council(lad));
        appointments.add(new Appointment(prefix + "-lead", hwb, Role.MEMBER, ICB, START, null));
        seat(prefix + "-dph", "Dr " + inventedName(), hwb, Role.MEMBER, council(lad));
    }

    private void rules() {
        requires("ICB-CHAIR", Role.CHAIR, 1, "The ICB board has an independent chair.",
                "The Health and Care Act 2022 (Schedule 1B to the NHS Act 2006) requires every ICB to have a chair, appointed by"
                        + " NHS England, who is independent of the partner organisations so that no one of them leads the board.");
        requires("ICB-NON-EXECUTIVES", Role.NON_EXECUTIVE, 2, "The board has at least two independent non-executive members besides the chair.",
                "NHS England's guidance on ICB constitutions requires at least two other independent non-executives, so that the"
                        + " audit and remuneration committees can be chaired independently and the board is challenged from outside.");
        requires("ICB-CHIEF-EXECUTIVE", Role.CHIEF_EXECUTIVE, 1, "The board includes the chief executive.",
                "Schedule 1B requires a chief executive on the board, accountable for the ICB's performance and its use of public money.");
        requires("ICB-FINANCE", Role.DIRECTOR_OF_FINANCE, 1, "The board includes a director of finance.",
                "The ICB's constitution must include an executive member responsible for finance, so that the board hears the"
                        + " financial consequences of every decision.");
        requires("ICB-NURSING", Role.DIRECTOR_OF_NURSING, 1, "The board includes a director of nursing.",
                "NHS England requires a director of nursing on the board to answer for quality, safety and safeguarding.");
        requires("ICB-MEDICAL", Role.MEDICAL_DIRECTOR, 1, "The board includes a medical director.",
                "NHS England requires a medical director on the board to bring clinical leadership to its decisions.");
        requires("ICB-PARTNER-TRUSTS", Role.PARTNER_MEMBER_TRUST, 1,
                "The board has at least one partner member from the NHS trusts and foundation trusts providing services in the area.",
                "Schedule 1B (paragraph 3) requires an ordinary member nominated by the trusts that provide services in the ICB's area,"
                        + " so that providers share in the board's decisions.");
        requires("ICB-PARTNER-GENERAL-PRACTICE", Role.PARTNER_MEMBER_GENERAL_PRACTICE, 1,
                "The board has at least one partner member from general practice in the area.",
                "Schedule 1B (paragraph 3) requires an ordinary member nominated by the providers of primary medical services in the"
                        + " area, so that general practice has a voice in every board decision.");
        requires("ICB-PARTNER-LOCAL-AUTHORITIES", Role.PARTNER_MEMBER_LOCAL_AUTHORITY, 1,
                "The board has at least one partner member from the local authorities with social care duties in the area.",
                "Schedule 1B (paragraph 3) requires an ordinary member nominated by the local authorities whose areas the ICB covers,"
                        + " so that social care and public health are part of the board's decisions.");
        rules.add(new ConstitutionRule("ICB-INDEPENDENCE", 1, BodyKind.ICB_BOARD, RuleKind.INDEPENDENT_MEMBERS_HOLD_NO_OFFICE_IN_THE_SYSTEM,
                null, 0, "The chair and non-executives hold no office in another organisation of the ICS.",
                "NHS England's guidance on ICB constitutions: independent members must not hold a role in another health or care"
                        + " organisation in the ICS area, so that they can challenge the partners without a conflict of interest.",
                START, null));
        rules.add(new ConstitutionRule("ICP-CORE-MEMBERS", 1, BodyKind.INTEGRATED_CARE_PARTNERSHIP,
                RuleKind.CORE_MEMBERS_INCLUDE_ICB_AND_LOCAL_AUTHORITIES, null, 0,
                "The ICP's core members are the ICB and every local authority of the area.",
                "Section 116ZA of the NHS Act 2006 establishes the integrated care partnership as a joint committee of the ICB and"
                        + " each local authority in its area; without all of them the integrated care strategy is not theirs jointly.",
                START, null));
    }

    private void requires(String id, Role role, int minimum, String text, String reason) {
        rules.add(new ConstitutionRule(id, 1, BodyKind.ICB_BOARD, RuleKind.REQUIRES_ROLE, role, minimum, text, reason, START, null));
    }

    private void scheme() {
        LocalDate primaryMedical = LocalDate.of(2022, 7, 1);
        LocalDate pod = LocalDate.of(2023, 4, 1);
        LocalDate specialised = LocalDate.of(2027, 4, 1);
        function("STRATEGY", "Approving the joint forward plan and the annual plan", FunctionCategory.KEY_FUNCTION,
                "The five-year plan for the NHS in South East London and each year's plan, agreed with the partners.");
        entry("SORD-1.1", "STRATEGY", Delegation.STATUTE, BOARD, DelegateKind.RESERVED_TO_BOARD, null, null,
                "After consulting the ICP and the health and wellbeing boards", START);
        function("CONSTITUTION", "Proposing changes to the ICB's constitution", FunctionCategory.KEY_FUNCTION,
                "The rules that say who sits on the board and how it works; NHS England approves changes.");
        entry("SORD-1.2", "CONSTITUTION", Delegation.STATUTE, BOARD, DelegateKind.RESERVED_TO_BOARD, null, null, "", START);
        function("FINANCIAL_DUTIES", "Keeping spending within the ICB's allocation", FunctionCategory.STATUTORY_DUTY,
                "Making sure the money the NHS gives South East London is not overspent.");
        entry("SORD-2.1", "FINANCIAL_DUTIES", Delegation.STATUTE, BOARD, DelegateKind.RESERVED_TO_BOARD, null, null, "", START);
        entry("SORD-2.2", "FINANCIAL_DUTIES", BOARD, "QZZ-FPC", DelegateKind.COMMITTEE, null, 25_000_000L,
                "Within the annual financial plan", START);
        entry("SORD-2.3", "FINANCIAL_DUTIES", "QZZ-FPC", "DIRECTOR_OF_FINANCE", DelegateKind.INDIVIDUAL, null, 1_000_000L,
                "Reported to the next committee meeting", START);
        function("SAFEGUARDING", "Safeguarding children and adults at risk", FunctionCategory.STATUTORY_DUTY,
                "Making sure services protect children and adults at risk of abuse or neglect.");
        entry("SORD-2.4", "SAFEGUARDING", Delegation.STATUTE, BOARD, DelegateKind.RESERVED_TO_BOARD, null, null, "", START);
        entry("SORD-2.5", "SAFEGUARDING", BOARD, "DIRECTOR_OF_NURSING", DelegateKind.INDIVIDUAL, null, null,
                "Annual report to the board", START);
        function("AUDIT", "Assuring the accounts, risks and internal controls", FunctionCategory.KEY_FUNCTION,
                "Checking that the ICB's accounts are right and its risks are managed.");
        entry("SORD-2.6", "AUDIT", Delegation.STATUTE, BOARD, DelegateKind.RESERVED_TO_BOARD, null, null, "", START);
        entry("SORD-2.7", "AUDIT", BOARD, "QZZ-AUDIT", DelegateKind.COMMITTEE, null, null, "The board adopts the annual accounts", START);

        function("PRIMARY_MEDICAL", "Commissioning primary medical services (GP contracts)", FunctionCategory.COMMISSIONING,
                "Awarding, varying and ending the contracts of GP practices.");
        entry("SORD-3.1", "PRIMARY_MEDICAL", Delegation.NHS_ENGLAND, BOARD, DelegateKind.RESERVED_TO_BOARD, null, null,
                "Under the delegation agreement with NHS England", primaryMedical);
        entry("SORD-3.2", "PRIMARY_MEDICAL", BOARD, PRIMARY_CARE_COMMITTEE, DelegateKind.COMMITTEE, null, 10_000_000L,
                "Within the delegated primary care budget", START);
        for (String[] borough : BOROUGHS) {
            entry("SORD-3.3-" + borough[1].toUpperCase(), "PRIMARY_MEDICAL", PRIMARY_CARE_COMMITTEE, "LCPZ-" + borough[0] + "-COM",
                    DelegateKind.PLACE_COMMITTEE, "LCPZ-" + borough[0], 3_000_000L,
                    "Contracts for practices in the borough, within its primary care budget", PLACE_DELEGATION);
        }
        function("DENTAL", "Commissioning NHS dental services", FunctionCategory.COMMISSIONING, "Contracts with NHS dentists.");
        function("OPTOMETRY", "Commissioning general ophthalmic services", FunctionCategory.COMMISSIONING,
                "Contracts for NHS sight tests and glasses vouchers.");
        function("PHARMACEUTICAL", "Commissioning pharmaceutical services", FunctionCategory.COMMISSIONING,
                "Deciding where community pharmacies may open and their contracts.");
        for (String code : List.of("DENTAL", "OPTOMETRY", "PHARMACEUTICAL")) {
            entry("SORD-4." + code, code, Delegation.NHS_ENGLAND, BOARD, DelegateKind.RESERVED_TO_BOARD, null, null,
                    "Under the delegation agreement with NHS England", pod);
            entry("SORD-4." + code + "-PCC", code, BOARD, PRIMARY_CARE_COMMITTEE, DelegateKind.COMMITTEE, null, 5_000_000L, "", START);
        }
        function("SPECIALISED", "Commissioning specialised services", FunctionCategory.COMMISSIONING,
                "Rare and complex treatments commissioned across London.");
        delegations.add(new Delegation("SORD-5.1", "SPECIALISED", Delegation.NHS_ENGLAND, BOARD, DelegateKind.RESERVED_TO_BOARD, null,
                null, "Under the delegation agreement with NHS England", specialised, null));
        function("ACUTE_TRANSFORMATION", "Planning acute hospital services across the system", FunctionCategory.KEY_FUNCTION,
                "Deciding together with the hospitals how planned and emergency hospital care is organised.");
        entry("SORD-6.1", "ACUTE_TRANSFORMATION", Delegation.STATUTE, BOARD, DelegateKind.RESERVED_TO_BOARD, null, null, "", START);
        entry("SORD-6.2", "ACUTE_TRANSFORMATION", BOARD, "QZZ-JC-ACUTE", DelegateKind.JOINT_COMMITTEE, null, 15_000_000L,
                "Joint committee of the ICB and the acute trusts", START);
        function("MENTAL_HEALTH", "Commissioning specialist mental health services", FunctionCategory.COMMISSIONING,
                "Inpatient and specialist mental health care for South East London.");
        entry("SORD-7.1", "MENTAL_HEALTH", Delegation.STATUTE, BOARD, DelegateKind.RESERVED_TO_BOARD, null, null, "", START);
        entry("SORD-7.2", "MENTAL_HEALTH", BOARD, SLAM, DelegateKind.LEAD_PROVIDER, null, 20_000_000L,
                "Lead provider contract; subcontracts only, never its own contract", START);
        function("COMMUNITY_SERVICES", "Commissioning community health services for a borough", FunctionCategory.COMMISSIONING,
                "District nursing, therapies and neighbourhood health services in each borough.");
        entry("SORD-8.1", "COMMUNITY_SERVICES", Delegation.STATUTE, BOARD, DelegateKind.RESERVED_TO_BOARD, null, null, "", START);
        for (String[] borough : BOROUGHS) {
            entry("SORD-8.2-" + borough[1].toUpperCase(), "COMMUNITY_SERVICES", BOARD, "LCPZ-" + borough[0] + "-COM",
                    DelegateKind.PLACE_COMMITTEE, "LCPZ-" + borough[0], 5_000_000L, "Within the place's delegated budget", START);
        }
        entry("SORD-8.3", "COMMUNITY_SERVICES", LAMBETH_COMMITTEE, "NT-UZ0020", DelegateKind.NEIGHBOURHOOD, LAMBETH, 250_000L,
                "Proactive care and enhanced access for the PCN's patients", PLACE_DELEGATION);
        function("BETTER_CARE_FUND", "Agreeing the Better Care Fund plan", FunctionCategory.STATUTORY_DUTY,
                "The pooled budget of the NHS and the council for joined-up care at home.");
        for (String[] borough : BOROUGHS) {
            entry("SORD-9-" + borough[1].toUpperCase(), "BETTER_CARE_FUND", Delegation.STATUTE, "HWB-" + borough[0],
                    DelegateKind.RESERVED_TO_BOARD, "LCPZ-" + borough[0], null, "Signed off by the health and wellbeing board", START);
        }
    }

    private void body(String code, String name, BodyKind kind, Level level, String parent, String place, QuorumRule quorum) {
        bodies.add(new Body(code, name, kind, level, parent, place, quorum, START, null));
    }

    private void seat(String id, String name, String body, Role role, String represents) {
        people.add(new Person(id, name));
        appointments.add(new Appointment(id, body, role, represents, START, null));
    }

    private void function(String code, String name, FunctionCategory category, String plainEnglish) {
        functions.add(new GovernedFunction(code, name, category, plainEnglish));
    }

    private void entry(String id, String function, String by, String delegate, DelegateKind kind, String place, Long limit,
                       String conditions, LocalDate from) {
        delegations.add(new Delegation(id, function, by, delegate, kind, place, limit, conditions, from, null));
    }

    /** The registry demo's code for a borough council. */
    private static String council(String lad) {
        return "LAZ-" + lad;
    }

    private String inventedName() {
        int n = nameSeq++;
        return GIVEN[(n * 7) % GIVEN.length] + " " + FAMILY[(n * 11 + 3) % FAMILY.length];
    }
}
