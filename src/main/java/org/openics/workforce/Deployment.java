package org.openics.workforce;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A member of staff working for a partner organisation: who (a pseudonymous id only — never a name, NHS number,
 * National Insurance number or ESR number in clear), how, from which employer to which host, the FTE that moved and
 * the dates (from {@code start}, until {@code end} exclusive; open-ended when empty).
 *
 * @param id the stored deployment's number, 0 before it is recorded
 */
public record Deployment(
        long id,
        String pseudonym,
        DeploymentKind kind,
        String fromOrganisation,
        String toOrganisation,
        StaffGroup group,
        double fte,
        LocalDate start,
        Optional<LocalDate> end) {

    private static final Pattern PSEUDONYM = Pattern.compile("[A-Za-z0-9_-]{6,64}");
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
    private static final Pattern NATIONAL_INSURANCE = Pattern.compile("(?i)[A-Z]{2}\\d{6}[A-D]");

    public Deployment {
        end = end == null ? Optional.empty() : end;
        String problem = problem(pseudonym, kind, fromOrganisation, toOrganisation, group, fte, start, end);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why these values are not a deployment, or null when they are one (for rejections with a reason). */
    public static String problem(
            String pseudonym,
            DeploymentKind kind,
            String from,
            String to,
            StaffGroup group,
            double fte,
            LocalDate start,
            Optional<LocalDate> end) {
        if (pseudonym == null || !PSEUDONYM.matcher(pseudonym).matches()) {
            return "the staff id must be a pseudonym of 6 to 64 letters, digits, '-' or '_'";
        }
        if (TEN_DIGITS.matcher(pseudonym).matches()
                || NATIONAL_INSURANCE.matcher(pseudonym).matches()) {
            return "the staff id looks like an NHS or National Insurance number: give a pseudonym, never an identifier";
        }
        if (kind == null || group == null) {
            return "a deployment has a kind and a staff group";
        }
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            return "a deployment has an employing and a host organisation";
        }
        if (from.equals(to)) {
            return "the employer and the host are the same organisation (" + from + ")";
        }
        if (!(fte > 0 && fte <= 1.5)) {
            return "the FTE deployed must be above 0 and at most 1.5, not " + fte;
        }
        if (start == null) {
            return "a deployment has a start date";
        }
        if (end != null && end.isPresent() && !end.get().isAfter(start)) {
            return "the end date " + end.get() + " is not after the start date " + start;
        }
        if (end != null && end.isPresent() && kind != null && !kind.temporary()) {
            return "a staff passport transfer is a permanent move and has no end date";
        }
        return null;
    }

    /** True when the deployment counts on the date: from its start, until its end (exclusive). */
    public boolean activeOn(LocalDate date) {
        return !start.isAfter(date) && end.map(date::isBefore).orElse(true);
    }

    public Deployment withId(long newId) {
        return new Deployment(newId, pseudonym, kind, fromOrganisation, toOrganisation, group, fte, start, end);
    }
}
