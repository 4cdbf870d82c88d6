package org.openics.estates.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openics.estates.RoomType;
import org.openics.estates.Site;
import org.springframework.http.ResponseEntity;

/** The sites table as CSV, exactly as the page shows it. */
final class EstatesWeb {

    private EstatesWeb() {}

    static String sitesCsv(List<Site> sites) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                "site_code",
                                "name",
                                "owner",
                                "place",
                                "period",
                                "latitude",
                                "longitude",
                                "tenure",
                                "floor_area_m2",
                                "condition",
                                "backlog_high",
                                "backlog_significant",
                                "backlog_moderate",
                                "backlog_low",
                                "running_cost",
                                "clinical_utilisation_percent",
                                "consulting_utilisation_percent",
                                "office_utilisation_percent",
                                "void_m2",
                                "carbon_tco2e")
                        .get())) {
            for (Site s : sites) {
                csv.printRecord(
                        s.siteCode(),
                        s.name(),
                        s.owner(),
                        s.place(),
                        s.period(),
                        s.latitude().map(Object::toString).orElse(""),
                        s.longitude().map(Object::toString).orElse(""),
                        s.tenure().map(Enum::name).orElse(""),
                        s.floorAreaM2(),
                        s.condition().map(Enum::name).orElse(""),
                        s.backlog().high().pounds(),
                        s.backlog().significant().pounds(),
                        s.backlog().moderate().pounds(),
                        s.backlog().low().pounds(),
                        s.runningCost().map(m -> m.pounds().toPlainString()).orElse(""),
                        cell(s, RoomType.CLINICAL),
                        cell(s, RoomType.CONSULTING),
                        cell(s, RoomType.OFFICE),
                        s.voidM2().map(Object::toString).orElse(""),
                        s.carbonTonnes().map(Object::toString).orElse(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String cell(Site s, RoomType type) {
        Double v = s.utilisation().get(type);
        return v == null ? "" : v.toString();
    }

    static ResponseEntity<byte[]> csv(String text, String fileName) {
        return ResponseEntity.ok()
                .header("Content-Type", "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .body(text.getBytes(StandardCharsets.UTF_8));
    }
}
