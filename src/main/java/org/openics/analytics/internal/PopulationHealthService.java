package org.openics.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openics.analytics.AttributableDeaths;
import org.openics.analytics.Breakdown;
import org.openics.analytics.Change;
import org.openics.analytics.Indicator;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Inequality;
import org.openics.analytics.Level;
import org.openics.analytics.OptOutsExcluded;
import org.openics.analytics.PopulationDescribed;
import org.openics.analytics.PopulationHealth;
import org.openics.analytics.RefreshReport;
import org.openics.analytics.indicators.Aggregates;
import org.openics.analytics.indicators.CatalogueEntry;
import org.openics.analytics.indicators.IndicatorEngine;
import org.openics.platform.ProgressListener;
import org.openics.registry.Organisation;
import org.openics.registry.Registry;
import org.openics.registry.SystemOfSystems;
import org.springframework.stereotype.Service;

/**
 * The analytics entry point: a refresh pulls new facts into the DuckDB facts store, aggregates there,
 * computes every indicator with the statistics library and replaces the results in PostgreSQL, which
 * every read then uses (indexed, small).
 */
@Service
class PopulationHealthService implements PopulationHealth {

    private final Catalogue catalogue;
    private final FactsFeed feed;
    private final FactsStore facts;
    private final ResultStore results;
    private final Registry registry;

    private final OptOutExclusionStore optOutExclusions;

    PopulationHealthService(
            Catalogue catalogue,
            FactsFeed feed,
            FactsStore facts,
            ResultStore results,
            Registry registry,
            OptOutExclusionStore optOutExclusions) {
        this.optOutExclusions = optOutExclusions;
        this.catalogue = catalogue;
        this.feed = feed;
        this.facts = facts;
        this.results = results;
        this.registry = registry;
    }

    @Override
    public List<Indicator> catalogue() {
        return catalogue.indicators();
    }

    @Override
    public Optional<Indicator> indicator(String id) {
        return catalogue.entry(id).map(CatalogueEntry::indicator);
    }

    @Override
    public synchronized RefreshReport refresh(ProgressListener progress) {
        Optional<PopulationDescribed> described = results.described();
        if (described.isPresent() && described.get().source() == PopulationDescribed.Source.SYNTHETIC_GENERATOR) {
            // the facts were replaced from the generator (the demo): pulling the record's sample on top would mix two
            // populations
            RefreshReport report = recompute(progress);
            List<String> notes = new ArrayList<>(report.notes());
            notes.add(
                    0,
                    "facts from the synthetic generator, nothing pulled from the record: "
                            + described.get().description());
            return new RefreshReport(
                    report.finishedAt(),
                    report.took(),
                    report.persons(),
                    report.factsByKind(),
                    report.indicators(),
                    report.values(),
                    List.copyOf(notes));
        }
        long started = System.nanoTime();
        FactsFeed.FeedResult fed = feed.update(progress);
        long fedAt = System.nanoTime();
        RefreshReport report = compute(
                progress,
                fed.reference(),
                fed.totals(),
                started,
                List.of(
                        "reference date " + fed.reference(),
                        "new or changed facts pulled from the record: " + fed.changed(),
                        fed.optOuts().people() == 0
                                ? "nobody left out by opt-outs"
                                : OptOutsExcluded.describe(
                                                fed.optOuts().people(),
                                                fed.optOuts().national(),
                                                fed.optOuts().type1())
                                        + " (" + fed.purgedRows() + " fact rows they had removed from the facts store)",
                        String.format("facts feed %.1f s", (fedAt - started) / 1e9)));
        optOutExclusions.replace(fed.optOuts(), fed.excludedByArea());
        return report;
    }

    /** Recomputes every indicator from the facts store as it is (no pull from the record): the bench and tests of the engine. */
    synchronized RefreshReport recompute(ProgressListener progress) {
        long started = System.nanoTime();
        LocalDate reference = feed.enrichOnly(progress);
        return compute(
                progress,
                reference,
                facts.counts(),
                started,
                List.of(
                        "reference date " + reference,
                        String.format("enrich %.1f s", (System.nanoTime() - started) / 1e9)));
    }

    private RefreshReport compute(
            ProgressListener progress,
            LocalDate reference,
            Map<String, Long> factCounts,
            long started,
            List<String> notesSoFar) {
        List<String> notes = new ArrayList<>(notesSoFar);
        long t0 = System.nanoTime();
        progress.start("Aggregating person-level flags in DuckDB", -1);
        Aggregates aggregates = facts.write(connection -> AggregatesQuery.compute(connection, reference));
        progress.finish();
        long t1 = System.nanoTime();
        progress.start(
                "Computing " + catalogue.entries().size() + " indicators",
                catalogue.entries().size());
        Map<String, String> names = names(reference);
        IndicatorEngine.Results computed = new IndicatorEngine(
                        aggregates, code -> names.getOrDefault(code, code), reference)
                .compute(catalogue.entries());
        progress.finish();
        long t2 = System.nanoTime();
        progress.start("Storing " + computed.values().size() + " values", -1);
        Set<String> headline = catalogue.indicators().stream()
                .filter(Indicator::headline)
                .map(Indicator::id)
                .collect(Collectors.toSet());
        List<Change> changes = changes(results.currentTotals(headline), computed.values(), headline);
        long took = System.nanoTime() - started;
        notes.add(String.format("aggregation %.1f s, statistics %.1f s", (t1 - t0) / 1e9, (t2 - t1) / 1e9));
        notes.add(changes.size() + " headline values moved since the last refresh");
        RefreshReport report = new RefreshReport(
                Instant.now(),
                Duration.ofNanos(took),
                aggregates.persons,
                new LinkedHashMap<>(factCounts),
                catalogue.entries().size(),
                computed.values().size(),
                notes);
        results.replace(computed, changes, report, reference);
        progress.finish();
        long stored = System.nanoTime() - t2;
        notes.add(String.format("storing results %.1f s", stored / 1e9));
        return new RefreshReport(
                Instant.now(),
                Duration.ofNanos(System.nanoTime() - started),
                report.persons(),
                report.factsByKind(),
                report.indicators(),
                report.values(),
                List.copyOf(notes));
    }

