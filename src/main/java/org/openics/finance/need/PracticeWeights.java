package org.openics.finance.need;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.openics.finance.NeedComponent;

/**
 * One practice's line of a weighted-populations file. {@code registered} is the registered population for the
 * allocation year (the file's {@code pop 2022/23} column), not the raw list size; a component published blank is
 * absent from {@code weighted} (never taken as zero).
 */
public record PracticeWeights(
        String practice,
        String name,
        String pcn,
        String pcnName,
        String subIcb,
        String subIcbName,
        String ics,
        String icsName,
        String localAuthority,
        String localAuthorityName,
        String district,
        String districtName,
        BigDecimal registered,
        Map<NeedComponent, BigDecimal> weighted) {

    public PracticeWeights {
        if (practice == null
                || practice.isBlank()
                || ics == null
                || ics.isBlank()
                || registered == null
                || registered.signum() <= 0) {
            throw new IllegalArgumentException(
                    "a practice's weights need its code, its ICB and a registered population above zero");
        }
        Map<NeedComponent, BigDecimal> copy = new EnumMap<>(NeedComponent.class);
        copy.putAll(weighted);
        weighted = java.util.Collections.unmodifiableMap(copy);
    }

    public Optional<BigDecimal> weighted(NeedComponent component) {
        return Optional.ofNullable(weighted.get(component));
    }
}
