package org.openics.record.ingest;

import java.util.List;
import java.util.Set;

/**
 * What the rules need to know about one parsed FHIR resource, extracted by the FHIR adapter so that the
 * rules stay free of HAPI types.
 *
 * @param identifiers identifiers as {@code system|value}
 * @param references  literal references as {@code Type/id} (logical and external references excluded)
 * @param dates       dates and date-times found, by element name, as written
 * @param present     names of the top-level elements that carry a value
 * @param codings     codes anywhere in the resource, as {@code system|code}
 */
public record ResourceSummary(
        String type,
        String id,
        List<String> identifiers,
        List<String> references,
        List<DatedElement> dates,
        Set<String> present,
        List<String> codings) {

    public ResourceSummary {
        identifiers = List.copyOf(identifiers);
        references = List.copyOf(references);
        dates = List.copyOf(dates);
        present = Set.copyOf(present);
        codings = List.copyOf(codings);
    }

    public ResourceSummary(
            String type,
            String id,
            List<String> identifiers,
            List<String> references,
            List<DatedElement> dates,
            Set<String> present) {
        this(type, id, identifiers, references, dates, present, List.of());
    }

    public String key() {
        return type + "/" + id;
    }

    /** A date element as written (a FHIR date or dateTime, possibly partial such as 1980 or 1980-05). */
    public record DatedElement(String element, String value) {}
}
