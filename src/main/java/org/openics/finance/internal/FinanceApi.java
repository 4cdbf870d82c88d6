package org.openics.finance.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.finance.AllocationRequest;
import org.openics.finance.AllocationRun;
import org.openics.finance.Budget;
import org.openics.finance.BudgetOutcome;
import org.openics.finance.CapitalPlan;
import org.openics.finance.Finance;
import org.openics.finance.FinanceChange;
import org.openics.finance.ForecastAdjustment;
import org.openics.finance.Grouping;
import org.openics.finance.LedgerImport;
import org.openics.finance.PooledFund;
import org.openics.finance.RerunCheck;
import org.openics.finance.SystemPosition;
import org.openics.finance.WeightedPopulationsImport;
import org.openics.finance.capital.CapitalRound;
import org.openics.finance.capital.SensitivityReport;
import org.openics.kernel.NotAuthorised;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of finance under {@code /api/finance}: every signed-in user reads; a finance lead writes (checked by
 * {@link Finance} itself; a refusal is 403 with its reason). Money is {"pence": n}; CSV downloads end in {@code .csv}.
 */
@RestController
@RequestMapping("/api/finance")
class FinanceApi {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Finance finance;
    private final Actors actors;

    FinanceApi(Finance finance, Actors actors) {
        this.finance = finance;
        this.actors = actors;
    }

    @GetMapping("/years")
    List<String> years(Authentication auth) {
        return finance.weightedYears(actors.of(auth));
    }

    @GetMapping("/need")
    Map<String, Object> need(
            Authentication auth,
            @RequestParam String year,
            @RequestParam String ics,
            @RequestParam(defaultValue = "local-authority") String by) {
        return finance.need(actors.of(auth), year, ics, grouping(by)).asDocument();
    }

    @GetMapping(value = "/need.csv", produces = "text/csv")
    ResponseEntity<String> needCsv(
            Authentication auth,
            @RequestParam String year,
            @RequestParam String ics,
            @RequestParam(defaultValue = "local-authority") String by) {
        return csv(
                "need-" + ics + "-" + by + ".csv",
                FinanceCsv.need(finance.need(actors.of(auth), year, ics, grouping(by))));
    }

    @GetMapping("/need/local")
    Map<String, Object> localNeed(Authentication auth, @RequestParam String year, @RequestParam String ics) {
        return finance.localNeed(actors.of(auth), year, ics).asDocument();
    }

    @GetMapping(value = "/need/local.csv", produces = "text/csv")
    ResponseEntity<String> localNeedCsv(Authentication auth, @RequestParam String year, @RequestParam String ics) {
        return csv("local-need-" + ics + ".csv", FinanceCsv.localNeed(finance.localNeed(actors.of(auth), year, ics)));
    }

    @PostMapping(
            value = "/weighted",
            consumes = {"text/csv", "text/plain"})
    WeightedPopulationsImport importWeighted(
            Authentication auth,
            @RequestBody String body,
            @RequestParam String name,
            @RequestParam Optional<String> year)
            throws IOException {
        return withFile(name, body, file -> finance.importWeightedPopulations(actors.of(auth), file, year));
    }

    @GetMapping("/runs")
    List<AllocationRun> runs(Authentication auth) {
        return finance.runs(actors.of(auth));
    }

    @GetMapping("/runs/{id}")
    ResponseEntity<AllocationRun> run(Authentication auth, @PathVariable long id) {
        return ResponseEntity.of(finance.run(actors.of(auth), id));
    }

