package org.openics.development.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openics.development.Condition;
import org.openics.development.ConditionUpdate;
import org.openics.development.DevelopmentPlan;
import org.openics.development.Milestone;
import org.openics.development.MilestoneStatus;
import org.openics.development.Rag;
import org.openics.development.WorkArea;

/**
 * The synthetic South East London ICS's view of its own development: the sixteen conditions for ICS
 * success with two years of assessments, and a system development plan of seventeen work areas in the
 * shape of the plans ICSs wrote in their first years. The wording is invented; the people are roles.
 */
public final class DemoDevelopment {

    /** Ids of the analytics catalogue that milestones are measured by (see docs/development.md). */
    static final String EMERGENCY_ADMISSIONS = "emergency-admissions";
    static final String AE_ATTENDANCES = "ae-attendances";
    static final String PREMATURE_MORTALITY = "premature-mortality";
    static final String LIFE_EXPECTANCY_MALE = "life-expectancy-birth-male";
    static final String LIFE_EXPECTANCY_FEMALE = "life-expectancy-birth-female";
    static final String DIABETES_PREVALENCE = "diabetes-prevalence";
    static final String DIABETES_CONTROL = "diabetes-hba1c-control";
    static final String HYPERTENSION_PREVALENCE = "hypertension-prevalence";
    static final String HYPERTENSION_UNDIAGNOSED = "hypertension-undiagnosed";
    static final String BP_CONTROL = "blood-pressure-control";
    static final String SMOKING = "smoking";
    static final String WAITS_52_WEEKS = "rtt-over-52-weeks";
    static final String WAITS_18_WEEKS = "rtt-within-18-weeks";
    static final String OBESITY = "obesity";
    static final String ATTRIBUTABLE_DEATHS = "deaths-attributable-share";

    private static final String CHIEF_EXECUTIVE = "ICB chief executive";
    private static final String PMO = "System development office";

    private DemoDevelopment() {
    }

