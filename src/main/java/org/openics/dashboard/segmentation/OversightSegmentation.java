package org.openics.dashboard.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.openics.analytics.Comparison;
import org.openics.analytics.Indicator;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Polarity;

/**
 * Segments places as the NHS Oversight Framework does, from 1 (no support needed) to 4 (most support): each
 * indicator where better or worse can be judged scores the place 1 to 4 from its comparison with the
 * benchmark, and the mean score, rounded to the nearest whole number (halves up, towards more support),
 * is the segment. A place needs scores on at least half of the scorable indicators to be segmented.
 */
public final class OversightSegmentation {

    public static final String RULE =
            "Each headline indicator where higher or lower is better scores a place: 1 when it is"
                    + " significantly better than the ICS at 95% confidence, 2 when similar, 3 when worse at 95% but not at 99.8%,"
                    + " 4 when worse at 99.8%. The segment is the mean score rounded to the nearest whole number (a half rounds up,"
                    + " towards more support): 1 means no specific support needed, 4 the most intensive support. Suppressed values,"
                    + " values not compared and indicators where neither direction is better are not scored; a place with scores on"
                    + " fewer than half of the scored indicators is not segmented.";

    private OversightSegmentation() {}

    /** The score of one value (1 best to 4 worst), or empty when it cannot be scored. */
    public static OptionalDouble score(Indicator indicator, IndicatorValue value) {
        if (indicator.polarity() == Polarity.NO_JUDGEMENT
                || value == null
                || value.suppressed()
                || value.value() == null) {
            return OptionalDouble.empty();
        }
        Comparison at95 = value.vsBenchmark95();
        Comparison at998 = value.vsBenchmark998();
        if (at95 == null) {
            return OptionalDouble.empty();
        }
        return switch (at95) {
            case BETTER -> OptionalDouble.of(1);
            case SIMILAR -> OptionalDouble.of(2);
            case WORSE -> OptionalDouble.of(at998 == Comparison.WORSE ? 4 : 3);
            default -> OptionalDouble.empty();
        };
    }

    /** The segment of one area from its values of the given indicators (keyed by indicator id). */
    public static Segment segment(List<Indicator> indicators, Map<String, IndicatorValue> values) {
        List<Score> scores = new ArrayList<>();
        int scorable = 0;
        for (Indicator indicator : indicators) {
            if (indicator.polarity() == Polarity.NO_JUDGEMENT) {
                continue;
            }
            scorable++;
            OptionalDouble score = score(indicator, values.get(indicator.id()));
            if (score.isPresent()) {
                scores.add(new Score(indicator.id(), (int) score.getAsDouble()));
            }
        }
        if (scores.isEmpty() || scores.size() * 2 < scorable) {
            return new Segment(0, Double.NaN, scores, scorable);
        }
        double mean = scores.stream().mapToInt(Score::score).average().orElseThrow();
        int segment = (int) Math.min(4, Math.max(1, Math.floor(mean + 0.5)));
        return new Segment(segment, mean, scores, scorable);
    }

    /** One indicator's score. */
    public record Score(String indicatorId, int score) {}

    /**
     * A place's segment: 1 to 4, or 0 when it could not be segmented.
     *
     * @param mean     the mean score (NaN when not segmented)
     * @param scorable how many of the indicators could have been scored
     */
    public record Segment(int segment, double mean, List<Score> scores, int scorable) {

        public Segment {
            scores = List.copyOf(scores);
        }

        public boolean segmented() {
            return segment > 0;
        }

        public String label() {
            return switch (segment) {
                case 1 -> "Segment 1: no specific support needed";
                case 2 -> "Segment 2: flexible support";
                case 3 -> "Segment 3: bespoke support";
                case 4 -> "Segment 4: intensive support";
                default -> "Not segmented: too few scored indicators";
            };
        }
    }
}
