package org.openics.finance.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.finance.AllocationInputs;
import org.openics.finance.AllocationRequest;
import org.openics.finance.Budget;
import org.openics.finance.ForecastAdjustment;
import org.openics.finance.Grouping;
import org.openics.finance.LedgerLine;
import org.openics.finance.NeedComponent;
import org.openics.finance.PooledFund;
import org.openics.finance.PooledFund.Partner;
import org.openics.finance.PooledFund.PartnerKind;
import org.openics.finance.need.PracticeWeights;
import org.openics.kernel.Money;
import org.openics.kernel.OdsCode;
import org.openics.kernel.PlaceCode;
import org.openics.registry.DemoSystem;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;
import org.openics.registry.PopulationMeasure;
import org.openics.registry.SystemOfSystems;

/**
 * The demo ICS's finances, the same on every start. Weighted populations are synthetic: each practice's list size times
 * its borough's weighted population per head, per component, as NHS England's 2022/23 file gives it for the real South
 * East London boroughs (rounded to three places), with a fixed ±5% spread between practices. Budgets sit within the demo
 * scheme of delegation; each borough has a Better Care Fund pool; twelve months of ledger actuals for 2026/27 put
 * Bromley's pool (hosted by the council) on course for an overspend.
 */
public final class DemoFinance {

    public static final String YEAR = "2026/27";
    public static final String ICB = DemoSystem.ICB_CODE;
    static final LocalDate AS_AT = LocalDate.of(2026, 6, 1);

    /** Weighted population per head by component (NeedComponent order), SEL boroughs in NHS England's 2022/23 file. */
    static final Map<String, double[]> PER_HEAD = new LinkedHashMap<>();

    static {
        PER_HEAD.put("E09000004", new double[] {1.058, 0.983, 0.888, 1.187, 0.833, 0.931, 1.012, 0.955, 0.937});
        PER_HEAD.put("E09000006", new double[] {1.030, 0.989, 0.875, 1.066, 0.672, 0.907, 0.971, 0.996, 0.948});
        PER_HEAD.put("E09000011", new double[] {0.936, 0.761, 1.293, 1.470, 0.956, 0.879, 0.985, 0.957, 0.957});
        PER_HEAD.put("E09000022", new double[] {0.814, 0.668, 1.730, 1.145, 0.922, 0.795, 0.929, 1.023, 1.007});
        PER_HEAD.put("E09000023", new double[] {0.895, 0.779, 1.665, 1.424, 0.951, 0.860, 0.996, 1.005, 0.997});
        PER_HEAD.put("E09000028", new double[] {0.895, 0.724, 1.778, 1.213, 0.925, 0.856, 0.995, 1.041, 1.024});
    }

    /** Baseline (current) allocation per head of registered population, by borough: some above target, some below. */
    static final Map<String, Long> BASELINE_PENCE_PER_HEAD = Map.of(
            "E09000004",
            205_000L,
            "E09000006",
            203_500L,
            "E09000011",
            196_000L,
            "E09000022",
            194_000L,
            "E09000023",
            199_500L,
            "E09000028",
            197_000L);

    /** The boroughs' short names in budget codes. */
    static final Map<String, String> SHORT = Map.of(
            "E09000004",
            "BEX",
            "E09000006",
            "BRO",
            "E09000011",
            "GRE",
            "E09000022",
            "LAM",
            "E09000023",
            "LEW",
            "E09000028",
            "SOU");

    private DemoFinance() {}

    static SystemOfSystems system() {
        return DemoSystem.asAt(AS_AT);
    }

    /** The demo's councils (borough's ONS code → council name), in code order; the council's own code is {@link #council}. */
    public static Map<String, String> councils() {
        Map<String, String> councils = new java.util.TreeMap<>();
        for (Organisation la : system().organisations(OrganisationKind.LOCAL_AUTHORITY)) {
            String lad = la.code().value().replace("LAZ-", "");
            if (PER_HEAD.containsKey(lad)) {
                councils.put(lad, la.name());
            }
        }
        return councils;
    }

    /** The demo registry's code of a borough's council (LAZ-E09000004). */
    public static String council(String lad) {
        return "LAZ-" + lad;
    }

