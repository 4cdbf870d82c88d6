package org.openics.analytics.indicators;

import java.util.Map;
import org.openics.analytics.Indicator;

/** An indicator of the catalogue with how the engine computes it (the {@code compute} map of its entry). */
public record CatalogueEntry(Indicator indicator, Map<String, String> compute) {

    public String get(String key) {
        return compute.get(key);
    }

    public boolean quarterly() {
        return "quarterly".equals(compute.get("trend"));
    }
}
