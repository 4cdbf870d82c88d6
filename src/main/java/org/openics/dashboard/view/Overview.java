package org.openics.dashboard.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.analytics.Change;
import org.openics.analytics.Comparison;
import org.openics.analytics.Indicator;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Level;
import org.openics.analytics.PopulationHealth;
import org.openics.analytics.RefreshReport;
import org.openics.dashboard.chart.ChoroplethMap;
import org.openics.dashboard.chart.Sparkline;
import org.openics.dashboard.rag.RagRating;
import org.openics.dashboard.rag.RagRule;
import org.openics.dashboard.segmentation.OversightSegmentation;
import org.openics.dashboard.segmentation.OversightSegmentation.Segment;
import org.openics.geography.Boundary;

/**
 * The system overview: the ICS's headline indicators (value, interval, trend, rating), its places side by
 * side with their segment, and what changed at the last refresh.
 */
public record Overview(
        Area ics,
        Filters filters,
        List<Tile> headlines,
        DataTable places,
        List<PlaceSegment> segments,
        DataTable changes,
        Optional<RefreshReport> refresh,
        String ragRule,
        String segmentationRule,
        String segmentMap,
        boolean syntheticOutlines) {

    /** Segment 1 (least support needed) to 4, as the segment list's colours. */
    static final String[] SEGMENT_COLOURS = {IndicatorMap.NO_VALUE, "#007f3b", "#78be20", "#ffb81c", "#d5281b"};

    /** One headline indicator of the ICS. */
    public record Tile(
            String indicatorId,
            String title,
            String value,
            String unit,
            String interval,
            String period,
            RagRating rating,
            String sparkline,
            String href,
            String definition) {}

    /** A place's segment, for the summary. */
    public record PlaceSegment(Area place, Segment segment, String href) {}

    /** When the analytics were last refreshed, in UK time, e.g. "22 November 2026, 12:45". */
    public String refreshedAt() {
        return refresh.map(r -> java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", java.util.Locale.UK)
                        .format(r.finishedAt().atZone(java.time.ZoneId.of("Europe/London"))))
                .orElse("never");
    }

    public boolean hasData() {
        return !headlines.isEmpty();
    }

    /** @param placeBoundaries imported place boundaries, for the map of segments (none: no map) */
    public static Overview build(
            PopulationHealth health, Area ics, List<Area> places, Filters filters, List<Boundary> placeBoundaries) {
        RagRule rule = new RagRule(filters.confidence(), "ICS");
        List<Indicator> headline =
                health.catalogue().stream().filter(Indicator::headline).toList();
        List<Tile> tiles = new ArrayList<>();
        List<IndicatorValue> icsValuesInOrder = new ArrayList<>();
        for (Indicator indicator : headline) {
            // the chosen ICS's own value: the analytics may describe another ICS of the registry (real data beside the
            // demo)
            Optional<IndicatorValue> value = health.values(indicator.id(), Level.ICS, Optional.empty()).stream()
                    .filter(v -> v.code().equals(ics.code()))
                    .findFirst();
            icsValuesInOrder.add(value.orElse(null));
            List<IndicatorValue> trend = health.trend(
                    indicator.id(), Level.ICS, value.map(IndicatorValue::code).orElse(ics.code()));
            IndicatorValue v = value.orElse(null);
            tiles.add(new Tile(
                    indicator.id(),
                    indicator.title(),
                    Figures.value(indicator, v).text(),
                    Figures.unit(indicator),
                    Figures.interval(indicator, v, filters.confidence()).text(),
                    Dates.nhs(v == null ? indicator.period() : v.period()),
                    rule.rate(indicator, v),
                    sparkline("spark-" + indicator.id(), indicator, trend),
                    filters.indicatorHref(indicator.id(), ics),
                    indicator.definition()));
        }
        Map<String, Map<String, IndicatorValue>> byPlace = Grid.values(health, headline, Level.PLACE, Optional.empty());
        Map<String, IndicatorValue> icsValues = new HashMap<>();
        for (int i = 0; i < headline.size(); i++) {
            IndicatorValue v = icsValuesInOrder.get(i);
            if (v != null) {
                icsValues.put(headline.get(i).id(), v);
            }
        }
        List<PlaceSegment> segments = new ArrayList<>();
        for (Area place : places) {
            segments.add(new PlaceSegment(
                    place,
                    OversightSegmentation.segment(headline, byPlace.getOrDefault(place.code(), Map.of())),
                    place.href(filters)));
        }
        DataTable placeTable = Grid.table(
                "places",
                "The ICS and its places on the headline indicators, rated against the ICS at "
                        + filters.confidence().label() + " confidence",
                headline,
                ics,
                icsValues,
                places,
                byPlace,
                rule,
                filters);
        return new Overview(
                ics,
                filters,
                tiles,
                placeTable,
                segments,
                changes(health, ics, places, headline, filters),
                health.lastRefresh(),
                rule.statement(),
                OversightSegmentation.RULE,
                segmentMap(segments, placeBoundaries),
                placeBoundaries.stream().anyMatch(Boundary::synthetic));
    }

    /** The places shaded by segment where their boundaries have been imported; the list of segments is its text alternative. */
    static String segmentMap(List<PlaceSegment> segments, List<Boundary> boundaries) {
        Map<String, Boundary> byCode = IndicatorMap.byCode(boundaries);
        List<ChoroplethMap.Region> regions = new ArrayList<>();
        int[] counts = new int[SEGMENT_COLOURS.length];
        for (PlaceSegment s : segments) {
            Boundary boundary = IndicatorMap.boundaryOf(byCode, s.place().code());
            if (boundary != null) {
                int k = s.segment().segmented() ? s.segment().segment() : 0;
                counts[k]++;
                regions.add(new ChoroplethMap.Region(
                        s.place().code(),
                        s.place().name(),
                        boundary.shape(),
                        SEGMENT_COLOURS[k],
                        s.place().name() + ": " + s.segment().label(),
                        s.href(),
                        s.place().shortName()));
            }
        }
        if (regions.isEmpty()) {
            return null;
        }
        List<ChoroplethMap.Key> legend = new ArrayList<>();
        for (int k = 1; k < SEGMENT_COLOURS.length; k++) {
            legend.add(new ChoroplethMap.Key(SEGMENT_COLOURS[k], "Segment " + k, counts[k]));
        }
        if (counts[0] > 0) {
            legend.add(new ChoroplethMap.Key(SEGMENT_COLOURS[0], "Not segmented", counts[0]));
        }
        return ChoroplethMap.svg(
                "map-segments",
                "Segmentation of places",
                "Map of " + regions.size()
                        + " places shaded by segment, 1 (green) to 4 (red, most support); the list gives each place's segment in words.",
                regions,
                legend);
    }

    private static DataTable changes(
            PopulationHealth health, Area ics, List<Area> places, List<Indicator> headline, Filters filters) {
        Map<String, Indicator> indicators = new HashMap<>();
        health.catalogue().forEach(i -> indicators.put(i.id(), i));
        List<List<Cell>> rows = new ArrayList<>();
        List<Area> areas = new ArrayList<>();
        areas.add(ics);
        areas.addAll(places);
        for (Area area : areas) {
            for (Change change : health.changesSinceLastRefresh(area.level(), area.code())) {
                Indicator indicator = indicators.get(change.indicatorId());
                if (indicator == null) {
                    continue;
                }
                rows.add(List.of(
                        Cell.link(indicator.title(), filters.indicatorHref(indicator.id(), area)),
                        Cell.of(area.name()),
                        Cell.figure(
                                Figures.shown(indicator, change.previous()), Figures.csv(indicator, change.previous())),
                        Cell.figure(
                                Figures.shown(indicator, change.current()), Figures.csv(indicator, change.current())),
                        Cell.of(movement(change.previousVsBenchmark95(), change.currentVsBenchmark95()))));
            }
        }
        return new DataTable(
                "changes",
                "Headline values that changed at the last refresh",
                List.of(
                        Column.text("Indicator"),
                        Column.text("Area"),
                        Column.number("Before"),
                        Column.number("Now"),
                        Column.text("Compared with the ICS (95%)")),
                rows);
    }

    static String movement(Comparison before, Comparison now) {
        String b = Words.comparison(before);
        String n = Words.comparison(now);
        return b.equals(n) ? n + " (unchanged)" : b + " → " + n;
    }

    static String unitSuffix(Indicator indicator) {
        return indicator.unit() == null || indicator.unit().isBlank() ? "" : " (" + indicator.unit() + ")";
    }

    /** A sparkline of the trend, or null with fewer than two periods (nothing to draw). */
    static String sparkline(String id, Indicator indicator, List<IndicatorValue> trend) {
        if (trend.stream().filter(v -> !v.suppressed() && v.value() != null).count() < 2) {
            return null;
        }
        return Sparkline.svg(
                id,
                "Trend of " + indicator.title(),
                trend.stream().map(IndicatorValue::period).toList(),
                trend.stream().map(v -> v.suppressed() ? null : v.value()).toList(),
                indicator.unit() == null ? "" : " " + indicator.unit());
    }
}
