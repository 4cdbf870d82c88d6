package org.openics.synthetic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openics.synthetic.DefectKind;

/**
 * Spoils output lines the way real feeds do. Each kind applies only where it makes sense (an NHS
 * number needs a Patient), so the kind is drawn among those applicable to the line. The resource
 * a fault lands in is reported: inside a bundle, the entry that holds it.
 */
final class DefectInjector {

    /** The line(s) to write instead of the original, and the fault (on the last line written). */
    record Outcome(List<String> lines, DefectKind kind, String resourceId) {}

    private static final Pattern NHS_NUMBER =
            Pattern.compile(Pattern.quote("\"system\":\"" + FhirJson.NHS_NUMBER + "\",\"value\":\"") + "(\\d{10})\"");
    private static final Pattern PATIENT_REFERENCE = Pattern.compile("\"reference\":\"Patient/([0-9a-f-]{36})\"");
    private static final Pattern DATE = Pattern.compile(
            "\"(birthDate|deceasedDateTime|onsetDateTime|recordedDate|effectiveDateTime|authoredOn|start)\":\"(\\d{4})-\\d{2}-\\d{2}\"");
    private static final Pattern CODE =
            Pattern.compile("\"system\":\"(" + Pattern.quote(FhirJson.SNOMED) + "|" + Pattern.quote(FhirJson.LOINC)
                    + "|" + Pattern.quote(FhirJson.ETHNIC_CATEGORY) + ")\",\"code\":\"([^\"]*)\"");
    private static final Pattern FIRST_ID =
            Pattern.compile("\"resourceType\":\"(?!Bundle)[A-Za-z]+\",\"id\":\"[0-9a-f-]{36}\",");
    private static final String FULL_URL = "\"fullUrl\":\"urn:uuid:";

    private final String resentOn;

    DefectInjector(String resentOn) {
        this.resentOn = resentOn;
    }

    /**
     * @param id       the id of the line's resource (for a bundle, of its Patient)
     * @param missing  the id of a Patient that is never sent, for a dangling reference
     */
    Outcome spoil(String line, String id, String missing, SplittableRandom r) {
        List<DefectKind> applicable =
                new ArrayList<>(List.of(DefectKind.DUPLICATE, DefectKind.TRUNCATED, DefectKind.MALFORMED_JSON));
        Matcher nhs = NHS_NUMBER.matcher(line);
        Matcher reference = PATIENT_REFERENCE.matcher(line);
        Matcher date = DATE.matcher(line);
        Matcher code = CODE.matcher(line);
        Matcher first = FIRST_ID.matcher(line);
        boolean hasNhs = nhs.find();
        boolean hasReference = reference.find();
        boolean hasDate = date.find();
        boolean hasCode = code.find();
        boolean hasId = first.find();
        if (hasNhs) {
            applicable.add(DefectKind.INVALID_NHS_NUMBER);
        }
        if (hasReference) {
            applicable.add(DefectKind.MISSING_REFERENCE);
        }
        if (hasDate) {
            applicable.add(DefectKind.IMPOSSIBLE_DATE);
        }
        if (hasCode) {
            applicable.add(DefectKind.UNKNOWN_CODE);
        }
        if (hasId) {
            applicable.add(DefectKind.RESENT_UPDATE);
        }
        DefectKind kind = applicable.get(r.nextInt(applicable.size()));
        return switch (kind) {
            case INVALID_NHS_NUMBER -> {
                String number = nhs.group(1);
                char check = (char) ('0' + (number.charAt(9) - '0' + 1 + r.nextInt(9)) % 10);
                yield one(
                        replace(line, nhs.start(1), nhs.end(1), number.substring(0, 9) + check),
                        kind,
                        line,
                        nhs.start(),
                        id);
            }
            case MISSING_REFERENCE ->
                one(replace(line, reference.start(1), reference.end(1), missing), kind, line, reference.start(), id);
            case IMPOSSIBLE_DATE ->
                one(replace(line, date.end(2), date.end() - 1, "-02-30"), kind, line, date.start(), id);
            case UNKNOWN_CODE -> {
                String system = code.group(1);
                String unknown =
                        system.equals(FhirJson.SNOMED) ? "1999999999" : system.equals(FhirJson.LOINC) ? "99999-9" : "Q";
                yield one(replace(line, code.start(2), code.end(2), unknown), kind, line, code.start(), id);
            }
            case DUPLICATE -> new Outcome(List.of(line, line), kind, id);
            case RESENT_UPDATE ->
                new Outcome(
                        List.of(
                                line,
                                line.substring(0, first.end())
                                        + "\"meta\":{\"versionId\":\"2\",\"lastUpdated\":\"" + resentOn
                                        + "T09:00:00Z\"},"
                                        + line.substring(first.end())),
                        kind,
                        owner(line, first.start(), id));
            case TRUNCATED ->
                new Outcome(List.of(line.substring(0, (int) (line.length() * (0.2 + 0.6 * r.nextDouble())))), kind, id);
            case MALFORMED_JSON -> new Outcome(List.of(line.replaceFirst("\",\"", "\",,\"")), kind, id);
        };
    }

    private Outcome one(String spoilt, DefectKind kind, String original, int at, String id) {
        return new Outcome(List.of(spoilt), kind, owner(original, at, id));
    }

    /** Inside a bundle, the id of the entry holding a position; else the line's own id. */
    private static String owner(String line, int at, String id) {
        int entry = line.lastIndexOf(FULL_URL, at);
        return entry < 0 ? id : line.substring(entry + FULL_URL.length(), entry + FULL_URL.length() + 36);
    }

    private static String replace(String line, int start, int end, String with) {
        return line.substring(0, start) + with + line.substring(end);
    }
}
