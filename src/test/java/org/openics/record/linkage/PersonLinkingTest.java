package org.openics.record.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openics.kernel.NhsNumber;
import org.openics.record.linkage.PersonLinking.Link;
import org.openics.record.linkage.PersonLinking.PatientIdentity;

class PersonLinkingTest {

    /** The index in memory: persons by NHS number and by match key, numbered as they are made. */
    static final class Index implements PersonLinking.Persons {
        final Map<String, Long> byNhs = new HashMap<>();
        final Map<String, Long> byKey = new HashMap<>();
        long next = 1;

        @Override
        public Map<String, Long> byNhsNumber(Map<String, String> matchKeys) {
            Map<String, Long> result = new HashMap<>();
            matchKeys.keySet().forEach(n -> result.put(n, byNhs.computeIfAbsent(n, k -> next++)));
            return result;
        }

        @Override
        public Optional<Long> byMatchKey(String matchKey) {
            return Optional.ofNullable(byKey.get(matchKey));
        }

        @Override
        public long newPerson(String matchKey, String localId) {
            long person = next++;
            if (matchKey != null) {
                byKey.put(matchKey, person);
            }
            return person;
        }
    }

    static final Demographics ADA = new Demographics("Lovelace", "Ada", LocalDate.of(1960, 12, 10), "SE1 7EH");
    static final Demographics NOBODY = new Demographics(null, null, null, null);

    @Test
    void anNhsNumberLinksTwoRecordsToOnePersonAndDemographicsAloneToAnotherUnverifiedOne() {
        Index index = new Index();
        Map<String, PatientIdentity> identities = new java.util.LinkedHashMap<>();
        identities.put("p1", new PatientIdentity(Optional.of(new NhsNumber("9990000018")), "Patient/p1", ADA));
        identities.put("p2", new PatientIdentity(Optional.of(new NhsNumber("9990000018")), "Patient/p2", NOBODY));
        identities.put("p3", new PatientIdentity(Optional.empty(), "urn:x|3", ADA));
        identities.put("p4", new PatientIdentity(Optional.empty(), "urn:x|4", NOBODY));
        Map<String, Link> links = PersonLinking.link(identities, Map.of(), index);
        assertThat(links.get("p1")).isEqualTo(new Link(1, LinkMethod.NHS_NUMBER));
        assertThat(links.get("p2")).isEqualTo(new Link(1, LinkMethod.NHS_NUMBER));
        assertThat(links.get("p3").method()).isEqualTo(LinkMethod.DEMOGRAPHICS);
        assertThat(links.get("p4").method()).isEqualTo(LinkMethod.UNVERIFIED);
        assertThat(links.get("p4").person()).isNotIn(1L, links.get("p3").person());
    }

    @Test
    void aMergeStaysAndOnlyAnNhsNumberImprovesALink() {
        Index index = new Index();
        PatientIdentity verified = new PatientIdentity(Optional.of(new NhsNumber("9990000018")), "Patient/p1", ADA);
        PatientIdentity unverified = new PatientIdentity(Optional.empty(), "Patient/p1", ADA);
        assertThat(PersonLinking.link(Map.of("p1", verified), Map.of("p1", new Link(7, LinkMethod.MERGED)), index))
                .isEmpty();
        assertThat(PersonLinking.link(
                        Map.of("p1", unverified), Map.of("p1", new Link(7, LinkMethod.UNVERIFIED)), index))
                .isEmpty();
        assertThat(PersonLinking.link(
                        Map.of("p1", verified), Map.of("p1", new Link(7, LinkMethod.DEMOGRAPHICS)), index))
                .containsEntry("p1", new Link(1, LinkMethod.NHS_NUMBER));
    }
}
