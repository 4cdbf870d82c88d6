package org.openics.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openics.governance.constitution.ConstitutionCheck;
import org.openics.governance.delegation.DecisionRouter;
import org.openics.governance.demo.DemoGovernance;
import org.openics.governance.log.DecisionChain;
import org.openics.governance.model.GovernanceModel;

/**
 * A quick, repeatable measure of the domain's speed on the demo governance (printed; run with
 * {@code ./mvnw -q test -Dtest=GovernanceBenchmarkTest}). It asserts the work was done, not a time.
 */
class GovernanceBenchmarkTest {

    static final int ROUTES = 20_000;
    static final int RECORDS = 20_000;

    final GovernanceModel demo = Fixtures.demo();

    @Test
    void routesDecisionsChecksTheConstitutionAndVerifiesALongChain() {
        DecisionRouter router = new DecisionRouter(demo, Fixtures.southEastLondon());
        List<ProposedDecision> decisions = randomDecisions(new Random(7));
        long started = System.nanoTime();
        int decidable = 0;
        for (ProposedDecision decision : decisions) {
            decidable += router.route(decision) instanceof Routing.Routed ? 1 : 0;
        }
        double routeMicros = (System.nanoTime() - started) / 1e3 / ROUTES;

        ConstitutionCheck check = new ConstitutionCheck(demo, Fixtures.southEastLondon());
        started = System.nanoTime();
        int breaches = 0;
        for (int i = 0; i < 1_000; i++) {
            breaches += check.on(LocalDate.of(2026, 6, 1)).breaches().size();
        }
        double checkMicros = (System.nanoTime() - started) / 1e3 / 1_000;

        started = System.nanoTime();
        List<DecisionRecord> chain = chain();
        double sealMicros = (System.nanoTime() - started) / 1e3 / RECORDS;
        started = System.nanoTime();
        LogVerification verification = DecisionChain.verify(chain);
        double verifyMillis = (System.nanoTime() - started) / 1e6;

        System.out.printf(
                "governance benchmark: route %.1f µs/decision (%,d decisions, %,d decidable); constitution check %.0f µs"
                        + " (21 bodies); seal %.1f µs/record; verify %,d records in %.0f ms%n",
                routeMicros, ROUTES, decidable, checkMicros, sealMicros, RECORDS, verifyMillis);
        assertThat(decidable).isBetween(ROUTES / 2, ROUTES - 1);
        assertThat(breaches).isEqualTo(3_000);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.records()).isEqualTo(RECORDS);
    }

    private List<ProposedDecision> randomDecisions(Random random) {
        List<String> functions =
                demo.functions().stream().map(GovernedFunction::code).toList();
        List<String> places = List.of("LCPZ-E09000004", "LCPZ-E09000022", "LCPZ-E09000028");
        List<ProposedDecision> decisions = new ArrayList<>(ROUTES);
        for (int i = 0; i < ROUTES; i++) {
            decisions.add(new ProposedDecision(
                    functions.get(random.nextInt(functions.size())),
                    random.nextInt(30_000_000),
                    random.nextBoolean() ? places.get(random.nextInt(places.size())) : null,
                    random.nextInt(4) == 0 ? List.of(DemoGovernance.LAMBETH_PRACTICE) : List.of(),
                    LocalDate.of(2026, 1, 1).plusDays(random.nextInt(600))));
        }
        return decisions;
    }

    private static List<DecisionRecord> chain() {
        List<DecisionRecord> records = new ArrayList<>(RECORDS);
        String previous = DecisionChain.GENESIS;
        Instant at = Instant.parse("2026-05-14T10:00:00Z");
        for (int i = 1; i <= RECORDS; i++) {
            DecisionRecord sealed = DecisionChain.seal(new DecisionRecord(
                    i,
                    at.plusSeconds(i),
                    DemoGovernance.LAMBETH_COMMITTEE,
                    LocalDate.of(2026, 5, 14),
                    "Item " + i,
                    "Award a contract",
                    "PRIMARY_MEDICAL",
                    i,
                    DemoGovernance.LAMBETH,
                    List.of(DemoGovernance.LAMBETH_PRACTICE),
                    Outcome.APPROVED,
                    "4 of 5 members eligible",
                    "SORD-3.3-LAMBETH",
                    List.of(),
                    null,
                    previous,
                    null));
            records.add(sealed);
            previous = sealed.hash();
        }
        return records;
    }
}
