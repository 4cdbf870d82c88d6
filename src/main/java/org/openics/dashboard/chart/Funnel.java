package org.openics.dashboard.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openics.analytics.Polarity;
import org.openics.analytics.Statistic;
import org.openics.analytics.statistics.FunnelLimits;
import org.openics.analytics.statistics.FunnelLimits.Lines;
import org.openics.analytics.statistics.FunnelLimits.Significance;
import org.openics.dashboard.rag.Rag;

/**
 * The geometry of a funnel plot: areas as points (x: the denominator of a proportion, the observed events
 * of a rate or ratio; y: the value) around the benchmark, and the 95% and 99.8% control limits drawn from
 * {@link FunnelLimits} at sampled x, each point classified against the limits at its own x. Means, life
 * expectancy and counts have no funnel.
 *
 * @param lines   control limits from the smallest to the largest x, for drawing
 * @param points  every area with a value, in the order given
 */
public record Funnel(
        Statistic statistic,
        Polarity polarity,
        double centre,
        String xLabel,
        List<Lines> lines,
        List<FunnelPoint> points) {

    static final int SAMPLES = 48;

    public Funnel {
        lines = List.copyOf(lines);
        points = List.copyOf(points);
    }

    /** An area placed on the funnel. */
    public record FunnelPoint(String code, String name, double x, double value, Significance significance, Rag tone) {

        public boolean outside95() {
            return significance != Significance.NOT_SIGNIFICANT;
        }

        public boolean outside998() {
            return significance == Significance.HIGH_0_001 || significance == Significance.LOW_0_001;
        }

        /** In words, by the indicator's polarity: "Worse (outside 99.8%)", "Higher (outside 95%)", "Within limits". */
        public String verdict(Polarity polarity) {
            if (!outside95()) {
                return "Within limits";
            }
            boolean high = significance == Significance.HIGH_0_001 || significance == Significance.HIGH_0_025;
            String side = switch (polarity) {
                case HIGH_IS_GOOD -> high ? "Better" : "Worse";
                case LOW_IS_GOOD -> high ? "Worse" : "Better";
                case NO_JUDGEMENT -> high ? "Higher" : "Lower";
            };
            return side + (outside998() ? " (outside 99.8% limit)" : " (outside 95% limit)");
        }
    }

    /** One area's input: its observed numerator, denominator and value as the indicator states it. */
    public record Area(String code, String name, double numerator, double denominator, double value) {}

    public static boolean supports(Statistic statistic) {
        return switch (statistic) {
            case PROPORTION, CRUDE_RATE, DSR, INDIRECTLY_STANDARDISED_RATIO -> true;
            default -> false;
        };
    }

    /**
     * The funnel of the areas around the centre (the benchmark value, in the indicator's units), or empty when
     * the statistic has no funnel or no area has a usable x.
     *
     * @param multiplier the indicator's multiplier (100 for a percentage, 100,000 for a rate per 100,000)
     */
    public static Optional<Funnel> of(
            Statistic statistic, Polarity polarity, double multiplier, double centre, List<Area> areas) {
        if (!supports(statistic) || !Double.isFinite(centre) || centre <= 0) {
            return Optional.empty();
        }
        double scale = multiplier > 0 ? multiplier : 1;
        if (statistic == Statistic.PROPORTION && centre / scale >= 1) {
            return Optional.empty();
        }
        List<Area> usable = areas.stream()
                .filter(a -> x(statistic, a) >= 1 && Double.isFinite(a.value()))
                .toList();
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        List<FunnelPoint> points = new ArrayList<>();
        for (Area area : usable) {
            double x = x(statistic, area);
            Significance significance = classify(area.value(), linesAt(statistic, scale, centre, x));
            points.add(new FunnelPoint(
                    area.code(), area.name(), x, area.value(), significance, tone(significance, polarity)));
        }
        double maxX = usable.stream().mapToDouble(a -> x(statistic, a)).max().orElseThrow();
        double minX = Math.max(
                1, usable.stream().mapToDouble(a -> x(statistic, a)).min().orElseThrow() * 0.5);
        List<Lines> lines = new ArrayList<>();
        double top = maxX * 1.1;
        for (int i = 0; i <= SAMPLES; i++) {
            // denser where the funnel is wide (small x): square-root spacing
            double t = (double) i / SAMPLES;
            double x = minX + (top - minX) * t * t;
            lines.add(linesAt(statistic, scale, centre, x));
        }
        return Optional.of(new Funnel(statistic, polarity, centre, xLabel(statistic), lines, points));
    }

    public List<FunnelPoint> outliers() {
        return points.stream()
                .filter(FunnelPoint::outside95)
                .sorted(Comparator.comparing(FunnelPoint::outside998).reversed().thenComparing(FunnelPoint::name))
                .toList();
    }

    static double x(Statistic statistic, Area area) {
        return statistic == Statistic.PROPORTION ? area.denominator() : area.numerator();
    }

    static String xLabel(Statistic statistic) {
        return statistic == Statistic.PROPORTION ? "Denominator (people)" : "Observed events";
    }

    /** The four limits at one x, in the indicator's units. */
    static Lines linesAt(Statistic statistic, double multiplier, double centre, double x) {
        return switch (statistic) {
            case PROPORTION -> FunnelLimits.proportion(x, centre / multiplier, multiplier);
            case INDIRECTLY_STANDARDISED_RATIO -> {
                Lines ratio = FunnelLimits.ratio(x);
                yield new Lines(
                        x,
                        ratio.lower95() * centre,
                        ratio.upper95() * centre,
                        ratio.lower998() * centre,
                        ratio.upper998() * centre);
            }
            default -> FunnelLimits.rate(x, centre / multiplier, multiplier);
        };
    }

    static Significance classify(double value, Lines at) {
        if (value > at.upper998()) {
            return Significance.HIGH_0_001;
        }
        if (value < at.lower998()) {
            return Significance.LOW_0_001;
        }
        if (value > at.upper95()) {
            return Significance.HIGH_0_025;
        }
        if (value < at.lower95()) {
            return Significance.LOW_0_025;
        }
        return Significance.NOT_SIGNIFICANT;
    }

    static Rag tone(Significance significance, Polarity polarity) {
        if (significance == Significance.NOT_SIGNIFICANT) {
            return polarity == Polarity.NO_JUDGEMENT ? Rag.SIMILAR_NO_JUDGEMENT : Rag.AMBER;
        }
        boolean high = significance == Significance.HIGH_0_001 || significance == Significance.HIGH_0_025;
        return switch (polarity) {
            case HIGH_IS_GOOD -> high ? Rag.GREEN : Rag.RED;
            case LOW_IS_GOOD -> high ? Rag.RED : Rag.GREEN;
            case NO_JUDGEMENT -> high ? Rag.HIGHER : Rag.LOWER;
        };
    }
}
