package org.openics.estates.sites;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openics.estates.Backlog;
import org.openics.estates.PlaceEstate;
import org.openics.estates.Site;
import org.openics.kernel.Money;

/** The estate as at a date: each site's return of the latest period on or before the date. */
public final class Estate {

    private Estate() {}

    public static List<Site> inForce(Collection<Site> all, LocalDate asAt) {
        Map<String, Site> latest = new LinkedHashMap<>();
        for (Site s : all) {
            if (!s.period().isAfter(asAt)) {
                latest.merge(s.siteCode(), s, (a, b) -> a.period().isAfter(b.period()) ? a : b);
            }
        }
        return latest.values().stream()
                .sorted(Comparator.comparing(Site::place).thenComparing(Site::name))
                .toList();
    }

    /** A place as the registry has it: code, name and the share of its LSOAs in the most deprived national fifth (null: unknown). */
    public record Place(String code, String name, Double mostDeprivedShare) {}

    /** The sites in force summed per place, in the order of the places given; sites with no place are left out. */
    public static List<PlaceEstate> places(List<Site> inForce, List<Place> places) {
        return places.stream()
                .map(p -> {
                    List<Site> own = inForce.stream()
                            .filter(s -> s.place().equals(p.code()))
                            .toList();
                    return new PlaceEstate(
                            p.code(),
                            p.name(),
                            own.size(),
                            own.stream().mapToDouble(Site::floorAreaM2).sum(),
                            own.stream()
                                    .mapToDouble(s -> s.voidM2().orElse(0.0))
                                    .sum(),
                            own.stream().map(Site::backlog).reduce(Backlog.NONE, Backlog::plus),
                            Money.sum(own.stream()
                                    .map(s -> s.runningCost().orElse(Money.ZERO))
                                    .toList()),
                            own.stream()
                                    .mapToDouble(s -> s.carbonTonnes().orElse(0.0))
                                    .sum(),
                            p.mostDeprivedShare());
                })
                .toList();
    }
}
