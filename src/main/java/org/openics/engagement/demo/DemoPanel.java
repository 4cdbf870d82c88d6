package org.openics.engagement.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.engagement.AgeBand;
import org.openics.engagement.PanelEvent;
import org.openics.engagement.PanelMember;
import org.openics.engagement.Partner;
import org.openics.engagement.PartnerKind;

/**
 * The demo's citizens' panel and partners, the same every time: Healthwatch in two places, a voluntary sector alliance,
 * the health innovation network; members recruited unevenly (older people and the least deprived areas over-represented,
 * as panels often are) so that the representativeness tables have something to show.
 */
public final class DemoPanel {

    public static final String NETWORK = "HIN-SL";
    public static final String VCSE = "SEL-VCSE";

    private DemoPanel() {}

    /** Partners; the two Healthwatch serve the first two places given. */
    public static List<Partner> partners(List<String> places) {
        List<Partner> partners = new ArrayList<>(List.of(
                new Partner(
                        NETWORK,
                        "Health Innovation Network South London (synthetic)",
                        PartnerKind.HEALTH_INNOVATION_NETWORK,
                        null),
                new Partner(VCSE, "South East London voluntary sector alliance (synthetic)", PartnerKind.VCSE, null)));
        for (int k = 0; k < Math.min(2, places.size()); k++) {
            partners.add(new Partner(
                    "HW-" + (k + 1),
                    "Healthwatch of place " + (k + 1) + " (synthetic)",
                    PartnerKind.HEALTHWATCH,
                    places.get(k)));
        }
        return partners;
    }

    /**
     * Members: for each place (code to its LSOAs, least deprived first is not assumed) a number falling with the
     * place's position, each with an LSOA of the place and an age band leaning old.
     */
    public static List<PanelMember> members(Map<String, List<String>> lsoasByPlace, LocalDate today) {
        List<PanelMember> members = new ArrayList<>();
        int k = 0;
        int n = 0;
        for (var place : lsoasByPlace.entrySet()) {
            int count = Math.max(3, 24 - 4 * k);
            List<String> lsoas = place.getValue();
            for (int j = 0; j < count; j++) {
                AgeBand age = j % 3 == 0 ? AgeBand.AGE_16_TO_59 : AgeBand.AGE_60_PLUS;
                Optional<String> lsoa =
                        lsoas.isEmpty() ? Optional.empty() : Optional.of(lsoas.get((j * 7) % lsoas.size()));
                members.add(new PanelMember(
                        String.format("P-DEMO%03d", ++n),
                        place.getKey(),
                        Optional.of(age),
                        lsoa,
                        Optional.of(j % 2 == 0 ? VCSE : "HW-1"),
                        today.minusDays(30 + j * 3L),
                        Optional.empty()));
            }
            k++;
        }
        return members;
    }

    public static List<PanelEvent> events(List<String> places, LocalDate today) {
        List<PanelEvent> events = new ArrayList<>();
        for (int k = 0; k < Math.min(3, places.size()); k++) {
            events.add(new PanelEvent(
                    List.of("Panel launch", "Urgent care listening event", "Community diagnostic centre open day")
                            .get(k),
                    today.minusDays(60 - 20L * k),
                    places.get(k),
                    Optional.of(k == 0 ? VCSE : "HW-1"),
                    42 - 9 * k));
        }
        return events;
    }
}
