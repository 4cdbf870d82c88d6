package org.openics.dashboard.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.openics.analytics.Indicator;
import org.openics.analytics.Level;
import org.openics.analytics.PopulationHealth;
import org.openics.dashboard.view.Area;
import org.openics.dashboard.view.DataTable;
import org.openics.dashboard.view.Filters;
import org.openics.dashboard.view.IndicatorReport;
import org.openics.geography.Boundaries;
import org.openics.registry.SystemOfSystems;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The indicator catalogue and each indicator's page for an area ({@code ?level=&code=&by=&confidence=&period=}),
 * with the same parameters giving the CSV of a table shown ({@code .csv?table=}) and each chart as SVG.
 */
@Controller
class IndicatorPages {

    private final PopulationHealth health;
    private final Areas areas;
    private final PageCache cache;
    private final Boundaries boundaries;

    IndicatorPages(PopulationHealth health, Areas areas, PageCache cache, Boundaries boundaries) {
        this.health = health;
        this.areas = areas;
        this.cache = cache;
        this.boundaries = boundaries;
    }

    @GetMapping("/indicators")
    String catalogue(Model model) {
        SystemOfSystems system = areas.system();
        model.addAttribute("indicators", health.catalogue());
        model.addAttribute("navigationSection", "/indicators");
        model.addAttribute("area", areas.ics(system));
        return "dashboard/catalogue";
    }

    @GetMapping("/indicators/{id}")
    String indicator(
            @PathVariable String id,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String confidence,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String period,
            HttpServletRequest request,
            Model model) {
        IndicatorReport report = report(id, level, code, confidence, by, period);
        model.addAttribute("page", report);
        // the page model is shared by every reader (PageCache); only what differs by reader is decided here
        model.addAttribute("administrator", request.isUserInRole("ADMIN"));
        model.addAttribute("navigationSection", "/indicators");
        model.addAttribute("filters", report.filters());
        model.addAttribute("area", report.area());
        model.addAttribute("query", report.filters().query(Filters.areaParameters(report.area())));
        model.addAttribute("hidden", Filters.areaParameters(report.area()));
        // beside the figure, how many of the area's people it leaves out because they opted out (docs/opt-outs.md)
        model.addAttribute(
                "optOuts",
                health.optOutsExcluded(report.area().level(), report.area().code())
                        .orElse(null));
        return "dashboard/indicator";
    }

    /** Exactly a table the page shows (default: the practices compared), as CSV. */
    @GetMapping(value = "/indicators/{id}.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String id,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String confidence,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "units") String table) {
        IndicatorReport report = report(id, level, code, confidence, by, period);
        DataTable shown = report.table(table)
                .orElseThrow(() -> new IllegalArgumentException(
                        "table must be one of summary, trend, breakdown, units, not '" + table + "'"));
        return download(
                shown.csv().getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                fileName(report, table) + ".csv");
    }

    /** A chart of the page as a standalone SVG file. */
    @GetMapping(value = "/indicators/{id}/{chart:trend|breakdown|funnel|caterpillar|map}.svg")
    ResponseEntity<byte[]> svg(
            @PathVariable String id,
            @PathVariable String chart,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String confidence,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String period) {
        IndicatorReport report = report(id, level, code, confidence, by, period);
        return download(
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + chart(report, chart))
                        .getBytes(StandardCharsets.UTF_8),
                new MediaType("image", "svg+xml", StandardCharsets.UTF_8),
                fileName(report, chart) + ".svg");
    }

    /** The same chart as a PNG picture (twice the SVG's size), for slides and documents. */
    @GetMapping(value = "/indicators/{id}/{chart:trend|breakdown|funnel|caterpillar|map}.png")
    ResponseEntity<byte[]> png(
            @PathVariable String id,
            @PathVariable String chart,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String confidence,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String period) {
        IndicatorReport report = report(id, level, code, confidence, by, period);
        String svg = chart(report, chart);
        byte[] png = cache.get(
                "png/" + id + "/" + level + "/" + code + "/" + chart
                        + report.filters().query(),
                () -> ChartImages.png(svg, ChartImages.width(svg)));
        return download(png, MediaType.IMAGE_PNG, fileName(report, chart) + ".png");
    }

    private static String chart(IndicatorReport report, String chart) {
        String svg = switch (chart) {
            case "trend" -> report.trendSvg();
            case "breakdown" -> report.breakdownSvg();
            case "funnel" -> report.funnelSvg();
            case "map" -> report.map() == null ? null : report.map().svg();
            default -> report.caterpillarSvg();
        };
        if (svg == null) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "No " + chart + " chart for this indicator and area");
        }
        return svg;
    }

    private IndicatorReport report(String id, String level, String code, String confidence, String by, String period) {
        Filters filters = Filters.parse(confidence, by, period);
        return cache.get(
                "indicator/" + id + "/" + level + "/" + code + filters.query(), () -> build(id, level, code, filters));
    }

    private IndicatorReport build(String id, String level, String code, Filters filters) {
        Indicator indicator = areas.indicator(id);
        SystemOfSystems system = areas.system();
        Level chosen = parseLevel(level);
        if (chosen != Level.ICS && (code == null || code.isBlank())) {
            throw new IllegalArgumentException("a code is needed with level " + chosen);
        }
        Area area = areas.find(system, chosen, code);
        Area within = area.level() == Level.PRACTICE
                ? Optional.ofNullable(area.parent()).orElse(area)
                : area;
        return IndicatorReport.build(health, indicator, area, within, filters, boundaries);
    }

    private static Level parseLevel(String level) {
        if (level == null || level.isBlank()) {
            return Level.ICS;
        }
        try {
            Level parsed = Level.valueOf(level.trim().toUpperCase(Locale.ROOT));
            if (parsed == Level.LSOA) {
                throw new IllegalArgumentException("level must be ICS, PLACE, PCN or PRACTICE");
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("level must be ICS, PLACE, PCN or PRACTICE, not '" + level + "'");
        }
    }

    private static String fileName(IndicatorReport report, String what) {
        return (report.indicator().id() + "-" + report.area().code() + "-" + what).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badFilter(IllegalArgumentException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "dashboard/bad-request";
    }
}