    public static List<PracticeWeights> weightedPopulations() {
        SystemOfSystems s = system();
        String icsName = s.organisation(OdsCode.of(ICB)).map(Organisation::name).orElse(ICB);
        Map<String, String> councils = councils();
        List<PracticeWeights> practices = new ArrayList<>();
        for (Organisation practice : s.organisations(OrganisationKind.GP_PRACTICE)) {
            Optional<Double> registered = s.population(practice.code(), PopulationMeasure.REGISTERED);
            Optional<Organisation> place = s.placeOf(practice.code());
            if (registered.isEmpty() || registered.get() <= 0 || place.isEmpty()) {
                continue;
            }
            String lad = place.get().code().value().replace("LCPZ-", "");
            double[] perHead = PER_HEAD.get(lad);
            if (perHead == null) {
                continue;
            }
            Optional<Organisation> pcn = s.ancestor(practice.code(), OrganisationKind.PCN);
            BigDecimal list = BigDecimal.valueOf(registered.get().longValue());
            Map<NeedComponent, BigDecimal> weighted = new EnumMap<>(NeedComponent.class);
            for (NeedComponent c : NeedComponent.values()) {
                double spread = 1 + (Math.floorMod((practice.code().value() + c.name()).hashCode(), 101) - 50) / 1000.0;
                weighted.put(
                        c,
                        list.multiply(BigDecimal.valueOf(perHead[c.ordinal()] * spread))
                                .setScale(2, RoundingMode.HALF_EVEN));
            }
            practices.add(new PracticeWeights(
                    practice.code().value(),
                    practice.name(),
                    pcn.map(p -> p.code().value()).orElse(null),
                    pcn.map(Organisation::name).orElse(null),
                    null,
                    null,
                    ICB,
                    icsName,
                    council(lad),
                    councils.getOrDefault(lad, lad),
                    council(lad),
                    councils.getOrDefault(lad, lad),
                    list,
                    weighted));
        }
        return practices;
    }

    public static AllocationRequest allocation(List<PracticeWeights> practices) {
        Map<String, Money> baselines = new LinkedHashMap<>();
        Map<String, Long> registered = new LinkedHashMap<>();
        practices.forEach(
                p -> registered.merge(p.localAuthority(), p.registered().longValue(), Long::sum));
        registered.forEach((la, heads) ->
                baselines.put(la, Money.ofPence(heads * BASELINE_PENCE_PER_HEAD.get(la.replace("LAZ-", "")))));
        List<AllocationInputs.TopSlice> slices = List.of(
                new AllocationInputs.TopSlice("NHS 111 and integrated urgent care", Money.ofPounds(38_000_000)),
                new AllocationInputs.TopSlice("ICS-wide digital and data", Money.ofPounds(12_500_000)));
        List<AllocationInputs.Programme> programmes = List.of(
                programme("Acute care", NeedComponent.GENERAL_ACUTE, "52"),
                programme("Community services", NeedComponent.COMMUNITY, "11"),
                programme("Mental health", NeedComponent.MENTAL_HEALTH, "12"),
                programme("Maternity", NeedComponent.MATERNITY, "3"),
                programme("Prescribing", NeedComponent.PRESCRIBING, "10"),
                programme("Primary medical care", NeedComponent.FINAL_PRIMARY_MEDICAL_CARE, "8"),
                programme("Health inequalities fund", NeedComponent.HEALTH_INEQUALITIES, "4"));
        return new AllocationRequest(
                "Demo 2026/27 allocation to places",
                YEAR,
                ICB,
                Grouping.LOCAL_AUTHORITY,
                Money.ofPounds(4_360_000_000L),
                slices,
                programmes,
                baselines,
                5,
                new BigDecimal("3.0"),
                new BigDecimal("2.0"),
                new BigDecimal("5.5"));
    }

    private static AllocationInputs.Programme programme(String name, NeedComponent component, String weight) {
        return new AllocationInputs.Programme(name, component, new BigDecimal(weight));
    }

