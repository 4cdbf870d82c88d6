package org.openics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openics.analytics.PopulationHealth;
import org.openics.finance.Finance;
import org.openics.finance.FinanceLocalNeedIT;
import org.openics.finance.LocalNeedTable;
import org.openics.finance.NeedComponent;
import org.openics.finance.demo.DemoFinance;
import org.openics.governance.Governance;
import org.openics.kernel.Actor;
import org.openics.kernel.UserRole;
import org.openics.record.SharedCareRecord;
import org.openics.registry.Registry;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code openics finance local-need} against the running server's store: the same table as the entry point's. */
class FinanceLocalNeedCommandIT extends PlatformIT {

    @Autowired
    Finance finance;

    @Autowired
    Registry registry;

    @Autowired
    Governance governance;

    @Autowired
    SharedCareRecord record;

    @Autowired
    PopulationHealth health;

    @Test
    void localNeedPrintsTheEntryPointsTableAsJsonAndAsText() throws Exception {
        FinanceLocalNeedIT.analysedDemo(HOME, registry, governance, finance, record, health);
        LocalNeedTable table = finance.localNeed(
                new Actor("analyst", UserRole.ANALYST, Optional.empty(), Optional.empty()),
                DemoFinance.YEAR,
                DemoFinance.ICB);

        FinanceCommandTest.Run json = FinanceCommandTest.run(
                "--home",
                HOME.toString(),
                "finance",
                "local-need",
                "--year",
                DemoFinance.YEAR,
                "--ics",
                DemoFinance.ICB,
                "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.get("places")).hasSize(table.places().size());
        for (int i = 0; i < table.places().size(); i++) {
            LocalNeedTable.Place p = table.places().get(i);
            JsonNode ga = doc.get("places").get(i).get(NeedComponent.GENERAL_ACUTE.header());
            assertThat(doc.get("places").get(i).get("code").asText()).isEqualTo(p.code());
            LocalNeedTable.Component c =
                    p.component(NeedComponent.GENERAL_ACUTE).orElseThrow();
            if (c.local() == null) {
                assertThat(ga.get("local").isNull()).isTrue();
                assertThat(ga.get("reason").asText()).isEqualTo(c.reason());
            } else {
                assertThat(ga.get("local").decimalValue()).isEqualByComparingTo(c.local());
            }
            assertThat(doc.get("places").get(i).get("explanation").asText()).isEqualTo(p.explanation());
        }

        FinanceCommandTest.Run text = FinanceCommandTest.run(
                "--home",
                HOME.toString(),
                "finance",
                "local-need",
                "--year",
                DemoFinance.YEAR,
                "--ics",
                DemoFinance.ICB);
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out())
                .contains("Local need index beside NHS England's")
                .contains(table.places().get(0).explanation())
                .contains("Mat WP")
                .contains("no births or maternity");
    }
}
