package org.openics.engagement;

import java.util.Optional;

/**
 * An innovation a place has adopted, for the place's public page: when, and its indicator before and after adoption in
 * that place (an observational comparison of the analytics' quarterly trend, or "not calculated" with the reason).
 *
 * @param indicatorTitle the title of the indicator the innovation targets, if it names one in the catalogue
 * @param spread         the place's row of the innovation's spread (adoption date, before, after, or why not)
 */
public record PlaceAdoption(
        String innovation, String title, Stage stage, Optional<String> indicatorTitle, Spread.PlaceSpread spread) {}
