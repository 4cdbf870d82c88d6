package org.openics.estates;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.openics.kernel.Money;
import org.openics.kernel.OdsCode;

/**
 * A site of the ICS estate as returned for a period (from its first day until the next return for the site).
 * Fields a return did not give are empty, never zero.
 *
 * @param siteCode the ODS site code where it exists (or the owner's own site reference)
 * @param owner the ODS code of the organisation that owns or leases it
 * @param place the place (local care partnership) it is in, or "" when not known
 * @param utilisation per room type, per cent of core hours used
 */
public record Site(
        String siteCode,
        String name,
        OdsCode owner,
        String place,
        String address,
        String postcode,
        Optional<Double> latitude,
        Optional<Double> longitude,
        Optional<Tenure> tenure,
        double floorAreaM2,
        Optional<Condition> condition,
        Backlog backlog,
        Optional<Money> runningCost,
        Map<RoomType, Double> utilisation,
        Optional<Double> voidM2,
        Optional<Double> carbonTonnes,
        LocalDate period) {

    public Site {
        if (siteCode == null || siteCode.isBlank() || owner == null || period == null) {
            throw new IllegalArgumentException("a site has a code, an owner and a period");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("site " + siteCode + " has no name");
        }
        if (!(floorAreaM2 > 0)) {
            throw new IllegalArgumentException("site " + siteCode + " has no floor area");
        }
        place = place == null ? "" : place;
        address = address == null ? "" : address;
        postcode = postcode == null ? "" : postcode;
        utilisation = utilisation == null || utilisation.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(utilisation));
        if (latitude.isPresent() != longitude.isPresent()) {
            throw new IllegalArgumentException(
                    "site " + siteCode + " has a latitude without a longitude or the reverse");
        }
        if (voidM2.isPresent() && voidM2.get() > floorAreaM2) {
            throw new IllegalArgumentException("site " + siteCode + " has more void space than floor area");
        }
    }

    public boolean located() {
        return latitude.isPresent();
    }

    /** Void space as a share of the floor area, per cent; empty when the return has none. */
    public Optional<Double> voidShare() {
        return voidM2.map(v -> 100 * v / floorAreaM2);
    }
}
