package org.openics.record.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who a bearer token speaks for, and the remembered password checks. */
class MachineTokensTest {

    static Jwt.Builder jwt(String issuer) {
        return Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuer(issuer)
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
    }

    static final java.util.function.Function<String, java.util.Optional<org.openics.kernel.Actor>> NO_LOCAL_ACCOUNTS =
            name -> java.util.Optional.empty();

    @Test
    void aLocalTokenSpeaksForItsLocalAccountOnlyAndWithoutAnAccountDirectoryForNoOne() {
        // the account behind a local token is looked up in the store (MachineTokensIT); its claims never decide the
        // role
        assertThat(MachineTokens.actor(
                        jwt(MachineTokens.LOCAL_ISSUER)
                                .subject("mallory")
                                .claim("role", "ADMIN")
                                .build(),
                        NO_LOCAL_ACCOUNTS))
                .isEmpty();
    }

    @Test
    void anOidcTokenCarriesRoleOrganisationAndForAResidentTheirNhsNumber() {
        var clinician = MachineTokens.actor(
                        jwt("https://login.example.nhs.uk")
                                .subject("a1b2")
                                .claim("preferred_username", "dr.jones")
                                .claim("role", "CLINICIAN")
                                .claim("organisation", "Z00002")
                                .build(),
                        NO_LOCAL_ACCOUNTS)
                .orElseThrow();
        assertThat(clinician.username()).isEqualTo("dr.jones");
        assertThat(clinician.organisation()).contains("Z00002");
        assertThat(MachineTokens.actor(
                                jwt("https://login.example.nhs.uk")
                                        .subject("r1")
                                        .claim("role", "RESIDENT")
                                        .claim("nhs_number", "9000000009")
                                        .build(),
                                NO_LOCAL_ACCOUNTS)
                        .orElseThrow()
                        .nhsNumber())
                .isPresent();
        assertThat(MachineTokens.actor(
                        jwt("https://login.example.nhs.uk")
                                .subject("r2")
                                .claim("role", "RESIDENT")
                                .build(),
                        NO_LOCAL_ACCOUNTS))
                .isEmpty();
        assertThat(MachineTokens.actor(
                        jwt("https://login.example.nhs.uk")
                                .subject("x")
                                .claim("role", "SUPERUSER")
                                .build(),
                        NO_LOCAL_ACCOUNTS))
                .isEmpty();
        assertThat(MachineTokens.actor(
                        jwt("https://login.example.nhs.uk").subject("x").build(), NO_LOCAL_ACCOUNTS))
                .isEmpty();
    }

    @Test
    void aRightPasswordIsRememberedAndAWrongOneIsAlwaysCheckedInFull() {
        var encoder = new LocalAccounts.RememberingPasswordEncoder(new BCryptPasswordEncoder(4));
        String hash = encoder.encode("secret");
        assertThat(encoder.matches("wrong", hash)).isFalse();
        assertThat(encoder.matches("secret", hash)).isTrue();
        assertThat(encoder.matches("secret", hash)).isTrue();
        assertThat(encoder.matches("wrong", hash)).isFalse();
        assertThat(encoder.matches("secret", encoder.encode("other"))).isFalse();
    }
}