    /** The sixteen conditions for ICS success, in order, each with its demo history. */
    public static List<Condition> conditions() {
        List<Condition> list = new ArrayList<>();
        add(list, "post-covid-narrative", "A clear post-covid narrative",
                "A story of why the system exists and what it will do differently after the pandemic, told the same way by every partner.",
                u("2025-03-31", Rag.AMBER, "Narrative drafted with the ICP; not yet tested with residents or front-line staff.", "ICP chair"),
                u("2025-09-30", Rag.GREEN, "Integrated care strategy refreshed and published; all six borough partnerships have adopted its five priorities.", "ICP chair"),
                u("2026-09-30", Rag.COMPLETE, "Narrative in use in every partner's annual report and in the joint forward plan refresh.", CHIEF_EXECUTIVE));
        add(list, "metrics", "Metrics and measures of success",
                "An agreed, small set of outcome measures with baselines, owned collectively and reported from one source.",
                u("2025-03-31", Rag.RED, "Each partner reports its own measures; no shared baseline.", "Director of population health"),
                u("2025-12-31", Rag.AMBER, "Outcomes framework agreed by the ICP; baselines for 9 of 14 headline measures.", "Director of population health"),
                u("2026-10-31", Rag.GREEN, "Headline indicators computed from the shared care record and published on the OpenICS dashboard each month.", "Director of population health"));
        add(list, "neighbourhood-resources", "Resources at neighbourhood level",
                "Money, staff and decisions delegated to neighbourhoods of 30,000 to 50,000 people, built around primary care networks.",
                u("2025-06-30", Rag.RED, "No budget below borough level.", "Director of primary care"),
                u("2026-06-30", Rag.AMBER, "Integrated neighbourhood teams live in 14 of 38 PCNs; shadow neighbourhood budgets in Lewisham and Bexley.", "Director of primary care"));
        add(list, "borough-partnerships", "Borough partnerships up and running",
                "Each of the six local care partnerships has a committee with delegated functions, a place executive lead and a shared plan.",
                u("2025-03-31", Rag.AMBER, "Committees in place; delegation of primary care commissioning agreed for four boroughs.", "Director of places"),
                u("2025-12-31", Rag.GREEN, "All six place committees hold delegated budgets under the scheme of reservation and delegation.", "Director of places"));
        add(list, "provider-collaboratives", "Provider collaboratives up and running",
                "Acute and mental health collaboratives with agreed leadership, shared waiting lists and clinical networks.",
                u("2025-03-31", Rag.AMBER, "Acute provider collaborative formed; mental health collaborative in shadow form.", "Collaborative programme director"),
                u("2026-03-31", Rag.GREEN, "Both collaboratives have committees in common and a shared elective waiting list across the three acute trusts.", "Collaborative programme director"));
        add(list, "statutory-delivery", "Statutory organisations delivering",
                "Every statutory body meeting its duties (finance, performance, safeguarding) while it changes how it works.",
                u("2025-06-30", Rag.AMBER, "Two trusts in segment 3 of the oversight framework; system deficit plan agreed.", "Chief finance officer"),
                u("2026-06-30", Rag.AMBER, "Deficit reduced to plan; 52-week waits still above trajectory at two trusts.", "Chief finance officer"));
        add(list, "councils-as-partners", "Councils as partners at every level",
                "Councils sit as equals in the ICP, the ICB board, each place committee and neighbourhood teams.",
                u("2025-03-31", Rag.GREEN, "All six councils on the ICP and place committees; a council chief executive on the ICB board.", "ICP chair"),
                u("2026-09-30", Rag.COMPLETE, "Section 75 agreements in all six boroughs; joint directors of integrated commissioning in four.", "ICP chair"));
        add(list, "clinical-leadership", "Clinical leaders and networks",
                "Clinical and care professional leaders with time, role and voice at system, place and neighbourhood level.",
                u("2025-06-30", Rag.AMBER, "Clinical and care professional leadership framework agreed; 60% of posts filled.", "Chief medical officer"),
                u("2026-06-30", Rag.GREEN, "Leadership posts filled at every level; clinical networks for cardiovascular, respiratory and mental health running.", "Chief medical officer"));
        add(list, "resident-engagement", "Resident and patient engagement",
                "Residents shape priorities: a standing people's panel, Healthwatch in every partnership, co-production as the norm.",
                u("2025-03-31", Rag.RED, "Engagement is project by project; no standing arrangement.", "Director of communications and engagement"),
                u("2026-03-31", Rag.AMBER, "People's panel of 1,200 residents recruited; working with people and communities strategy published.", "Director of communications and engagement"));
        add(list, "workforce-plans", "Workforce plans",
                "One workforce plan for health and care, with shared recruitment, passports between employers and a plan for social care.",
                u("2025-09-30", Rag.RED, "Plans per employer only; vacancy rate 11% in community nursing.", "Chief people officer"),
                u("2026-09-30", Rag.AMBER, "System workforce plan agreed; staff passport live between the three acute trusts, not yet with community and social care.", "Chief people officer"));
        add(list, "lean-governance", "Lean governance",
                "Few meetings that decide; a scheme of delegation that says who decides what; no duplicate assurance.",
                u("2025-06-30", Rag.AMBER, "Committee structure reduced from 34 to 19 groups.", "ICB board secretary"),
                u("2026-06-30", Rag.GREEN, "Scheme of reservation and delegation published on the decision map; decisions logged in one place.", "ICB board secretary"));
        add(list, "money-freedom", "Freedom to move money",
                "The system can move money between organisations and towards prevention without a business case for each step.",
                u("2025-06-30", Rag.RED, "Contracts on activity; no pooled budget beyond the better care fund.", "Chief finance officer"),
                u("2026-06-30", Rag.AMBER, "Aligned payment and incentive contracts with all trusts; 1% of growth ring-fenced for prevention.", "Chief finance officer"));
        add(list, "continuous-improvement", "Continuous improvement and reduced unwarranted variation",
                "A shared improvement method and routine comparison of practices, PCNs and places to find and close unwarranted variation.",
                u("2025-09-30", Rag.AMBER, "Improvement method chosen; variation reports produced by hand twice a year.", "Director of quality"),
                u("2026-10-31", Rag.GREEN, "Funnel plots of practices for headline indicators refreshed monthly; outlier practices offered improvement support.", "Director of quality"));
        add(list, "population-health-data", "Population health data",
                "A linked, pseudonymised record of the population across GP, hospital, community, mental health and social care.",
                u("2025-03-31", Rag.RED, "Data sharing agreements signed; no linked data yet.", "Chief digital and information officer"),
                u("2026-03-31", Rag.AMBER, "Shared care record receiving GP and acute data; social care feeds in two boroughs.", "Chief digital and information officer"),
                u("2026-11-01", Rag.GREEN, "Population health platform refreshed monthly from the shared care record; data quality published per source.", "Chief digital and information officer"));
        add(list, "standardised-governance", "Standardised governance",
                "The same terms of reference, conflict of interest rules and reporting for every place and collaborative.",
                u("2025-09-30", Rag.AMBER, "Model terms of reference agreed; three places still on their own versions.", "ICB board secretary"),
                u("2026-09-30", Rag.GREEN, "All place committees and both collaboratives use the model terms and one register of interests.", "ICB board secretary"));
        add(list, "regional-role", "A clear regional role",
                "NHS England's region agrees what it leaves to the system: oversight by exception and support on request.",
                u("2025-06-30", Rag.AMBER, "Oversight agreement in draft.", CHIEF_EXECUTIVE),
                u("2026-03-31", Rag.AMBER, "Agreement signed, but duplicate reporting to region continues for elective recovery.", CHIEF_EXECUTIVE),
                u("2026-10-31", Rag.RED, "Region has reinstated weekly elective returns and its own assurance meetings; escalated to the national team.", CHIEF_EXECUTIVE));
        return List.copyOf(list);
    }

