package org.openics.development.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.openics.development.DevelopmentPlan;
import org.openics.development.Milestone;
import org.openics.development.WorkArea;

/**
 * The plan laid out on a time line for a Gantt chart: one row per milestone under its work area, bars
 * placed as percentages of the window (whole quarters around every milestone), so the page can draw them
 * as SVG without arithmetic.
 */
public record Gantt(LocalDate from, LocalDate to, List<Tick> ticks, List<Row> rows, double todayPercent) {

    /** A quarter boundary on the time axis. */
    public record Tick(String label, double percent) {}

    /** A work area heading (milestone empty) or one milestone's bar. */
    public record Row(WorkArea area, Milestone milestone, double startPercent, double widthPercent, boolean point) {

        public boolean heading() {
            return milestone == null;
        }
    }

    public static Gantt of(DevelopmentPlan plan, LocalDate today) {
        List<Milestone> all = plan.milestones();
        LocalDate earliest = all.stream()
                .map(m -> m.start().orElse(m.due()))
                .min(LocalDate::compareTo)
                .orElse(today);
        LocalDate latest =
                all.stream().map(Milestone::due).max(LocalDate::compareTo).orElse(today);
        LocalDate from = quarterStart(earliest.isBefore(today) ? earliest : today);
        LocalDate to = quarterStart(latest.isAfter(today) ? latest : today).plusMonths(3);
        double days = ChronoUnit.DAYS.between(from, to);

        List<Tick> ticks = new ArrayList<>();
        for (LocalDate q = from; q.isBefore(to); q = q.plusMonths(3)) {
            ticks.add(new Tick(label(q), percent(from, q, days)));
        }
        List<Row> rows = new ArrayList<>();
        for (WorkArea area : plan.areas()) {
            rows.add(new Row(area, null, 0, 0, false));
            for (Milestone m : area.milestones()) {
                double start = percent(from, m.start().orElse(m.due()), days);
                double end = percent(from, m.due().plusDays(1), days);
                rows.add(new Row(area, m, start, end - start, m.start().isEmpty()));
            }
        }
        return new Gantt(from, to, List.copyOf(ticks), List.copyOf(rows), percent(from, today, days));
    }

    private static LocalDate quarterStart(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return month.minusMonths((month.getMonthValue() - 1) % 3).atDay(1);
    }

    /** Quarters of the NHS financial year (April to March): the first is labelled with its year (2026/27), the others Q2 to Q4. */
    static String label(LocalDate quarterStart) {
        int month = quarterStart.getMonthValue();
        if (month == 4) {
            return quarterStart.getYear() + "/" + String.format("%02d", (quarterStart.getYear() + 1) % 100);
        }
        return "Q" + (month >= 4 ? (month - 4) / 3 + 1 : 4);
    }

    private static double percent(LocalDate from, LocalDate day, double days) {
        return Math.round(10_000.0 * ChronoUnit.DAYS.between(from, day) / days) / 100.0;
    }
}
