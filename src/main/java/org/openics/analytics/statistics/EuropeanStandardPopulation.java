package org.openics.analytics.statistics;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 2013 European Standard Population (Eurostat) in the 19 five-year bands the published methods use:
 * 0-4, 5-9 ... 85-89 and 90+, totalling 100,000.
 */
public final class EuropeanStandardPopulation {

    private static final List<Double> BANDS = List.of(
            5000d, 5500d, 5500d, 5500d, 6000d, 6000d, 6500d, 7000d, 7000d, 7000d, 7000d, 6500d, 6000d, 5500d, 5000d,
            4000d, 2500d, 1500d, 1000d);

    private static final Pattern LABEL = Pattern.compile(
            "\\D*?(\\d+)\\s*(?:(?:-|–|to)\\s*(\\d+)|(\\+|plus|and over))?\\s*", Pattern.CASE_INSENSITIVE);

    private EuropeanStandardPopulation() {}

    /** The 19 standard populations in band order. */
    public static List<Double> bands() {
        return BANDS;
    }

    /** The band labels 0-4, 5-9 ... 85-89, 90+. */
    public static List<String> labels() {
        return java.util.stream.IntStream.range(0, BANDS.size())
                .mapToObj(i -> i == BANDS.size() - 1 ? "90+" : (5 * i) + "-" + (5 * i + 4))
                .toList();
    }

    /**
     * The standard population of a band named by its label ({@code 0-4}, {@code 05 - 09}, {@code 90+}) or by
     * its start age alone ({@code 0}, {@code 5} ... {@code 90}); empty when the label is not one of the 19 bands.
     */
    public static Optional<Double> forBand(String label) {
        Matcher m = LABEL.matcher(label.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        if (start % 5 != 0 || start > 90) {
            return Optional.empty();
        }
        if (m.group(2) != null && (start == 90 || Integer.parseInt(m.group(2)) != start + 4)) {
            return Optional.empty();
        }
        if (m.group(3) != null && start != 90) {
            return Optional.empty();
        }
        return Optional.of(BANDS.get(start / 5));
    }
}
