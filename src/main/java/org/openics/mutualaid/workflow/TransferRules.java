package org.openics.mutualaid.workflow;

import java.time.LocalDate;
import java.util.Optional;
import org.openics.mutualaid.CapacityOffer;
import org.openics.mutualaid.PatientTransfer;
import org.openics.mutualaid.RefusalReason;
import org.openics.mutualaid.TransferStatus;
import org.openics.mutualaid.TravelLimit;

/**
 * Nobody moves without consent, within the distance they would travel, confirmed clinically suitable by the sending
 * provider, into an offer that is open and has a slot: each rule returns the refusal it finds, or empty when it allows.
 */
public final class TransferRules {

    /** A refusal: its reason and the detail the user and the audit log read. */
    public record Refusal(RefusalReason reason, String detail) {}

    private TransferRules() {}

    /** An offer takes waiters until it expires and while it has slots. */
    static Optional<Refusal> open(CapacityOffer offer, LocalDate today) {
        if (offer.expiredOn(today)) {
            return Optional.of(
                    new Refusal(RefusalReason.OFFER_EXPIRED, "offer " + offer.id() + " expired on " + offer.expires()));
        }
        if (offer.slotsLeft() <= 0) {
            return Optional.of(new Refusal(RefusalReason.CAPACITY_TAKEN, "offer " + offer.id() + " has no slots left"));
        }
        return Optional.empty();
    }

    public static Optional<Refusal> propose(CapacityOffer offer, String specialty, String origin, LocalDate today) {
        Optional<Refusal> closed = open(offer, today);
        if (closed.isPresent()) {
            return closed;
        }
        if (!offer.specialty().equals(specialty)) {
            return Optional.of(new Refusal(
                    RefusalReason.WRONG_SPECIALTY,
                    "offer " + offer.id() + " is for treatment function " + offer.specialty()
                            + ", the waiter waits for " + specialty));
        }
        if (offer.provider().equals(origin)) {
            return Optional.of(new Refusal(
                    RefusalReason.WRONG_SPECIALTY, "offer " + offer.id() + " is the waiter's own provider's"));
        }
        return Optional.empty();
    }

    public static Optional<Refusal> consent(PatientTransfer t, boolean consents, TravelLimit willingness) {
        if (t.status() != TransferStatus.PROPOSED) {
            return Optional.of(new Refusal(
                    RefusalReason.OUT_OF_ORDER,
                    "consent is recorded on a proposed transfer; this one is " + t.status()));
        }
        if (!consents) {
            return Optional.of(new Refusal(RefusalReason.NO_CONSENT, RefusalReason.NO_CONSENT.text()));
        }
        if (!willingness.allows(t.miles())) {
            return Optional.of(new Refusal(
                    RefusalReason.BEYOND_TRAVEL_LIMIT,
                    String.format(
                            java.util.Locale.ROOT,
                            "the site is %.1f miles away; the patient would travel %s",
                            t.miles(),
                            willingness.label())));
        }
        return Optional.empty();
    }

    public static Optional<Refusal> suitability(
            PatientTransfer t, Optional<String> actorOrganisation, boolean suitable, String why) {
        if (t.status() != TransferStatus.CONSENTED) {
            return Optional.of(new Refusal(
                    RefusalReason.OUT_OF_ORDER,
                    "suitability is confirmed after consent; this transfer is " + t.status()));
        }
        if (actorOrganisation.filter(t.origin()::equals).isEmpty()) {
            return Optional.of(new Refusal(
                    RefusalReason.NOT_SENDING_PROVIDER,
                    "only a clinician of " + t.origin() + " (the sending provider) may confirm suitability"));
        }
        if (!suitable) {
            return Optional.of(new Refusal(
                    RefusalReason.UNSUITABLE, why == null || why.isBlank() ? RefusalReason.UNSUITABLE.text() : why));
        }
        return Optional.empty();
    }

    public static Optional<Refusal> accept(PatientTransfer t, CapacityOffer offer, LocalDate today) {
        if (t.status() != TransferStatus.SUITABLE) {
            return Optional.of(new Refusal(
                    RefusalReason.OUT_OF_ORDER,
                    "a transfer is accepted once consent and suitability are" + " recorded; this one is "
                            + t.status()));
        }
        return open(offer, today);
    }

    public static Optional<Refusal> complete(PatientTransfer t) {
        if (t.status() != TransferStatus.ACCEPTED) {
            return Optional.of(new Refusal(
                    RefusalReason.OUT_OF_ORDER, "only an accepted transfer is completed; this one is " + t.status()));
        }
        return Optional.empty();
    }
}
