package org.openics.record.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.openics.kernel.NhsNumber;
import org.openics.record.Problem;
import org.openics.record.ProblemKind;

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

    /**
     * The elements whose value cannot lie in the future: birth and death, when something was observed, done or
     * recorded. Named as in the resource definition (a choice element without its type: {@code effective} covers
     * {@code effectiveDateTime}, {@code effectiveInstant} and {@code effectivePeriod.start}). Every other date may be in
     * the future (an expiry date, the end of a billing period, a planned appointment) and is checked only for being a
     * calendar date after 1880. Documented in docs/record.md ("Future dates").
     */
    public static final Map<String, Set<String>> NOT_IN_FUTURE = Map.ofEntries(
            Map.entry("Patient", Set.of("birthDate", "deceased")),
            Map.entry("RelatedPerson", Set.of("birthDate")),
            Map.entry("Practitioner", Set.of("birthDate")),
            Map.entry("Observation", Set.of("effective", "issued")),
            Map.entry("DiagnosticReport", Set.of("effective", "issued")),
            Map.entry("Condition", Set.of("onset", "recordedDate")),
            Map.entry("AllergyIntolerance", Set.of("onset", "recordedDate", "lastOccurrence")),
            Map.entry("Immunization", Set.of("occurrence", "recorded")),
            Map.entry("MedicationAdministration", Set.of("effective")),
            Map.entry("MedicationStatement", Set.of("dateAsserted")),
            Map.entry("MedicationRequest", Set.of("authoredOn")),
            Map.entry("ServiceRequest", Set.of("authoredOn")),
            Map.entry("Claim", Set.of("created")),
            Map.entry("ExplanationOfBenefit", Set.of("created")),
            Map.entry("Provenance", Set.of("recorded")),
            Map.entry("DocumentReference", Set.of("date")));

    /** How far ahead of this machine's clock a sender's clock may run (a time of day); a date alone may be tomorrow (time zones). */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final LocalDate EARLIEST = LocalDate.of(1880, 1, 1);

    private final Instant now;
    private final LocalDate today;

    public IngestRules(Instant now) {
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** Rules as on a day (its last instant: only a date after it, or a time after its end plus the skew, is in the future). */
    public IngestRules(LocalDate today) {
        this(today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1));
    }

    /**
     * @param resolvable whether a {@code Type/id} reference can be resolved (in the bundle, the batch or the store)
     */
    public List<Problem> problems(ResourceSummary resource, Predicate<String> resolvable) {
        List<Problem> problems = new ArrayList<>();
        if (resource.id() == null || !ID.matcher(resource.id()).matches()) {
            problems.add(Problem.of(ProblemKind.MALFORMED_ID, String.valueOf(resource.id())));
        }
        for (String identifier : resource.identifiers()) {
            if (identifier.startsWith(NhsNumber.SYSTEM + "|")) {
                String problem = NhsNumber.check(identifier.substring(NhsNumber.SYSTEM.length() + 1));
                if (problem != null) {
                    problems.add(Problem.of(ProblemKind.INVALID_NHS_NUMBER, problem));
                }
            }
        }
        for (String required : REQUIRED.getOrDefault(resource.type(), List.of())) {
            if (!resource.present().contains(required)) {
                problems.add(Problem.of(ProblemKind.REQUIRED_ELEMENT_MISSING, resource.type() + "." + required));
            }
        }
        for (String reference : resource.references()) {
            if (ConditionalReference.isConditional(reference)
                    && ConditionalReference.parse(reference).isEmpty()) {
                problems.add(Problem.of(ProblemKind.UNSUPPORTED_CONDITIONAL_REFERENCE, reference));
            } else if (!resolvable.test(reference)) {
                problems.add(Problem.of(ProblemKind.UNRESOLVABLE_REFERENCE, reference));
            }
        }
        problems.addAll(impossibleDates(resource));
        for (String coding : resource.codings()) {
            int bar = coding.indexOf('|');
            String problem = CodeChecks.problem(coding.substring(0, bar), coding.substring(bar + 1));
            if (problem != null) {
                problems.add(Problem.of(ProblemKind.UNKNOWN_CODE, problem));
            }
        }
        return problems;
    }

    private List<Problem> impossibleDates(ResourceSummary resource) {
        List<Problem> problems = new ArrayList<>();
        LocalDate birth = null;
        LocalDate death = null;
        for (ResourceSummary.DatedElement date : resource.dates()) {
            LocalDate day = day(date.value());
            if (day == null) {
                problems.add(Problem.of(ProblemKind.IMPOSSIBLE_DATE, date.element() + " '" + date.value() + "'"));
                continue;
            }
            if (cannotBeInFuture(resource.type(), date.element()) && inFuture(date.value(), day)) {
                problems.add(Problem.of(
                        ProblemKind.DATE_IN_FUTURE, resource.type() + "." + date.element() + " " + date.value()));
            } else if (day.isBefore(EARLIEST)) {
                problems.add(Problem.of(ProblemKind.DATE_TOO_EARLY, date.element() + " " + date.value()));
            }
            if (date.element().equals("birthDate")) {
                birth = day;
            } else if (date.element().equals("deceasedDateTime")) {
                death = day;
            }
        }
        if (birth != null && death != null && death.isBefore(birth)) {
            problems.add(
                    Problem.of(ProblemKind.DEATH_BEFORE_BIRTH, "death (" + death + ") before birth (" + birth + ")"));
        }
        return problems;
    }

    /** Whether the element, as the summary names it ({@code effectiveDateTime}, {@code effective.start}), is one of {@link #NOT_IN_FUTURE}. */
    static boolean cannotBeInFuture(String type, String element) {
        for (String name : NOT_IN_FUTURE.getOrDefault(type, Set.of())) {
            if (element.equals(name)
                    || element.equals(name + ".start")
                    || element.startsWith(name)
                            && element.length() > name.length()
                            && Character.isUpperCase(element.charAt(name.length()))) {
                return true;
            }
        }
        return false;
    }

    /** A time after now plus the clock skew; a date (or a time without a readable offset) after tomorrow's date. */
    private boolean inFuture(String value, LocalDate day) {
        if (value.length() > 10) {
            try {
                return OffsetDateTime.parse(value).toInstant().isAfter(now.plus(CLOCK_SKEW));
            } catch (DateTimeParseException e) {
                // fall through to the day
            }
        }
        return day.isAfter(today.plusDays(1));
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
