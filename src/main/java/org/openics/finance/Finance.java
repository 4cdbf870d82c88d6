package org.openics.finance;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openics.kernel.Actor;

/**
 * Finance's one entry point: the single pound of the ICS. Every method takes the actor and checks
 * {@link FinancePermission} here (reads: any signed-in user; changes: a finance lead), so the pages, the API and the
 * command line get the same answer; a refusal is {@link org.openics.kernel.NotAuthorised}. Every change is written to
 * the finance change log with who, when and what.
 *
 * <p>Capital prioritisation: the rounds are planned by the pure optimiser {@code org.openics.finance.capital} and stored here.
 */
public interface Finance {

    // --- Need

    /** Imports a weighted-populations file for its allocation year: atomic, replacing that year; the same file again changes nothing. */
    WeightedPopulationsImport importWeightedPopulations(Actor actor, Path file, Optional<String> year);

    /** The allocation years held, newest first. */
    List<String> weightedYears(Actor actor);

    /** Need indices of an ICB's practices grouped by file groupings or by the registry's places. */
    NeedIndexTable need(Actor actor, String year, String ics, Grouping grouping);

    /**
     * NHS England's need index of each registry place beside OpenICS's local need index from the system's own
     * population (analytics: age, sex, deprivation, long-term conditions, premature deaths), with each place's largest
     * difference explained (component and driver). Any signed-in user.
     */
    LocalNeedTable localNeed(Actor actor, String year, String ics);

    // --- Allocation

    /** Runs and saves an allocation from the stored weighted populations; refused runs are saved too, with their problems. */
    AllocationRun allocate(Actor actor, AllocationRequest request);

    List<AllocationRun> runs(Actor actor);

    Optional<AllocationRun> run(Actor actor, long id);

    /** Computes a saved run again from its saved inputs, saves the re-run and says whether every figure is the same. */
    RerunCheck rerun(Actor actor, long id);

    // --- Budgets, pools and the ledger

    /** Sets (adds or replaces) a budget when governance says its holder has the delegated authority; otherwise refused with the reason. */
    BudgetOutcome setBudget(Actor actor, Budget budget);

    List<Budget> budgets(Actor actor, String year);

    /** Sets (adds or replaces) a pooled fund with its partners and risk share. */
    void setPooledFund(Actor actor, PooledFund fund);

    List<PooledFund> pooledFunds(Actor actor, String year);

    /** Imports a ledger extract: good rows replace what was held for their (period, organisation); bad rows listed. */
    LedgerImport importLedger(Actor actor, Path file);

    void addForecastAdjustment(Actor actor, ForecastAdjustment adjustment);

    /**
     * Variance to date, forecast outturn, RAG, pools' risk shares and every organisation's net, for a financial year, from
     * the actuals up to a month (default: the latest held).
     */
    SystemPosition position(Actor actor, String year, Optional<java.time.YearMonth> asAt);

    /** The change log, newest first. */
    List<FinanceChange> changes(Actor actor, int limit);

    /** Loads the demo finances of the synthetic ICS unless there are budgets already, and the demo capital round unless held; true when anything was loaded now. */
    boolean loadDemo(Actor actor);

    // --- Capital

    /**
     * Stores (adds or replaces) capital round {@code id} and plans it at once: the portfolio, or the planner's refusals
     * with their reasons, is stored with the round, with the approval route of every chosen bid (governance's answer for
     * a decision of its total cost).
     */
    CapitalPlan submitCapitalRound(Actor actor, String id, String name, org.openics.finance.capital.CapitalRound round);

    /** Plans a stored round again (e.g. after the scheme of delegation changed) and stores the new plan. */
    CapitalPlan planCapital(Actor actor, String id);

    /** The stored capital rounds with their last plans, in id order. */
    List<CapitalPlan> capitalRounds(Actor actor);

    Optional<CapitalPlan> capitalRound(Actor actor, String id);

    /** Which choices of round {@code id}'s portfolio change when any criterion's weight moves by ±10% (computed, not stored). */
    org.openics.finance.capital.SensitivityReport capitalSensitivity(Actor actor, String id);
}
