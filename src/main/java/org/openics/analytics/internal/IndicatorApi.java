package org.openics.analytics.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openics.analytics.AttributableDeaths;
import org.openics.analytics.Breakdown;
import org.openics.analytics.Change;
import org.openics.analytics.Indicator;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Inequality;
import org.openics.analytics.Level;
import org.openics.analytics.PopulationDescribed;
import org.openics.analytics.PopulationHealth;
import org.openics.analytics.RefreshReport;
import org.openics.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The indicators as JSON, aggregate only (small numbers already suppressed by the refresh), open without
 * sign-in. Levels and breakdowns are named as in the API enums, case-insensitive, with dashes or underscores.
 */
@RestController
@RequestMapping("/api/indicators")
class IndicatorApi {

    private final PopulationHealth health;

    IndicatorApi(PopulationHealth health) {
        this.health = health;
    }

    @Configuration(proxyBeanMethods = false)
    static class Paths {
        @Bean
        PublicPaths indicatorPublicPaths() {
            return PublicPaths.of("/api/indicators", "/api/indicators/**");
        }
    }

    @GetMapping
    List<Indicator> catalogue() {
        return health.catalogue();
    }

    @GetMapping("/refresh")
    RefreshReport lastRefresh() {
        return found(health.lastRefresh(), "no refresh yet");
    }

    /** Which population the figures describe (the record's people, or the demo's synthetic population). */
    @GetMapping("/population")
    PopulationDescribed population() {
        return health.populationDescribed();
    }

    /** How many people the figures leave out because of opt-outs (404 when nobody is left out). */
    @GetMapping("/opt-outs")
    org.openics.analytics.OptOutsExcluded optOuts() {
        return found(health.optOutsExcluded(), "nobody is left out of the figures by an opt-out");
    }

    /** The same for one area (404 when none of its people is left out). */
    @GetMapping("/opt-outs/{level}/{code}")
    org.openics.analytics.OptOutsExcluded optOuts(@PathVariable String level, @PathVariable String code) {
        return found(
                health.optOutsExcluded(level(level), code),
                "none of the people of " + level + " " + code + " is left out by an opt-out");
    }

    @GetMapping("/{id}")
    Indicator indicator(@PathVariable String id) {
        return found(health.indicator(id), "no indicator " + id);
    }

    @GetMapping("/{id}/values")
    List<IndicatorValue> values(
            @PathVariable String id,
            @RequestParam(defaultValue = "ICS") String level,
            @RequestParam Optional<String> parent) {
        indicator(id);
        return health.values(id, level(level), parent);
    }

    @GetMapping("/{id}/values/{level}/{code}")
    IndicatorValue value(@PathVariable String id, @PathVariable String level, @PathVariable String code) {
        return found(health.value(id, level(level), code), "no value of " + id + " for " + level + " " + code);
    }

    @GetMapping("/{id}/values/{level}/{code}/breakdown/{by}")
    List<IndicatorValue> breakdown(
            @PathVariable String id, @PathVariable String level, @PathVariable String code, @PathVariable String by) {
        indicator(id);
        return health.breakdown(id, level(level), code, parse(Breakdown.class, by));
    }

    @GetMapping("/{id}/values/{level}/{code}/trend")
    List<IndicatorValue> trend(@PathVariable String id, @PathVariable String level, @PathVariable String code) {
        indicator(id);
        return health.trend(id, level(level), code);
    }

    @GetMapping("/{id}/values/{level}/{code}/inequality")
    Inequality inequality(@PathVariable String id, @PathVariable String level, @PathVariable String code) {
        return found(
                health.inequality(id, level(level), code),
                "no inequality figures of " + id + " for " + level + " " + code);
    }

    @GetMapping("/attributable-deaths/{level}/{code}")
    AttributableDeaths attributableDeaths(@PathVariable String level, @PathVariable String code) {
        return found(health.attributableDeaths(level(level), code), "no attributable deaths for " + level + " " + code);
    }

    @GetMapping("/changes/{level}/{code}")
    List<Change> changes(@PathVariable String level, @PathVariable String code) {
        return health.changesSinceLastRefresh(level(level), code);
    }

    private static Level level(String text) {
        return parse(Level.class, text);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " " + text);
        }
    }

    private static <T> T found(Optional<T> value, String message) {
        return value.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, message));
    }
}
