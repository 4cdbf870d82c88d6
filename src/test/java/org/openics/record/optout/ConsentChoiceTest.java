package org.openics.record.optout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsentChoiceTest {

    @Test
    void anActiveConsentThatDeniesIsAnOptOut() {
        ConsentChoice.Decision d = ConsentChoice.decide("Consent", "active", "deny", "999 000 0018");
        assertThat(d.accepted()).isTrue();
        assertThat(d.optedOut()).isTrue();
        assertThat(d.nhsNumber().value()).isEqualTo("9990000018");
    }

    @Test
    void aPermitOrAnInactiveConsentWithdrawsTheOptOut() {
        assertThat(ConsentChoice.decide("Consent", "active", "permit", "9990000018")
                        .optedOut())
                .isFalse();
        assertThat(ConsentChoice.decide("Consent", "inactive", null, "9990000018")
                        .accepted())
                .isTrue();
        assertThat(ConsentChoice.decide("Consent", "inactive", null, "9990000018")
                        .optedOut())
                .isFalse();
    }

    @Test
    void aConsentWithoutAValidNhsNumberOrAClearProvisionIsRejectedWithTheReason() {
        assertThat(ConsentChoice.decide("Consent", "active", "deny", null).rejection())
                .contains("no NHS number identifier");
        assertThat(ConsentChoice.decide("Consent", "active", "deny", "9990000019")
                        .rejection())
                .contains("Modulus 11");
        assertThat(ConsentChoice.decide("Consent", "draft", "deny", "9990000018")
                        .rejection())
                .contains("status draft");
        assertThat(ConsentChoice.decide("Consent", "active", null, "9990000018").rejection())
                .contains("deny (opt out) or permit");
        assertThat(ConsentChoice.decide("Patient", "active", "deny", "9990000018")
                        .rejection())
                .contains("not a Consent");
    }
}