    public static List<Budget> budgets() {
        List<Budget> budgets = new ArrayList<>();
        for (Map.Entry<String, String> council : councils().entrySet()) {
            String lad = council.getKey();
            String s = SHORT.get(lad);
            String place = "LCPZ-" + lad;
            budgets.add(new Budget(
                    "COMM-" + s,
                    "Proactive community care, "
                            + council.getValue()
                                    .replace("London Borough of ", "")
                                    .replace("Royal Borough of ", ""),
                    place + "-COM",
                    "COMMUNITY_SERVICES",
                    PlaceCode.of(place),
                    OdsCode.of(ICB),
                    null,
                    Money.ofPounds(4_800_000),
                    YEAR));
            budgets.add(new Budget(
                    "BCF-" + s + "-CARE",
                    "Better Care Fund: home care and reablement",
                    "HWB-" + lad,
                    "BETTER_CARE_FUND",
                    PlaceCode.of(place),
                    OdsCode.of(council(lad)),
                    "BCF-" + s,
                    Money.ofPounds(14_000_000),
                    YEAR));
            budgets.add(new Budget(
                    "BCF-" + s + "-COMM",
                    "Better Care Fund: community health in-reach",
                    "HWB-" + lad,
                    "BETTER_CARE_FUND",
                    PlaceCode.of(place),
                    OdsCode.of(ICB),
                    "BCF-" + s,
                    Money.ofPounds(9_000_000),
                    YEAR));
        }
        budgets.add(new Budget(
                "MH-LEAD",
                "Specialist mental health (lead provider)",
                "RV5",
                "MENTAL_HEALTH",
                null,
                OdsCode.of(ICB),
                null,
                Money.ofPounds(18_000_000),
                YEAR));
        budgets.add(new Budget(
                "ACUTE-TRANS",
                "Acute transformation programme",
                "QZZ-JC-ACUTE",
                "ACUTE_TRANSFORMATION",
                null,
                OdsCode.of(ICB),
                null,
                Money.ofPounds(14_000_000),
                YEAR));
        budgets.add(new Budget(
                "FIN-CONT",
                "Financial contingency",
                "DIRECTOR_OF_FINANCE",
                "FINANCIAL_DUTIES",
                null,
                OdsCode.of(ICB),
                null,
                Money.ofPounds(900_000),
                YEAR));
        return budgets;
    }

    public static List<PooledFund> pools() {
        List<PooledFund> pools = new ArrayList<>();
        for (Map.Entry<String, String> council : councils().entrySet()) {
            String lad = council.getKey();
            String s = SHORT.get(lad);
            boolean agreed = "LAM".equals(s);
            Partner icb = new Partner(
                    OdsCode.of(ICB),
                    "NHS South East London (synthetic) ICB",
                    PartnerKind.NHS,
                    Money.ofPounds(13_800_000),
                    agreed ? Optional.of(new BigDecimal("70")) : Optional.empty(),
                    agreed ? Optional.of(Money.ofPounds(1_000_000)) : Optional.empty());
            Partner la = new Partner(
                    OdsCode.of(council(lad)),
                    council.getValue(),
                    PartnerKind.COUNCIL,
                    Money.ofPounds(9_200_000),
                    agreed ? Optional.of(new BigDecimal("30")) : Optional.empty(),
                    Optional.empty());
            pools.add(new PooledFund(
                    "BCF-" + s,
                    "Better Care Fund, " + council.getValue(),
                    OdsCode.of(council(lad)),
                    PlaceCode.of("LCPZ-" + lad),
                    YEAR,
                    agreed ? PooledFund.RiskBasis.AGREED_PERCENTAGES : PooledFund.RiskBasis.BY_CONTRIBUTION,
                    List.of(icb, la)));
        }
        return pools;
    }

    /** Twelve months (April 2026 to March 2027), two subjectives a budget a month; Bromley's home care runs ever further over. */
    public static List<LedgerLine> ledger() {
        List<LedgerLine> lines = new ArrayList<>();
        for (Budget b : budgets()) {
            for (int m = 1; m <= 12; m++) {
                YearMonth period = YearMonth.of(2026, 4).plusMonths(m - 1);
                double drift = "BCF-BRO-CARE".equals(b.code())
                        ? 0.004 + 0.0125 * m
                        : (Math.floorMod((b.code() + m).hashCode(), 41) - 22) / 1000.0;
                long month = BigDecimal.valueOf(b.amount().pence())
                        .multiply(BigDecimal.valueOf(1 + drift))
                        .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_EVEN)
                        .longValueExact();
                long staff = month * 35 / 100;
                lines.add(new LedgerLine(period, b.organisation(), b.code(), "Pay", Money.ofPence(staff)));
                lines.add(new LedgerLine(
                        period,
                        b.organisation(),
                        b.code(),
                        b.pool() == null ? "Non-pay" : "Care packages",
                        Money.ofPence(month - staff)));
            }
        }
        return lines;
    }

    public static List<ForecastAdjustment> adjustments() {
        return List.of(new ForecastAdjustment(
                "COMM-LEW", Money.ofPounds(150_000), "Winter discharge scheme from December, funded in year"));
    }
}