    /** The seventeen work areas of the demo system development plan. */
    public static DevelopmentPlan plan() {
        List<WorkArea> areas = new ArrayList<>();
        area(areas, "vision", "Vision and strategy", "ICP chair",
                "One integrated care strategy that every partner signs up to and residents recognise, refreshed every year.",
                "Write the strategy with the six borough partnerships and the people's panel; test each priority against the outcomes framework.",
                List.of("Integrated care strategy published (December 2024)", "Joint forward plan agreed by all partners (March 2025)"),
                m("Strategy refresh with the people's panel", "2025-10-01", "2026-03-31", MilestoneStatus.COMPLETE, "ICP chair"),
                m("Joint forward plan 2027-2032 agreed", "2026-11-01", "2027-03-31", MilestoneStatus.ON_TRACK, CHIEF_EXECUTIVE, LIFE_EXPECTANCY_MALE, LIFE_EXPECTANCY_FEMALE));
        area(areas, "population-health", "Population health and inequalities", "Director of population health",
                "Healthy life expectancy rising fastest in the most deprived fifth of neighbourhoods; the Core20PLUS5 gaps closing.",
                "Target the most deprived 20% and the five clinical areas; case-finding for hypertension and diabetes in primary care.",
                List.of("Core20PLUS5 baseline by PCN", "Inequalities funding allocated by need to the six places"),
                m("Hypertension case-finding in the most deprived PCNs", "2025-04-01", "2026-03-31", MilestoneStatus.COMPLETE, "Cardiovascular network lead", HYPERTENSION_PREVALENCE, HYPERTENSION_UNDIAGNOSED),
                m("80% of people with hypertension treated to target", "2026-04-01", "2027-03-31", MilestoneStatus.AT_RISK, "Cardiovascular network lead", BP_CONTROL),
                m("Premature mortality gap narrowed by a tenth", "2026-04-01", "2028-03-31", MilestoneStatus.ON_TRACK, "Director of population health", PREMATURE_MORTALITY, ATTRIBUTABLE_DEATHS));
        area(areas, "anchor", "Anchor mission", "Director of partnerships",
                "NHS and council partners as anchor institutions: local jobs, local buying and estates that serve communities.",
                "An anchor charter with measurable pledges; local recruitment through the borough employment hubs.",
                List.of("Anchor charter signed by 12 partners"),
                m("500 local residents into health and care jobs", "2025-04-01", "2026-12-31", MilestoneStatus.ON_TRACK, "Chief people officer"),
                m("10% of non-pay spend with local suppliers", "2026-04-01", "2027-09-30", MilestoneStatus.NOT_STARTED, "Chief finance officer"));
        area(areas, "governance", "Governance", "ICB board secretary",
                "Lean, transparent governance: who decides what is public, decisions are logged and conflicts managed.",
                "Publish the scheme of reservation and delegation on the decision map; review committee effectiveness yearly.",
                List.of("Scheme of reservation and delegation agreed", "Decision map published"),
                m("Committee effectiveness review", "2026-01-01", "2026-06-30", MilestoneStatus.COMPLETE, "ICB board secretary"),
                m("Delegation of specialised commissioning", "2026-04-01", "2027-04-01", MilestoneStatus.ON_TRACK, "ICB board secretary"));
        area(areas, "finance", "Finance", "Chief finance officer",
                "A system in financial balance that moves money towards prevention and out-of-hospital care.",
                "Aligned payment and incentive contracts; a shift of 1% of acute growth to community and primary care each year.",
                List.of("System financial plan agreed for 2025/26"),
                m("System breakeven plan delivered", "2025-04-01", "2026-03-31", MilestoneStatus.COMPLETE, "Chief finance officer"),
                m("Prevention ring-fence of 1% of growth", "2026-04-01", "2027-03-31", MilestoneStatus.AT_RISK, "Chief finance officer"),
                m("Neighbourhood budgets in all six places", "2027-04-01", "2028-03-31", MilestoneStatus.NOT_STARTED, "Director of places"));
        area(areas, "measuring-success", "Measuring success", "Director of population health",
                "Everyone looks at the same numbers: headline outcomes, by place, PCN and practice, with honest comparison.",
                "One outcomes framework computed from the shared care record; RAG by statistical significance, not by eye.",
                List.of("Outcomes framework agreed by the ICP", "Baselines set for headline measures"),
                m("OpenICS dashboard live for ICB board and place committees", "2026-06-01", "2026-11-30", MilestoneStatus.ON_TRACK, PMO, EMERGENCY_ADMISSIONS, PREMATURE_MORTALITY),
                m("Practice-level variation reviewed at every place committee", "2026-12-01", "2027-06-30", MilestoneStatus.NOT_STARTED, "Director of quality", DIABETES_PREVALENCE));
        area(areas, "ways-of-working", "Ways of working", "Chief executive",
                "Partners behave as one system: shared objectives for leaders, open books and joint problem solving.",
                "System leadership programme; shared objectives in every executive's appraisal.",
                List.of("System leadership programme: first cohort of 40 leaders"),
                m("Shared objectives in every executive appraisal", "2025-09-01", "2026-04-30", MilestoneStatus.COMPLETE, "Chief people officer"),
                m("Second leadership cohort including social care and voluntary sector", "2026-09-01", "2027-07-31", MilestoneStatus.ON_TRACK, "Chief people officer"));
        area(areas, "engagement", "Engagement", "Director of communications and engagement",
                "Staff and partners know the system's purpose and their part in it.",
                "A joint communications plan; quarterly system briefings; one staff intranet page for the ICS.",
                List.of("Joint communications plan"),
                m("Staff survey question on system working above 60%", "2025-10-01", "2026-12-31", MilestoneStatus.AT_RISK, "Director of communications and engagement"));
        area(areas, "communities", "Involving communities", "Director of communications and engagement",
                "Residents and communities shape decisions from the start, especially those heard least.",
                "A people's panel, community champions in the most deprived neighbourhoods, Healthwatch in every partnership.",
                List.of("Working with people and communities strategy", "People's panel of 1,200 residents"),
                m("Community champions in the 20 most deprived neighbourhoods", "2025-07-01", "2026-09-30", MilestoneStatus.LATE, "Director of communications and engagement", SMOKING),
                m("Co-produced priorities for each place plan", "2026-10-01", "2027-03-31", MilestoneStatus.ON_TRACK, "Director of places"));
        area(areas, "local-care-partnerships", "Local care partnerships", "Director of places",
                "Six strong borough partnerships, each with a committee, a delegated budget and integrated neighbourhood teams.",
                "Delegate primary care, community services and the better care fund to place committees; build neighbourhood teams on PCNs.",
                List.of("Six place committees established", "Primary care commissioning delegated to all places"),
                m("Integrated neighbourhood teams in all 38 PCNs", "2025-10-01", "2027-03-31", MilestoneStatus.ON_TRACK, "Director of primary care", EMERGENCY_ADMISSIONS, AE_ATTENDANCES),
                m("Community services budget delegated to places", "2026-04-01", "2027-04-01", MilestoneStatus.ON_TRACK, "Director of places"));
        area(areas, "provider-collaboratives", "Provider collaboratives", "Collaborative programme director",
                "Providers share waiting lists, staff and clinical pathways so that a resident waits the same wherever they live.",
                "Acute and mental health collaboratives with committees in common; one elective waiting list.",
                List.of("Acute provider collaborative formed", "Committees in common for the three acute trusts"),
                m("One elective waiting list across acute trusts", "2025-06-01", "2026-03-31", MilestoneStatus.COMPLETE, "Collaborative programme director", WAITS_18_WEEKS),
                m("No one waiting more than 52 weeks", "2026-04-01", "2027-03-31", MilestoneStatus.AT_RISK, "Collaborative programme director", WAITS_52_WEEKS),
                m("Mental health collaborative takes lead provider role", "2026-07-01", "2027-06-30", MilestoneStatus.ON_TRACK, "Mental health collaborative lead"));
        area(areas, "transition", "Transition to the ICS NHS body", "Chief executive",
                "The ICB working as a strategic commissioner, with a 30% smaller running cost and functions moved to places and providers.",
                "Consult on the new structure; transfer functions to collaboratives and places; merge back-office services.",
                List.of("ICB established (July 2022)", "Running cost reduction plan agreed"),
                m("New ICB structure in place", "2025-06-01", "2026-03-31", MilestoneStatus.COMPLETE, CHIEF_EXECUTIVE),
                m("Shared back office with neighbouring ICB", "2026-04-01", "2027-03-31", MilestoneStatus.AT_RISK, "Chief finance officer"));
        area(areas, "clinical-leadership", "Clinical and professional leadership", "Chief medical officer",
                "Clinical and care professional leaders from every discipline leading change at every level.",
                "A leadership framework, funded sessions for leaders, and clinical networks that own pathways.",
                List.of("Clinical and care professional leadership framework"),
                m("Leadership roles filled at system, place and neighbourhood", "2025-04-01", "2026-06-30", MilestoneStatus.COMPLETE, "Chief medical officer"),
                m("Respiratory and diabetes networks own their pathways", "2026-04-01", "2027-03-31", MilestoneStatus.ON_TRACK, "Chief nursing officer", DIABETES_CONTROL));
        area(areas, "workforce", "Workforce", "Chief people officer",
                "Enough skilled people in health and care, recruited and developed together, who stay.",
                "One system workforce plan; staff passports; a social care academy with the councils.",
                List.of("System workforce plan agreed"),
                m("Staff passport across NHS employers", "2025-09-01", "2026-06-30", MilestoneStatus.COMPLETE, "Chief people officer"),
                m("Staff passport extended to social care", "2026-07-01", "2027-03-31", MilestoneStatus.LATE, "Chief people officer"),
                m("Community nursing vacancies below 7%", "2026-04-01", "2027-09-30", MilestoneStatus.AT_RISK, "Chief nursing officer"));
        area(areas, "innovation", "Innovation and improvement", "Director of quality",
                "A learning system: one improvement method, evidence adopted quickly, unwarranted variation shrinking.",
                "Quality improvement training for 2,000 staff; monthly variation reports; adoption with the health innovation network.",
                List.of("Improvement method chosen with partners"),
                m("2,000 staff trained in quality improvement", "2025-04-01", "2027-03-31", MilestoneStatus.ON_TRACK, "Director of quality"),
                m("Funnel plots reviewed by every PCN", "2026-09-01", "2027-03-31", MilestoneStatus.ON_TRACK, "Director of quality", OBESITY, DIABETES_PREVALENCE));
        area(areas, "digital", "Digital", "Chief digital and information officer",
                "Residents tell their story once: a shared care record across health and social care, and population health data for planning.",
                "Shared care record on open standards (FHIR); pseudonymised analytics; data quality published per source.",
                List.of("Data sharing agreements signed by all partners", "Shared care record live for GP and acute data"),
                m("Social care data in the shared care record in all six boroughs", "2025-10-01", "2026-12-31", MilestoneStatus.ON_TRACK, "Chief digital and information officer"),
                m("Population health platform refreshed monthly", "2026-04-01", "2026-10-31", MilestoneStatus.COMPLETE, "Chief digital and information officer", EMERGENCY_ADMISSIONS),
                m("Residents see who looked at their record", "2027-01-01", "2027-06-30", MilestoneStatus.NOT_STARTED, "Chief digital and information officer"));
        area(areas, "estates", "Estates", "Director of estates",
                "Buildings shared by partners, close to where people live, with less empty space and lower carbon.",
                "One estates strategy; neighbourhood hubs; release of surplus sites.",
                List.of("System estates strategy agreed"),
                m("Two neighbourhood health centres open", "2025-04-01", "2027-09-30", MilestoneStatus.ON_TRACK, "Director of estates"),
                m("Void space below 5% across NHS estate", "2026-04-01", "2028-03-31", MilestoneStatus.NOT_STARTED, "Director of estates"));
        return new DevelopmentPlan(areas);
    }