    private static List<Change> changes(
            Map<String, IndicatorValue> before, List<IndicatorEngine.Stored> after, Set<String> headline) {
        if (before.isEmpty()) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        for (IndicatorEngine.Stored s : after) {
            IndicatorValue now = s.value();
            if (s.periodOrder() != IndicatorEngine.ANNUAL
                    || now.breakdown() != Breakdown.TOTAL
                    || !headline.contains(now.indicatorId())) {
                continue;
            }
            IndicatorValue was = before.get(ResultStore.key(now));
            Double previous = was == null ? null : was.value();
            if (!same(previous, now.value()) || (was != null && was.vsBenchmark95() != now.vsBenchmark95())) {
                changes.add(new Change(
                        now.indicatorId(),
                        now.level(),
                        now.code(),
                        previous,
                        now.value(),
                        was == null ? org.openics.analytics.Comparison.NOT_COMPARED : was.vsBenchmark95(),
                        now.vsBenchmark95()));
            }
        }
        return changes;
    }

    private static boolean same(Double a, Double b) {
        if (a == null || b == null) {
            return Objects.equals(a, b);
        }
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }

    private Map<String, String> names(LocalDate reference) {
        Map<String, String> names = new HashMap<>();
        SystemOfSystems system = registry.asAt(reference);
        for (var kind : List.of(
                org.openics.registry.OrganisationKind.ICB,
                org.openics.registry.OrganisationKind.PLACE,
                org.openics.registry.OrganisationKind.PCN,
                org.openics.registry.OrganisationKind.GP_PRACTICE,
                org.openics.registry.OrganisationKind.LSOA)) {
            for (Organisation o : system.organisations(kind)) {
                names.put(o.code().value(), o.name());
            }
        }
        return names;
    }

    @Override
    public Optional<RefreshReport> lastRefresh() {
        return results.lastRefresh();
    }

    @Override
    public List<IndicatorValue> values(String indicatorId, Level level, Optional<String> parentCode) {
        return results.values(indicatorId, level, parentCode);
    }

    @Override
    public Optional<IndicatorValue> value(String indicatorId, Level level, String code) {
        return results.value(indicatorId, level, code);
    }

    @Override
    public List<IndicatorValue> breakdown(String indicatorId, Level level, String code, Breakdown by) {
        return results.breakdown(indicatorId, level, code, by);
    }

    @Override
    public List<IndicatorValue> trend(String indicatorId, Level level, String code) {
        return results.trend(indicatorId, level, code);
    }

    @Override
    public Optional<Inequality> inequality(String indicatorId, Level level, String code) {
        return results.inequality(indicatorId, level, code);
    }

    @Override
    public Optional<AttributableDeaths> attributableDeaths(Level level, String code) {
        return results.attributableDeaths(level, code);
    }

    @Override
    public PopulationDescribed populationDescribed() {
        return results.described().orElseGet(() -> {
            Optional<RefreshReport> last = results.lastRefresh();
            long people = last.map(RefreshReport::persons).orElse(0L);
            return new PopulationDescribed(
                    PopulationDescribed.Source.RECORD,
                    people,
                    null,
                    null,
                    results.lastReferenceDate().orElse(null),
                    null,
                    last.isEmpty()
                            ? "No figures yet: no refresh of the indicators has run."
                            : String.format(
                                    java.util.Locale.UK,
                                    "The %,d people of the shared care record (their pseudonymised facts).",
                                    people));
        });
    }

    @Override
    public Optional<OptOutsExcluded> optOutsExcluded() {
        return fromRecord() ? optOutExclusions.all() : Optional.empty();
    }

    @Override
    public Optional<OptOutsExcluded> optOutsExcluded(Level level, String code) {
        return fromRecord() ? optOutExclusions.area(level, code) : Optional.empty();
    }

    private boolean fromRecord() {
        return results.described()
                .map(d -> d.source() == PopulationDescribed.Source.RECORD)
                .orElse(true);
    }

    @Override
    public List<Change> changesSinceLastRefresh(Level level, String code) {
        return results.changes(level, code);
    }

    @Override
    public Optional<Map<String, Long>> peopleByEthnicGroup(Level level, String code) {
        String column = switch (level) {
            case PLACE -> "place";
            case ICS -> "ics";
            default ->
                throw new IllegalArgumentException(
                        "people by ethnic group are counted for a place or an ICS, not a " + level);
        };
        Optional<LocalDate> reference = results.lastReferenceDate();
        if (reference.isEmpty() || !facts.exists()) {
            return Optional.empty();
        }
        return facts.query(connection -> {
            try (var tables = connection.prepareStatement(
                            "select count(*) from information_schema.tables where table_name = 'person'");
                    var found = tables.executeQuery()) {
                if (!found.next() || found.getLong(1) == 0) {
                    return Optional.empty();
                }
            }
            Map<String, Long> people = new java.util.TreeMap<>();
            try (var query = connection.prepareStatement("select ethnic_group, count(*) from person where " + column
                    + " = ? and (death_date is null or death_date > ?) group by ethnic_group")) {
                query.setString(1, code);
                query.setObject(2, reference.get());
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        people.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            return Optional.of(people);
        });
    }
}
