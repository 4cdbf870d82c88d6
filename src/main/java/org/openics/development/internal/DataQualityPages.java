package org.openics.development.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openics.kernel.OdsCode;
import org.openics.record.RecordIngest;
import org.openics.record.SourceStatistics;
import org.openics.registry.Organisation;
import org.openics.registry.Registry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Data quality by source organisation: what each has sent the shared care record, what was refused and why, and how fresh it is. */
@Controller
class DataQualityPages {

    /** Freshness bands: received within a week is fresh, within a month ageing, older stale. */
    static final Duration FRESH = Duration.ofDays(7);

    static final Duration AGEING = Duration.ofDays(30);

    /** One source as the page shows it. */
    record SourceRow(
            SourceStatistics statistics, String name, boolean inRegistry, Long daysSinceLast, String freshness) {}

    private final RecordIngest record;
    private final Registry registry;

    DataQualityPages(RecordIngest record, Registry registry) {
        this.record = record;
        this.registry = registry;
    }

    @GetMapping("/data-quality")
    String dataQuality(Model model) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now();
        List<SourceRow> rows =
                record.sourceStatistics().stream().map(s -> row(s, now, today)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute(
                "received",
                rows.stream().mapToLong(r -> r.statistics().received()).sum());
        model.addAttribute(
                "stored", rows.stream().mapToLong(r -> r.statistics().stored()).sum());
        model.addAttribute(
                "duplicates",
                rows.stream().mapToLong(r -> r.statistics().duplicates()).sum());
        model.addAttribute(
                "quarantined",
                rows.stream().mapToLong(r -> r.statistics().quarantined()).sum());
        model.addAttribute("freshDays", FRESH.toDays());
        model.addAttribute("ageingDays", AGEING.toDays());
        return "development/data-quality";
    }

    private SourceRow row(SourceStatistics s, Instant now, LocalDate today) {
        String name = registry.organisation(OdsCode.of(s.source()), today)
                .map(Organisation::name)
                .orElse(null);
        Long days = s.lastReceived().map(t -> Duration.between(t, now).toDays()).orElse(null);
        String freshness = s.lastReceived()
                .map(t -> Duration.between(t, now))
                .map(age -> age.compareTo(FRESH) <= 0 ? "Fresh" : age.compareTo(AGEING) <= 0 ? "Ageing" : "Stale")
                .orElse("Nothing received");
        return new SourceRow(
                s,
                name != null
                        ? name
                        : "UNKNOWN".equals(s.source()) ? "No source given at ingest" : "Not in the registry",
                name != null,
                days,
                freshness);
    }
}
