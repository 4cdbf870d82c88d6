package org.openics.finance.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openics.analytics.PopulationHealth;
import org.openics.finance.AllocationInputs;
import org.openics.finance.AllocationRequest;
import org.openics.finance.AllocationResult;
import org.openics.finance.AllocationRun;
import org.openics.finance.Budget;
import org.openics.finance.BudgetOutcome;
import org.openics.finance.CapitalApproval;
import org.openics.finance.CapitalPlan;
import org.openics.finance.ComponentNeed;
import org.openics.finance.Finance;
import org.openics.finance.FinanceChange;
import org.openics.finance.FinancePermission;
import org.openics.finance.FinancialYear;
import org.openics.finance.ForecastAdjustment;
import org.openics.finance.Grouping;
import org.openics.finance.LedgerImport;
import org.openics.finance.LedgerLine;
import org.openics.finance.LocalNeedTable;
import org.openics.finance.NeedComponent;
import org.openics.finance.NeedIndexTable;
import org.openics.finance.NeedUnit;
import org.openics.finance.PooledFund;
import org.openics.finance.RerunCheck;
import org.openics.finance.SystemPosition;
import org.openics.finance.UnitName;
import org.openics.finance.WeightedPopulationsImport;
import org.openics.finance.allocation.NeedWeightedAllocation;
import org.openics.finance.budgets.DelegatedAuthority;
import org.openics.finance.budgets.FinancialPosition;
import org.openics.finance.budgets.LedgerFile;
import org.openics.finance.capital.CapitalPlanner;
import org.openics.finance.capital.CapitalRound;
import org.openics.finance.capital.ChosenBid;
import org.openics.finance.capital.PlanOutcome;
import org.openics.finance.capital.Portfolio;
import org.openics.finance.capital.Refusal;
import org.openics.finance.capital.SensitivityReport;
import org.openics.finance.demo.DemoCapital;
import org.openics.finance.demo.DemoFinance;
import org.openics.finance.need.LocalNeedIndices;
import org.openics.finance.need.LocalNeedMethod;
import org.openics.finance.need.NeedIndices;
import org.openics.finance.need.PracticeWeights;
import org.openics.finance.need.WeightedPopulationFile;
import org.openics.governance.Governance;
import org.openics.governance.ProposedDecision;
import org.openics.governance.Routing;
import org.openics.governance.RoutingAnswer;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.kernel.Money;
import org.openics.kernel.OdsCode;
import org.openics.registry.Organisation;
import org.openics.registry.Registry;
import org.openics.registry.SystemOfSystems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class FinanceService implements Finance {

    private final JdbcFinanceStore store;
    private final Governance governance;
    private final Registry registry;
    private final PopulationHealth health;
    private final Clock clock = Clock.systemDefaultZone();
    private final CapitalPlanner capitalPlanner = new CapitalPlanner();
    private final ObjectMapper json = new ObjectMapper()
            .findAndRegisterModules()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    FinanceService(JdbcFinanceStore store, Governance governance, Registry registry, PopulationHealth health) {
        this.store = store;
        this.health = health;
        this.governance = governance;
        this.registry = registry;
    }

    // --- need

    @Override
    @Transactional
    public WeightedPopulationsImport importWeightedPopulations(Actor actor, Path file, Optional<String> year) {
        Authorisation.require(actor, FinancePermission.IMPORT_WEIGHTED_POPULATIONS);
        WeightedPopulationFile.Contents contents = WeightedPopulationFile.read(file, year);
        WeightedPopulationsImport report = contents.report();
        if (!report.usable()) {
            return report;
        }
        boolean changed = storeWeighted(actor, report.year(), report.file(), contents.practices());
        return report.stored(changed);
    }

    private boolean storeWeighted(Actor actor, String year, String file, List<PracticeWeights> practices) {
        String digest = digest(practices);
        if (store.weightedDigest(year).filter(digest::equals).isPresent()) {
            return false;
        }
        Instant now = clock.instant();
        store.replaceWeighted(year, file, digest, practices, actor.username(), now);
        store.log(actor, now, "import weighted populations", year, file + ": " + practices.size() + " practices");
        return true;
    }

    static String digest(List<PracticeWeights> practices) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (PracticeWeights p : practices) {
                sha.update((p + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<String> weightedYears(Actor actor) {
        Authorisation.require(actor, FinancePermission.READ);
        return store.weightedYears();
    }

    @Override
    public NeedIndexTable need(Actor actor, String year, String ics, Grouping grouping) {
        Authorisation.require(actor, FinancePermission.READ);
        return needTable(year, ics, grouping);
    }

    @Override
    public LocalNeedTable localNeed(Actor actor, String year, String ics) {
        Authorisation.require(actor, FinancePermission.READ);
        return LocalNeedIndices.compute(
                LocalNeedMethod.standard(),
                new AnalyticsLocalFacts(health, ics),
                needTable(year, ics, Grouping.PLACE),
                health.populationDescribed().description());
    }

    private NeedIndexTable needTable(String year, String ics, Grouping grouping) {
        List<PracticeWeights> practices = store.practices(year, ics);
        if (practices.isEmpty()) {
            throw new IllegalArgumentException(
                    "no weighted populations of ICB " + ics + " for " + year + " are imported");
        }
        if (grouping == Grouping.CUSTOM) {
            throw new IllegalArgumentException(
                    "custom clusters are given with the file (openics finance need --by custom --cluster FILE)");
        }
        if (grouping == Grouping.PLACE) {
            SystemOfSystems system = registry.asAt(LocalDate.now(clock));
            return NeedIndices.compute(
                    year,
                    ics,
                    practices,
                    grouping,
                    p -> system.placeOf(OdsCode.of(p.practice()))
                            .map(o -> new UnitName(o.code().value(), o.name())));
        }
        return NeedIndices.compute(year, ics, practices, grouping, NeedIndices.fromFile(grouping, Map.of()));
    }

    // --- allocation

    @Override
    @Transactional
    public AllocationRun allocate(Actor actor, AllocationRequest request) {
        Authorisation.require(actor, FinancePermission.RUN_ALLOCATION);
        AllocationInputs inputs = inputs(request);
        return save(actor, inputs, NeedWeightedAllocation.run(inputs), null);
    }

    /** Snapshots each unit's weighted populations from the need table into the run's inputs. */
    private AllocationInputs inputs(AllocationRequest r) {
        NeedIndexTable need = needTable(r.year(), r.ics(), r.grouping());
        List<AllocationInputs.Unit> units = new ArrayList<>();
        for (NeedUnit unit : need.units()) {
            Map<NeedComponent, BigDecimal> weighted = new EnumMap<>(NeedComponent.class);
            unit.components().forEach(c -> weighted.put(c.component(), c.weighted()));
            Money baseline = r.baselines().get(unit.code());
            if (baseline == null) {
                throw new IllegalArgumentException("no baseline for " + unit.name() + " (" + unit.code()
                        + "): every unit needs its current allocation");
            }
            units.add(new AllocationInputs.Unit(unit.code(), unit.name(), baseline, weighted));
        }
        return new AllocationInputs(
                r.name(),
                r.year(),
                r.grouping(),
                r.envelope(),
                r.topSlices(),
                r.programmes(),
                units,
                r.years(),
                r.growthPercent(),
                r.floorPercent(),
                r.capPercent());
    }

    private AllocationRun save(Actor actor, AllocationInputs inputs, AllocationResult result, Long rerunOf) {
        Instant now = clock.instant();
        String in = write(inputs);
        String out = write(result);
        long id = store.insertRun(inputs.name(), now, actor.username(), rerunOf, in, out);
        store.log(
                actor,
                now,
                rerunOf == null ? "run allocation" : "re-run allocation",
                "run " + id,
                inputs.name()
                        + (result.ok()
                                ? ": " + result.distributable() + " shared between "
                                        + inputs.units().size() + " units"
                                : ": refused — " + String.join(" ", result.problems())));
        return new AllocationRun(
                id, inputs.name(), now, actor.username(), Optional.ofNullable(rerunOf), inputs, result);
    }

    @Override
    public List<AllocationRun> runs(Actor actor) {
        Authorisation.require(actor, FinancePermission.READ);
        return store.runs().stream().map(this::run).toList();
    }

    @Override
    public Optional<AllocationRun> run(Actor actor, long id) {
        Authorisation.require(actor, FinancePermission.READ);
        return store.run(id).map(this::run);
    }

    private AllocationRun run(JdbcFinanceStore.StoredRun s) {
        return new AllocationRun(
                s.id(),
                s.name(),
                s.createdAt(),
                s.createdBy(),
                s.rerunOf(),
                read(s.inputs(), AllocationInputs.class),
                read(s.result(), AllocationResult.class));
    }

    @Override
    @Transactional
    public RerunCheck rerun(Actor actor, long id) {
        Authorisation.require(actor, FinancePermission.RUN_ALLOCATION);
        JdbcFinanceStore.StoredRun stored =
                store.run(id).orElseThrow(() -> new IllegalArgumentException("no allocation run " + id));
        AllocationInputs inputs = read(stored.inputs(), AllocationInputs.class);
        AllocationResult result = NeedWeightedAllocation.run(inputs);
        AllocationRun again = save(actor, inputs, result, id);
        return new RerunCheck(run(stored), again, write(result).equals(stored.result()));
    }

    // --- budgets, pools, ledger

    @Override
    @Transactional
    public BudgetOutcome setBudget(Actor actor, Budget budget) {
        Authorisation.require(actor, FinancePermission.SET_BUDGET);
        long pounds = budget.amount().pounds().setScale(0, RoundingMode.CEILING).longValueExact();
        Routing answer = governance.route(new ProposedDecision(
                budget.function(),
                pounds,
                budget.place() == null ? null : budget.place().value(),
                List.of(),
                FinancialYear.parse(budget.year()).start()));
        BudgetOutcome outcome = DelegatedAuthority.check(budget, answer);
        Instant now = clock.instant();
        if (outcome.accepted()) {
            store.saveBudget(budget, outcome.entry(), actor.username(), now);
            store.log(
                    actor,
                    now,
                    "set budget",
                    budget.code(),
                    budget.name() + ", " + budget.amount() + ", held by " + budget.holder() + " under "
                            + outcome.entry());
        } else {
            store.log(actor, now, "budget refused", budget.code(), String.join(" ", outcome.reasons()));
        }
        return outcome;
    }

    @Override
    public List<Budget> budgets(Actor actor, String year) {
        Authorisation.require(actor, FinancePermission.READ);
        return store.budgets().stream()
                .filter(b -> year == null || b.year().equals(year))
                .toList();
    }

    @Override
    @Transactional
    public void setPooledFund(Actor actor, PooledFund fund) {
        Authorisation.require(actor, FinancePermission.SET_POOLED_FUND);
        store.savePool(fund);
        store.log(
                actor,
                clock.instant(),
                "set pooled fund",
                fund.code(),
                fund.name() + ": " + fund.total() + " from " + fund.partners().size() + " partners, hosted by "
                        + fund.host() + ", risk shared " + fund.basis().label());
    }

    @Override
    public List<PooledFund> pooledFunds(Actor actor, String year) {
        Authorisation.require(actor, FinancePermission.READ);
        return store.pools().stream()
                .filter(p -> year == null || p.year().equals(year))
                .toList();
    }

    @Override
    @Transactional
    public LedgerImport importLedger(Actor actor, Path file) {
        Authorisation.require(actor, FinancePermission.IMPORT_LEDGER);
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return new LedgerImport(name, 0, 0, List.of(), List.of(), Optional.of("no such file: " + file), false);
        }
        Map<String, Budget> budgets = new LinkedHashMap<>();
        store.budgets().forEach(b -> budgets.put(b.code(), b));
        LedgerFile.Contents contents;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            contents = LedgerFile.read(reader, name, budgets);
        } catch (IOException | java.io.UncheckedIOException e) {
            return new LedgerImport(
                    name,
                    0,
                    0,
                    List.of(),
                    List.of(),
                    Optional.of("cannot read " + name + ": " + e.getMessage()),
                    false);
        }
        if (contents.report().problem().isPresent()) {
            return contents.report();
        }
        boolean changed = replace(actor, byPeriodAndOrganisation(contents.lines(), name), name);
        return contents.report().stored(changed);
    }

    /** The lines of one organisation's ledger for one month: what a re-import replaces. */
    private record LedgerMonth(YearMonth period, OdsCode organisation) {}

    /** Ledger lines grouped by period and organisation, numbered in file order. */
    private static Map<LedgerMonth, List<JdbcFinanceStore.StoredLine>> byPeriodAndOrganisation(
            List<LedgerLine> lines, String file) {
        Map<LedgerMonth, List<JdbcFinanceStore.StoredLine>> groups =
                new TreeMap<>(Comparator.comparing(LedgerMonth::period).thenComparing(LedgerMonth::organisation));
        long number = 0;
        for (LedgerLine line : lines) {
            groups.computeIfAbsent(new LedgerMonth(line.period(), line.organisation()), k -> new ArrayList<>())
                    .add(new JdbcFinanceStore.StoredLine(line, file, ++number));
        }
        return groups;
    }

    /** Replaces each (period, organisation) whose lines differ from those held; true when anything changed. */
    private boolean replace(Actor actor, Map<LedgerMonth, List<JdbcFinanceStore.StoredLine>> groups, String source) {
        boolean changed = false;
        Instant now = clock.instant();
        for (Map.Entry<LedgerMonth, List<JdbcFinanceStore.StoredLine>> group : groups.entrySet()) {
            YearMonth period = group.getKey().period();
            String organisation = group.getKey().organisation().value();
            List<LedgerLine> incoming = group.getValue().stream()
                    .map(JdbcFinanceStore.StoredLine::line)
                    .toList();
            if (sorted(store.ledger(period, organisation)).equals(sorted(incoming))) {
                continue;
            }
            store.replaceLedger(period, organisation, group.getValue());
            store.log(
                    actor,
                    now,
                    "import ledger",
                    period + " " + organisation,
                    source + ": " + incoming.size() + " lines, "
                            + Money.sum(
                                    incoming.stream().map(LedgerLine::amount).toList())
                            + " (replacing what was held for that period)");
            changed = true;
        }
        return changed;
    }

    private static List<String> sorted(List<LedgerLine> lines) {
        return lines.stream().map(LedgerLine::toString).sorted().toList();
    }

    @Override
    @Transactional
    public void addForecastAdjustment(Actor actor, ForecastAdjustment adjustment) {
        Authorisation.require(actor, FinancePermission.SET_BUDGET);
        if (store.budgets().stream().noneMatch(b -> b.code().equals(adjustment.budget()))) {
            throw new IllegalArgumentException("no budget " + adjustment.budget() + " to adjust");
        }
        Instant now = clock.instant();
        store.addAdjustment(adjustment, actor.username(), now);
        store.log(
                actor,
                now,
                "add forecast adjustment",
                adjustment.budget(),
                adjustment.amount() + ": " + adjustment.note());
    }

    @Override
    public SystemPosition position(Actor actor, String year, Optional<YearMonth> asAt) {
        Authorisation.require(actor, FinancePermission.READ);
        List<Budget> budgets = store.budgets();
        List<PooledFund> pools = store.pools();
        return FinancialPosition.compute(
                FinancialYear.parse(year), budgets, pools, store.ledger(), store.adjustments(), names(pools), asAt);
    }

    /** Names of the organisations in the position: pool partners' names, then the registry's. */
    private Map<OdsCode, String> names(List<PooledFund> pools) {
        Map<OdsCode, String> names = new LinkedHashMap<>();
        SystemOfSystems system = registry.asAt(LocalDate.now(clock));
        pools.forEach(p -> p.partners().forEach(partner -> names.putIfAbsent(partner.organisation(), partner.name())));
        store.budgets()
                .forEach(b -> names.computeIfAbsent(
                        b.organisation(),
                        o -> system.organisation(o).map(Organisation::name).orElse(o.value())));
        return names;
    }

    @Override
    public List<FinanceChange> changes(Actor actor, int limit) {
        Authorisation.require(actor, FinancePermission.READ);
        return store.changes(Math.max(1, Math.min(limit, 1000)));
    }

    @Override
    @Transactional
    public boolean loadDemo(Actor actor) {
        Authorisation.require(actor, FinancePermission.LOAD_DEMO);
        boolean loaded = false;
        if (!store.hasBudgets()) {
            loadDemoFinances(actor);
            loaded = true;
        }
        if (store.round(DemoCapital.ROUND).isEmpty()) {
            submitCapitalRound(actor, DemoCapital.ROUND, DemoCapital.NAME, DemoCapital.round(placeIndices()));
            loaded = true;
        }
        return loaded;
    }

    /** Each place's Final WP and Health Ineq WP index from the demo's weighted populations; empty without a registry. */
    private Map<String, BigDecimal[]> placeIndices() {
        Map<String, BigDecimal[]> indices = new LinkedHashMap<>();
        if (store.practices(DemoFinance.YEAR, DemoFinance.ICB).isEmpty()) {
            return indices;
        }
        for (NeedUnit unit :
                needTable(DemoFinance.YEAR, DemoFinance.ICB, Grouping.PLACE).units()) {
            BigDecimal[] pair = new BigDecimal[2];
            for (ComponentNeed c : unit.components()) {
                if (c.component() == NeedComponent.FINAL) {
                    pair[0] = c.index();
                } else if (c.component() == NeedComponent.HEALTH_INEQUALITIES) {
                    pair[1] = c.index();
                }
            }
            indices.put(unit.code(), pair);
        }
        return indices;
    }

    private void loadDemoFinances(Actor actor) {
        List<PracticeWeights> practices = DemoFinance.weightedPopulations();
        storeWeighted(actor, DemoFinance.YEAR, "demo (synthetic)", practices);
        AllocationInputs inputs = inputs(DemoFinance.allocation(practices));
        save(actor, inputs, NeedWeightedAllocation.run(inputs), null);
        for (Budget b : DemoFinance.budgets()) {
            BudgetOutcome outcome = setBudget(actor, b);
            if (!outcome.accepted()) {
                throw new IllegalStateException("demo budget " + b.code() + " refused: " + outcome.reasons());
            }
        }
        DemoFinance.pools().forEach(p -> setPooledFund(actor, p));
        replace(actor, byPeriodAndOrganisation(DemoFinance.ledger(), "demo"), "demo ledger");
        DemoFinance.adjustments().forEach(a -> addForecastAdjustment(actor, a));
    }

    // --- capital

    /** The last plan as stored: the portfolio (null when refused), the refusals and the approval routes. */
    record StoredPlan(Portfolio portfolio, List<Refusal> refusals, List<CapitalApproval> approvals) {}

    @Override
    @Transactional
    public CapitalPlan submitCapitalRound(Actor actor, String id, String name, CapitalRound round) {
        Authorisation.require(actor, FinancePermission.SUBMIT_CAPITAL_ROUND);
        if (id == null || id.isBlank() || !id.strip().matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException(
                    "a capital round needs an identifier of letters, digits, '.', '_' or '-' (at most 64)");
        }
        String key = id.strip();
        String title = name == null || name.isBlank() ? key : name.strip();
        Instant now = clock.instant();
        store.saveRound(key, title, write(round), actor.username(), now);
        store.log(
                actor,
                now,
                "submit capital round",
                key,
                title + ": " + round.bids().size() + " bids, "
                        + round.criteria().size() + " criteria, envelope "
                        + round.envelope().size() + " years, " + round.objective());
        return plan(actor, key, round);
    }

    @Override
    @Transactional
    public CapitalPlan planCapital(Actor actor, String id) {
        Authorisation.require(actor, FinancePermission.PLAN_CAPITAL);
        JdbcFinanceStore.StoredRound stored =
                store.round(id).orElseThrow(() -> new IllegalArgumentException("no capital round " + id));
        return plan(actor, id, read(stored.round(), CapitalRound.class));
    }

    private CapitalPlan plan(Actor actor, String id, CapitalRound round) {
        PlanOutcome outcome = capitalPlanner.plan(round);
        StoredPlan plan = outcome instanceof PlanOutcome.Planned p
                ? new StoredPlan(p.portfolio(), List.of(), approvals(round, p.portfolio()))
                : new StoredPlan(null, ((PlanOutcome.Refused) outcome).reasons(), List.of());
        Instant now = clock.instant();
        store.savePlan(id, write(plan), actor.username(), now);
        store.log(
                actor,
                now,
                "plan capital round",
                id,
                plan.portfolio() == null
                        ? "refused — "
                                + plan.refusals().stream()
                                        .map(Refusal::toString)
                                        .collect(java.util.stream.Collectors.joining("; "))
                        : plan.portfolio().chosen().size() + " bids chosen, "
                                + plan.portfolio().rejected().size() + " rejected, objective "
                                + plan.portfolio().solve().objective().toPlainString()
                                + (plan.portfolio().solve().provenOptimal()
                                        ? " (proven optimal)"
                                        : " (gap "
                                                + plan.portfolio().solve().gap().toPlainString() + ")"));
        return capitalPlan(store.round(id).orElseThrow());
    }

    /** Asks governance who may decide each chosen bid: a decision of its total cost (pounds rounded up), system-wide. */
    private List<CapitalApproval> approvals(CapitalRound round, Portfolio portfolio) {
        LocalDate date = round.envelope().isEmpty()
                ? LocalDate.now(clock)
                : capitalYearStart(round.envelope().get(0).year());
        List<CapitalApproval> approvals = new ArrayList<>();
        for (ChosenBid bid : portfolio.chosen()) {
            long pounds =
                    bid.totalCost().pounds().setScale(0, RoundingMode.CEILING).longValueExact();
            RoutingAnswer answer = RoutingAnswer.of(
                    governance.route(new ProposedDecision(CapitalApproval.FUNCTION, pounds, null, List.of(), date)));
            approvals.add(new CapitalApproval(
                    bid.id(),
                    bid.totalCost(),
                    CapitalApproval.FUNCTION,
                    answer.decidable(),
                    answer.decider(),
                    answer.deciderName(),
                    answer.entry(),
                    answer.reasons()));
        }
        return approvals;
    }

    private LocalDate capitalYearStart(String year) {
        try {
            return FinancialYear.parse(year).start();
        } catch (IllegalArgumentException e) {
            return LocalDate.now(clock);
        }
    }

    private CapitalPlan capitalPlan(JdbcFinanceStore.StoredRound s) {
        StoredPlan plan = read(s.plan(), StoredPlan.class);
        return new CapitalPlan(
                s.id(),
                s.name(),
                read(s.round(), CapitalRound.class),
                s.submittedBy(),
                s.submittedAt(),
                Optional.ofNullable(plan.portfolio()),
                plan.refusals(),
                plan.approvals(),
                s.plannedBy(),
                s.plannedAt());
    }

    @Override
    public List<CapitalPlan> capitalRounds(Actor actor) {
        Authorisation.require(actor, FinancePermission.READ);
        return store.rounds().stream().map(this::capitalPlan).toList();
    }

    @Override
    public Optional<CapitalPlan> capitalRound(Actor actor, String id) {
        Authorisation.require(actor, FinancePermission.READ);
        return store.round(id).map(this::capitalPlan);
    }

    @Override
    public SensitivityReport capitalSensitivity(Actor actor, String id) {
        Authorisation.require(actor, FinancePermission.READ);
        CapitalPlan plan =
                capitalRound(actor, id).orElseThrow(() -> new IllegalArgumentException("no capital round " + id));
        Portfolio portfolio = plan.portfolio()
                .orElseThrow(() -> new IllegalArgumentException(
                        "capital round " + id + " was refused, so it has no portfolio to test: " + plan.refusals()));
        return capitalPlanner.sensitivity(plan.round(), portfolio);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a saved record cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
