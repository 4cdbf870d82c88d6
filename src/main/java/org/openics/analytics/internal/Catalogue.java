package org.openics.analytics.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openics.analytics.Indicator;
import org.openics.analytics.Polarity;
import org.openics.analytics.Statistic;
import org.openics.analytics.indicators.CatalogueEntry;
import org.springframework.stereotype.Component;

/** The indicator catalogue, read once from {@code analytics/indicators.yaml} on the class path. */
@Component
class Catalogue {

    static final String RESOURCE = "analytics/indicators.yaml";

    private final List<CatalogueEntry> entries;

    Catalogue() {
        this.entries = load();
    }

    List<CatalogueEntry> entries() {
        return entries;
    }

    List<Indicator> indicators() {
        return entries.stream().map(CatalogueEntry::indicator).toList();
    }

    Optional<CatalogueEntry> entry(String id) {
        return entries.stream().filter(e -> e.indicator().id().equals(id)).findFirst();
    }

    static List<CatalogueEntry> load() {
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<CatalogueEntry> result = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (JsonNode n : root) {
                String id = text(n, "id");
                if (!ids.add(id)) {
                    throw new IllegalStateException(RESOURCE + ": indicator " + id + " is declared twice");
                }
                Indicator indicator = new Indicator(
                        id,
                        text(n, "title"),
                        text(n, "definition"),
                        text(n, "numerator"),
                        text(n, "denominator"),
                        Statistic.valueOf(text(n, "statistic")),
                        n.path("multiplier").asDouble(1),
                        Polarity.valueOf(text(n, "polarity")),
                        text(n, "period"),
                        text(n, "source"),
                        text(n, "unit"),
                        text(n, "domain"),
                        n.hasNonNull("target") ? Optional.of(n.get("target").asDouble()) : Optional.empty(),
                        n.path("headline").asBoolean(false));
                Map<String, String> compute = new LinkedHashMap<>();
                n.path("compute")
                        .fields()
                        .forEachRemaining(
                                f -> compute.put(f.getKey(), f.getValue().asText()));
                result.add(new CatalogueEntry(indicator, Map.copyOf(compute)));
            }
            return List.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalStateException(RESOURCE + ": an indicator lacks '" + field + "' ("
                    + node.path("id").asText("?") + ")");
        }
        return value.asText();
    }
}
