package org.openics.record.linkage;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openics.kernel.NhsNumber;

/**
 * Links patient records to persons of the master person index: by a verified NHS number, else by the demographic
 * match key, else to a new unverified person. An explicit merge, or a link that a new version cannot improve (anything
 * but a link by NHS number), stays as it is.
 */
public final class PersonLinking {

    private PersonLinking() {}

    /** Who a patient record says the patient is. */
    public record PatientIdentity(Optional<NhsNumber> nhsNumber, String localId, Demographics demographics) {}

    /** A patient record's link to a person, and how it was made. */
    public record Link(long person, LinkMethod method) {}

    /** The persons of the index, as linking needs them (the store). */
    public interface Persons {

        /** The person of each NHS number (given with its match key, or null), making those not yet known. */
        Map<String, Long> byNhsNumber(Map<String, String> matchKeys);

        Optional<Long> byMatchKey(String matchKey);

        /** A new person, unverified: with a match key (demographics) or without (only the local id). */
        long newPerson(String matchKey, String localId);
    }

    /**
     * The links to write for these patient records (by patient id), given the links they have now; patient records whose
     * link stays are left out.
     */
    public static Map<String, Link> link(
            Map<String, PatientIdentity> identities, Map<String, Link> existing, Persons persons) {
        Map<String, String> matchKeys = new HashMap<>();
        identities
                .values()
                .forEach(identity -> identity.nhsNumber()
                        .ifPresent(n -> matchKeys.put(
                                n.value(), identity.demographics().matchKey().orElse(null))));
        Map<String, Long> byNhs = matchKeys.isEmpty() ? Map.of() : persons.byNhsNumber(matchKeys);
        Map<String, Link> links = new LinkedHashMap<>();
        identities.forEach((patientId, identity) -> {
            Link link = existing.get(patientId);
            LinkMethod method = LinkMethod.strongest(identity.nhsNumber(), identity.demographics());
            if (link != null && (link.method() == LinkMethod.MERGED || method != LinkMethod.NHS_NUMBER)) {
                return; // an explicit merge, or a link that a new version cannot improve, stays
            }
            long person = switch (method) {
                case NHS_NUMBER -> byNhs.get(identity.nhsNumber().get().value());
                case DEMOGRAPHICS ->
                    persons.byMatchKey(identity.demographics().matchKey().get())
                            .orElseGet(() -> persons.newPerson(
                                    identity.demographics().matchKey().get(), identity.localId()));
                default -> persons.newPerson(null, identity.localId());
            };
            links.put(patientId, new Link(person, method));
        });
        return links;
    }
}