    private static void add(List<Condition> list, String id, String title, String description, PendingUpdate... updates) {
        list.add(new Condition(id, list.size() + 1, title, description, java.util.Arrays.stream(updates)
                .map(u -> new ConditionUpdate(id, u.asOf, u.rag, u.note, u.author, recorded(u.asOf)))
                .toList()));
    }

    /** The demo's updates were written three days after the date they describe. */
    private static Instant recorded(LocalDate asOf) {
        return asOf.plusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private record PendingUpdate(LocalDate asOf, Rag rag, String note, String author) {
    }

    private static PendingUpdate u(String asOf, Rag rag, String note, String author) {
        return new PendingUpdate(LocalDate.parse(asOf), rag, note, author);
    }

    private record PendingMilestone(String title, LocalDate start, LocalDate due, MilestoneStatus status, String owner, List<String> indicators) {
    }

    private static PendingMilestone m(String title, String start, String due, MilestoneStatus status, String owner, String... indicators) {
        return new PendingMilestone(title, LocalDate.parse(start), LocalDate.parse(due), status, owner, List.of(indicators));
    }

    private static void area(List<WorkArea> areas, String code, String title, String lead, String destination, String approach,
                             List<String> completed, PendingMilestone... milestones) {
        List<Milestone> list = new ArrayList<>();
        for (PendingMilestone p : milestones) {
            list.add(new Milestone(code + "-" + (list.size() + 1), code, p.title, Optional.of(p.start), p.due, p.status, p.owner, p.indicators));
        }
        areas.add(new WorkArea(code, areas.size() + 1, title, lead, destination, approach, completed, list));
    }
}
