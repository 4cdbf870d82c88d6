package org.openics.engagement;

import java.util.List;
import java.util.Optional;

/**
 * Where an innovation has spread, place by place, with its indicator before and after adoption: an observational
 * comparison of the analytics' quarterly trend, not evidence that the innovation caused the change.
 *
 * @param notCalculated why no before/after is given at all (no indicator, no trend), if so
 */
public record Spread(
        String innovation,
        Optional<String> indicatorTitle,
        List<PlaceSpread> places,
        Optional<Double> meanChangeAdopted,
        Optional<Double> meanChangeNotAdopted,
        Optional<String> notCalculated) {

    public Spread {
        places = List.copyOf(places);
    }

    /**
     * One place: adopted or not; the indicator in the last quarter wholly before adoption (or, where not adopted, the
     * same quarter as the adopters' earliest) and in the latest quarter; or why not.
     */
    public record PlaceSpread(
            String place,
            String name,
            Optional<Innovation.Adoption> adoption,
            Optional<String> beforePeriod,
            Optional<Double> before,
            Optional<String> afterPeriod,
            Optional<Double> after,
            Optional<String> notCalculated) {

        public Optional<Double> change() {
            return before.isPresent() && after.isPresent() ? Optional.of(after.get() - before.get()) : Optional.empty();
        }
    }
}