    @GetMapping(value = "/runs/{id}/targets.csv", produces = "text/csv")
    ResponseEntity<String> targets(Authentication auth, @PathVariable long id) {
        return finance.run(actors.of(auth), id)
                .map(r -> csv("run-" + id + "-targets.csv", FinanceCsv.targets(r)))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/runs/{id}/path.csv", produces = "text/csv")
    ResponseEntity<String> path(Authentication auth, @PathVariable long id) {
        return finance.run(actors.of(auth), id)
                .map(r -> csv("run-" + id + "-path.csv", FinanceCsv.path(r)))
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/runs")
    AllocationRun allocate(Authentication auth, @RequestBody AllocationRequest request) {
        return finance.allocate(actors.of(auth), request);
    }

    @PostMapping("/runs/{id}/rerun")
    RerunCheck rerun(Authentication auth, @PathVariable long id) {
        return finance.rerun(actors.of(auth), id);
    }

    @GetMapping("/budgets")
    List<Budget> budgets(Authentication auth, @RequestParam Optional<String> year) {
        return finance.budgets(actors.of(auth), year.orElse(null));
    }

    @PostMapping("/budgets")
    ResponseEntity<BudgetOutcome> setBudget(Authentication auth, @RequestBody Budget budget) {
        BudgetOutcome outcome = finance.setBudget(actors.of(auth), budget);
        return ResponseEntity.status(outcome.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(outcome);
    }

    @GetMapping("/pools")
    List<PooledFund> pools(Authentication auth, @RequestParam Optional<String> year) {
        return finance.pooledFunds(actors.of(auth), year.orElse(null));
    }

    @PostMapping("/pools")
    ResponseEntity<Void> setPool(Authentication auth, @RequestBody PooledFund fund) {
        finance.setPooledFund(actors.of(auth), fund);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(
            value = "/ledger",
            consumes = {"text/csv", "text/plain"})
    LedgerImport importLedger(
            Authentication auth, @RequestBody String body, @RequestParam(defaultValue = "ledger.csv") String name)
            throws IOException {
        return withFile(name, body, file -> finance.importLedger(actors.of(auth), file));
    }

    @PostMapping("/adjustments")
    ResponseEntity<Void> adjust(Authentication auth, @RequestBody ForecastAdjustment adjustment) {
        finance.addForecastAdjustment(actors.of(auth), adjustment);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/position")
    SystemPosition position(Authentication auth, @RequestParam String year, @RequestParam Optional<YearMonth> asAt) {
        return finance.position(actors.of(auth), year, asAt);
    }

    @GetMapping(value = "/position/{table}.csv", produces = "text/csv")
    ResponseEntity<String> positionCsv(
            Authentication auth,
            @PathVariable String table,
            @RequestParam String year,
            @RequestParam Optional<YearMonth> asAt) {
        SystemPosition p = finance.position(actors.of(auth), year, asAt);
        return switch (table) {
            case "budgets" -> csv("budgets.csv", FinanceCsv.budgets(p));
            case "pools" -> csv("pools.csv", FinanceCsv.pools(p));
            case "organisations" -> csv("organisations.csv", FinanceCsv.organisations(p));
            default -> ResponseEntity.notFound().build();
        };
    }

    @GetMapping("/changes")
    List<FinanceChange> changes(Authentication auth, @RequestParam(defaultValue = "100") int limit) {
        return finance.changes(actors.of(auth), limit);
    }

    // --- capital

    /** A capital round to submit: its name and the round (bids, criteria with weights, option groups, envelope, objective). */
    record CapitalSubmission(String name, CapitalRound round) {}

    @GetMapping("/capital")
    List<Map<String, Object>> capitalRounds(Authentication auth) {
        return finance.capitalRounds(actors.of(auth)).stream()
                .map(p -> Map.<String, Object>of(
                        "id",
                        p.id(),
                        "name",
                        p.name(),
                        "planned",
                        p.planned(),
                        "plannedAt",
                        p.plannedAt().toString(),
                        "bids",
                        p.round().bids().size()))
                .toList();
    }

    @GetMapping("/capital/{id}")
    CapitalPlan capitalRound(Authentication auth, @PathVariable String id) {
        return capital(auth, id);
    }

    @GetMapping("/capital/{id}/bids")
    List<CapitalPlan.BidLine> capitalBids(Authentication auth, @PathVariable String id) {
        return capital(auth, id).bids();
    }

    @GetMapping(value = "/capital/{id}/portfolio.csv", produces = "text/csv")
    ResponseEntity<String> capitalCsv(Authentication auth, @PathVariable String id) {
        return csv("capital-" + id + ".csv", FinanceCsv.capital(capital(auth, id)));
    }

    @GetMapping(value = "/capital/{id}/spend.csv", produces = "text/csv")
    ResponseEntity<String> capitalSpendCsv(Authentication auth, @PathVariable String id) {
        return csv("capital-" + id + "-spend.csv", FinanceCsv.capitalSpend(capital(auth, id)));
    }

    @GetMapping("/capital/{id}/sensitivity")
    SensitivityReport capitalSensitivity(Authentication auth, @PathVariable String id) {
        return finance.capitalSensitivity(actors.of(auth), id);
    }

    @PostMapping("/capital/{id}")
    CapitalPlan submitCapital(Authentication auth, @PathVariable String id, @RequestBody CapitalSubmission submission) {
        if (submission == null || submission.round() == null) {
            throw new IllegalArgumentException(
                    "the body needs a \"round\": criteria, bids, optionGroups, envelope and objective");
        }
        return finance.submitCapitalRound(actors.of(auth), id, submission.name(), submission.round());
    }

    @PostMapping("/capital/{id}/plan")
    CapitalPlan planCapital(Authentication auth, @PathVariable String id) {
        return finance.planCapital(actors.of(auth), id);
    }

    private CapitalPlan capital(Authentication auth, String id) {
        return finance.capitalRound(actors.of(auth), id)
                .orElseThrow(() -> new IllegalArgumentException("no capital round " + id));
    }

    static Grouping grouping(String by) {
        return Grouping.parse(by).orElseThrow(() -> new IllegalArgumentException("'" + by + "' is not a grouping"));
    }

    static ResponseEntity<String> csv(String name, String body) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .body(body);
    }

    interface FileUse<T> {
        T apply(Path file) throws IOException;
    }

    /** The request body as a file of the given name (importers read files and report by file name), removed afterwards. */
    static <T> T withFile(String name, String body, FileUse<T> use) throws IOException {
        String safe = Path.of(name).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        Path dir = Files.createTempDirectory("openics-finance");
        Path file = dir.resolve(safe);
        try {
            Files.writeString(file, body, StandardCharsets.UTF_8);
            return use.apply(file);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    @ExceptionHandler(NotAuthorised.class)
    ResponseEntity<ProblemDetail> refused(NotAuthorised e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
