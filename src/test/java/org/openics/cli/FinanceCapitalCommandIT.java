package org.openics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openics.finance.CapitalPlan;
import org.openics.finance.Finance;
import org.openics.governance.Governance;
import org.openics.kernel.Actor;
import org.openics.kernel.UserRole;
import org.openics.registry.Registry;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code openics finance capital} against the running server's store: the same portfolio as the entry point's. */
class FinanceCapitalCommandIT extends PlatformIT {

    @Autowired
    Finance finance;

    @Autowired
    Registry registry;

    @Autowired
    Governance governance;

    @Test
    void capitalPrintsTheStoredPortfolioAndAnUnknownRoundExitsWithOne() throws Exception {
        Actor lead = new Actor("finance", UserRole.FINANCE_LEAD, Optional.empty(), Optional.empty());
        registry.loadDemoIcs();
        governance.loadDemo();
        finance.loadDemo(lead);
        CapitalPlan plan = finance.capitalRound(lead, CapitalPlan.DEMO_ROUND).orElseThrow();

        FinanceCommandTest.Run json = FinanceCommandTest.run("--home", HOME.toString(), "finance", "capital", "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.at("/plan/id").asText()).isEqualTo(CapitalPlan.DEMO_ROUND);
        assertThat(doc.at("/plan/portfolio/chosen"))
                .hasSize(plan.portfolio().orElseThrow().chosen().size());
        assertThat(doc.get("bids")).hasSize(plan.round().bids().size());

        FinanceCommandTest.Run text = FinanceCommandTest.run(
                "--home", HOME.toString(), "finance", "capital", "--round", CapitalPlan.DEMO_ROUND);
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out())
                .contains("proven optimal")
                .contains("chosen (" + plan.portfolio().orElseThrow().chosen().size() + "):")
                .contains("left out (")
                .contains("approve: ")
                .contains("2030/31");

        FinanceCommandTest.Run missing =
                FinanceCommandTest.run("--home", HOME.toString(), "finance", "capital", "--round", "NO-SUCH");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no capital round NO-SUCH; held: " + CapitalPlan.DEMO_ROUND);
    }
}
