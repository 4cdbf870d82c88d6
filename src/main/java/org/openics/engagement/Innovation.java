package org.openics.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An innovation in the pipeline.
 *
 * @param need        the need it answers, in words
 * @param indicator   the analytics indicator the need shows in (and the one expected to move)
 * @param worstPlaces registry codes of the places where the need is worst
 * @param owner       who owns it (a name or role in words)
 * @param validatedBy the partner (normally the health innovation network) that validated it
 * @param due         when the next gate is due
 * @param gates       each stage entered, when and by whom
 * @param adoptions   the places that adopted it, with the date
 */
public record Innovation(
        String code,
        String title,
        String need,
        Optional<String> indicator,
        List<String> worstPlaces,
        String owner,
        Optional<String> opportunity,
        Optional<String> evidence,
        Optional<String> evaluation,
        Optional<String> validatedBy,
        Stage stage,
        Optional<LocalDate> due,
        List<Gate> gates,
        List<Adoption> adoptions) {

    public Innovation {
        worstPlaces = worstPlaces == null ? List.of() : List.copyOf(worstPlaces);
        gates = gates == null ? List.of() : List.copyOf(gates);
        adoptions = adoptions == null ? List.of() : List.copyOf(adoptions);
        indicator = present(indicator);
        opportunity = present(opportunity);
        evidence = present(evidence);
        evaluation = present(evaluation);
        validatedBy = present(validatedBy);
        due = due == null ? Optional.empty() : due;
    }

    private static Optional<String> present(Optional<String> value) {
        return value == null ? Optional.empty() : value.filter(v -> !v.isBlank());
    }

    public Optional<Adoption> adoptionIn(String place) {
        return adoptions.stream().filter(a -> a.place().equals(place)).findFirst();
    }

    public record Gate(Stage stage, LocalDate passedOn, String passedBy) {}

    public record Adoption(String place, LocalDate adoptedOn) {}
}
