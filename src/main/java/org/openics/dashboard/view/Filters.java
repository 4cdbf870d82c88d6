package org.openics.dashboard.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openics.analytics.Breakdown;

/**
 * The filters a reader chooses, kept in every link's query so that any page is a permalink: confidence
 * level (95 or 99.8), breakdown and period. Defaults are left out of the address.
 */
public record Filters(ConfidenceLevel confidence, Breakdown by, Optional<String> period) {

    public static final Breakdown DEFAULT_BREAKDOWN = Breakdown.DEPRIVATION_QUINTILE;

    public Filters {
        confidence = confidence == null ? ConfidenceLevel.NINETY_FIVE : confidence;
        by = by == null || by == Breakdown.TOTAL ? DEFAULT_BREAKDOWN : by;
        period = period == null ? Optional.empty() : period.filter(p -> !p.isBlank());
    }

    public static Filters defaults() {
        return new Filters(null, null, Optional.empty());
    }

    /** From the address's parameters; a bad value is an IllegalArgumentException naming the choices. */
    public static Filters parse(String confidence, String by, String period) {
        Breakdown breakdown = null;
        if (by != null && !by.isBlank()) {
            try {
                breakdown = Breakdown.valueOf(
                        by.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "by must be one of " + java.util.Arrays.toString(Breakdown.values()) + ", not '" + by + "'");
            }
        }
        return new Filters(ConfidenceLevel.fromParameter(confidence), breakdown, Optional.ofNullable(period));
    }

    public Filters with(ConfidenceLevel level) {
        return new Filters(level, by, period);
    }

    public Filters with(Breakdown breakdown) {
        return new Filters(confidence, breakdown, period);
    }

    /** The query string ("" or "?confidence=99.8&..."), defaults omitted. */
    public String query() {
        return query(new LinkedHashMap<>());
    }

    /** The query with extra leading parameters (level, code ...), defaults omitted. */
    public String query(Map<String, String> leading) {
        Map<String, String> all = new LinkedHashMap<>(leading);
        if (confidence != ConfidenceLevel.NINETY_FIVE) {
            all.put("confidence", confidence.parameter());
        }
        if (by != DEFAULT_BREAKDOWN) {
            all.put("by", by.name());
        }
        period.ifPresent(p -> all.put("period", p));
        if (all.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("?");
        all.forEach((k, v) -> out.append(out.length() > 1 ? "&" : "")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }

    /** The indicator page of an indicator for an area, keeping the filters. */
    public String indicatorHref(String indicatorId, Area area) {
        return "/indicators/" + URLEncoder.encode(indicatorId, StandardCharsets.UTF_8) + query(areaParameters(area));
    }

    public static Map<String, String> areaParameters(Area area) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (area.level() != org.openics.analytics.Level.ICS) {
            parameters.put("level", area.level().name());
            parameters.put("code", area.code());
        }
        return parameters;
    }
}
