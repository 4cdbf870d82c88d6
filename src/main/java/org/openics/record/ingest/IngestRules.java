package org.openics.record.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.openics.kernel.NhsNumber;

/**
 * OpenICS's own rules on top of base R4 validation: valid NHS numbers, resolvable references, possible
 * dates and the elements the record needs to link and analyse a resource. Returns every problem found,
 * so that the quarantine shows all reasons at once.
 */
public final class IngestRules {

    /** Elements without which a clinical resource cannot be linked to a person or analysed. */
    static final Map<String, List<String>> REQUIRED = Map.of(
            "Condition", List.of("subject", "code"),
            "Observation", List.of("subject", "code", "status"),
            "Encounter", List.of("subject", "status", "class"),
            "MedicationRequest", List.of("subject", "medication", "status", "intent"),
            "ServiceRequest", List.of("subject", "status", "intent"),
            "Procedure", List.of("subject", "code"),
            "AllergyIntolerance", List.of("patient"),
            "Immunization", List.of("patient", "vaccineCode"));

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final LocalDate EARLIEST = LocalDate.of(1880, 1, 1);

    private final LocalDate today;

    public IngestRules(LocalDate today) {
        this.today = today;
    }

    /**
     * @param resolvable whether a {@code Type/id} reference can be resolved (in the bundle, the batch or the store)
     */
    public List<String> problems(ResourceSummary resource, Predicate<String> resolvable) {
        List<String> problems = new ArrayList<>();
        if (resource.id() == null || !ID.matcher(resource.id()).matches()) {
            problems.add("missing or malformed resource id '" + resource.id() + "'");
        }
        for (String identifier : resource.identifiers()) {
            if (identifier.startsWith(NhsNumber.SYSTEM + "|")) {
                String problem = NhsNumber.check(identifier.substring(NhsNumber.SYSTEM.length() + 1));
                if (problem != null) {
                    problems.add("invalid NHS number: " + problem);
                }
            }
        }
        for (String required : REQUIRED.getOrDefault(resource.type(), List.of())) {
            if (!resource.present().contains(required)) {
                problems.add("required element " + resource.type() + "." + required + " is missing");
            }
        }
        for (String reference : resource.references()) {
            if (!resolvable.test(reference)) {
                problems.add("unresolvable reference " + reference);
            }
        }
        problems.addAll(impossibleDates(resource));
        for (String coding : resource.codings()) {
            int bar = coding.indexOf('|');
            String problem = CodeChecks.problem(coding.substring(0, bar), coding.substring(bar + 1));
            if (problem != null) {
                problems.add("unknown code: " + problem);
            }
        }
        return problems;
    }

    private List<String> impossibleDates(ResourceSummary resource) {
        List<String> problems = new ArrayList<>();
        LocalDate birth = null;
        LocalDate death = null;
        for (ResourceSummary.DatedElement date : resource.dates()) {
            LocalDate day = day(date.value());
            if (day == null) {
                problems.add("impossible date " + date.element() + " '" + date.value() + "'");
                continue;
            }
            if (day.isAfter(today.plusDays(1))) {
                problems.add("date in the future: " + date.element() + " " + date.value());
            } else if (day.isBefore(EARLIEST)) {
                problems.add("date before " + EARLIEST.getYear() + ": " + date.element() + " " + date.value());
            }
            if (date.element().equals("birthDate")) {
                birth = day;
            } else if (date.element().equals("deceasedDateTime")) {
                death = day;
            }
        }
        if (birth != null && death != null && death.isBefore(birth)) {
            problems.add("death (" + death + ") before birth (" + birth + ")");
        }
        return problems;
    }

    /** The first day a FHIR date or dateTime can mean, or null when it is no calendar date. */
    static LocalDate day(String value) {
        if (value == null || value.length() < 4) {
            return null;
        }
        try {
            if (value.length() == 4) {
                return LocalDate.of(Integer.parseInt(value), 1, 1);
            }
            if (value.length() == 7) {
                return LocalDate.parse(value + "-01");
            }
            return LocalDate.parse(value.substring(0, Math.min(10, value.length())));
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }
}
