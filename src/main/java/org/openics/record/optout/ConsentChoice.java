package org.openics.record.optout;

import org.openics.kernel.NhsNumber;

/**
 * Reads an opt-out choice from the parts of a FHIR R4 {@code Consent} that carry it: the patient's NHS number
 * (an identifier of {@code Consent.patient}), {@code status} and {@code provision.type}. An active Consent whose
 * provision denies is an opt-out; one that permits, or an inactive or rejected one, withdraws it. Anything else is
 * rejected with its reason.
 */
public final class ConsentChoice {

    private ConsentChoice() {}

    /** The choice read ({@code nhsNumber}, {@code optedOut}), or the reason it could not be. */
    public record Decision(NhsNumber nhsNumber, boolean optedOut, String rejection) {
        public boolean accepted() {
            return rejection == null;
        }
    }

    public static Decision decide(String resourceType, String status, String provisionType, String nhsNumber) {
        if (!"Consent".equals(resourceType)) {
            return rejected("not a Consent resource (resourceType " + resourceType + ")");
        }
        if (nhsNumber == null || nhsNumber.isBlank()) {
            return rejected("Consent.patient has no NHS number identifier (system " + NhsNumber.SYSTEM + ")");
        }
        String problem = NhsNumber.check(nhsNumber.replace(" ", ""));
        if (problem != null) {
            return rejected("Consent.patient: " + problem);
        }
        NhsNumber number = new NhsNumber(nhsNumber.replace(" ", ""));
        if ("inactive".equals(status) || "rejected".equals(status)) {
            return new Decision(number, false, null);
        }
        if (!"active".equals(status)) {
            return rejected("Consent.status " + status + " is not active, inactive or rejected");
        }
        return switch (provisionType == null ? "" : provisionType) {
            case "deny" -> new Decision(number, true, null);
            case "permit" -> new Decision(number, false, null);
            default ->
                rejected("Consent.provision.type must be deny (opt out) or permit (withdraw), not "
                        + (provisionType == null ? "missing" : provisionType));
        };
    }

    private static Decision rejected(String reason) {
        return new Decision(null, false, reason);
    }
}
