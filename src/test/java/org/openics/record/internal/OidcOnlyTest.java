package org.openics.record.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Finding 5: with an OIDC issuer set, Basic {@code admin:demo-admin} still read {@code /fhir}. The filter is run as the
 * servlet container runs it, with Spring's request and response fixtures (a whole second platform with its own
 * PostgreSQL only to change one property would cost more than it proves).
 */
class OidcOnlyTest {

    static boolean passes(String issuer, String path, String authorization) throws Exception {
        var filter = new OidcOnly().basicOffWithOidc(issuer).getFilter();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean passed = new AtomicBoolean();
        FilterChain chain = (req, res) -> passed.set(true);
        filter.doFilter(request, response, chain);
        if (!passed.get()) {
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getContentAsString()).contains("local accounts are off");
        }
        return passed.get();
    }

    @Test
    void withAnIssuerBasicCredentialsAreRefusedOnTheFhirApiAndTheJsonApis() throws Exception {
        String basic = "Basic YWRtaW46ZGVtby1hZG1pbg=="; // admin:demo-admin
        assertThat(passes("https://issuer.example", "/fhir/Patient/p-ada", basic))
                .isFalse();
        assertThat(passes("https://issuer.example", "/api/record/ingest", basic))
                .isFalse();
        assertThat(passes("https://issuer.example", "/fhir/Patient/p-ada", "Bearer eyJ..."))
                .isTrue();
    }

    @Test
    void withoutAnIssuerOrOutsideTheApisNothingChanges() throws Exception {
        String basic = "Basic YWRtaW46ZGVtby1hZG1pbg==";
        assertThat(passes("", "/fhir/Patient/p-ada", basic)).isTrue();
        assertThat(passes("https://issuer.example", "/record", basic)).isTrue();
    }
}
