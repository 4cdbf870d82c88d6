package org.openics.dashboard.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.openics.analytics.PopulationHealth;
import org.openics.analytics.RefreshReport;
import org.openics.geography.Boundaries;
import org.springframework.stereotype.Component;

/**
 * Page models kept until the analytics are refreshed again (or the day changes, for the registry's names, or
 * boundaries are imported, for the maps):
 * a page reads up to a hundred stored results, and they only change at a refresh. One look-up of the last
 * refresh per request decides whether what is kept is still current. Bounded: when full it starts afresh.
 */
@Component
class PageCache {

    static final int MAX_ENTRIES = 1_000;

    private final PopulationHealth health;
    private final Boundaries boundaries;
    private final Map<String, Object> pages = new ConcurrentHashMap<>();
    private volatile Object stamp;

    PageCache(PopulationHealth health, Boundaries boundaries) {
        this.health = health;
        this.boundaries = boundaries;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> build) {
        Object current = java.util.List.of(
                health.lastRefresh().map(RefreshReport::finishedAt).orElse(Instant.EPOCH),
                LocalDate.now(),
                boundaries.revision());
        if (!Objects.equals(current, stamp)) {
            pages.clear();
            stamp = current;
        }
        if (pages.size() >= MAX_ENTRIES) {
            pages.clear();
        }
        Object page = pages.get(key);
        if (page == null) {
            page = build.get();
            pages.put(key, page);
        }
        return (T) page;
    }
}
