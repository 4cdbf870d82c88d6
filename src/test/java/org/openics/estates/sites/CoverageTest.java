package org.openics.estates.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openics.estates.Backlog;
import org.openics.estates.Hub;
import org.openics.estates.HubCoverage;
import org.openics.estates.Site;
import org.openics.kernel.OdsCode;

class CoverageTest {

    static Site site(double lat, double lon) {
        return new Site(
                "H1",
                "Hub",
                OdsCode.of("QZZ"),
                "LCP-A",
                "",
                "",
                Optional.of(lat),
                Optional.of(lon),
                Optional.empty(),
                1000,
                Optional.empty(),
                Backlog.NONE,
                Optional.empty(),
                Map.of(),
                Optional.empty(),
                Optional.empty(),
                LocalDate.of(2025, 4, 1));
    }

    @Test
    void oneDegreeOfLatitudeIsAbout111Kilometres() {
        assertThat(Travel.straightKm(51, 0, 52, 0)).isCloseTo(111.2, within(0.1));
        assertThat(Travel.straightKm(51.5, -0.1, 51.5, -0.1)).isZero();
    }

    @Test
    void theMeanDistanceIsWeightedByRegisteredPatientsAndServicesFollowTheirPcns() {
        Hub hub = new Hub(
                "H1",
                "Hub",
                List.of(
                        new Hub.HostedService("Phlebotomy", "", List.of()),
                        new Hub.HostedService("Wellbeing", "", List.of("P2"))),
                List.of(new Hub.Neighbourhood("P1", 51.0, 0.0), new Hub.Neighbourhood("P2", 51.02, 0.0)));
        HubCoverage c = Coverage.of(
                hub, Optional.of(site(51.0, 0.0)), Map.of("P1", "One"), Map.of("P1", 30_000.0, "P2", 10_000.0));
        double p2 = Travel.travelKm(Travel.straightKm(51.02, 0, 51.0, 0));
        assertThat(c.reach().get(0).travelKm()).isZero();
        assertThat(c.reach().get(1).travelKm()).isCloseTo(p2, within(0.01));
        assertThat(c.meanDistanceKm()).isCloseTo(p2 * 10_000 / 40_000, within(0.01));
        assertThat(c.reach().get(0).services()).containsExactly("Phlebotomy");
        assertThat(c.reach().get(1).services()).containsExactly("Phlebotomy", "Wellbeing");
        assertThat(c.reach().get(1).pcnName()).isEqualTo("P2");
    }

    @Test
    void aHubWhoseSiteHasNoPositionOrAPcnWithoutPatientsHasNoMeanWithTheReason() {
        Hub hub = new Hub("H1", "Hub", List.of(), List.of(new Hub.Neighbourhood("P1", 51.0, 0.0)));
        assertThat(Coverage.of(hub, Optional.empty(), Map.of(), Map.of()).notCalculated())
                .isEqualTo("site H1 has no return on this date");
        HubCoverage c = Coverage.of(hub, Optional.of(site(51.0, 0.01)), Map.of(), Map.of());
        assertThat(c.meanDistanceKm()).isNull();
        assertThat(c.notCalculated()).contains("no registered patients");
    }
}
