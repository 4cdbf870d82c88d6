package org.openics.engagement;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A citizens' panel member: a pseudonymous reference and only the demographics they consented to give (place, age
 * band, the LSOA of their home for its deprivation). No name or contact details: the recruiting partner keeps those.
 */
public record PanelMember(
        String reference,
        String place,
        Optional<AgeBand> ageBand,
        Optional<String> lsoa,
        Optional<String> recruitedBy,
        LocalDate consentedOn,
        Optional<LocalDate> withdrawnOn) {

    public PanelMember {
        ageBand = ageBand == null ? Optional.empty() : ageBand;
        lsoa = lsoa == null ? Optional.empty() : lsoa.filter(l -> !l.isBlank());
        recruitedBy = recruitedBy == null ? Optional.empty() : recruitedBy.filter(l -> !l.isBlank());
        withdrawnOn = withdrawnOn == null ? Optional.empty() : withdrawnOn;
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(consentedOn) && withdrawnOn.map(day::isBefore).orElse(true);
    }
}
