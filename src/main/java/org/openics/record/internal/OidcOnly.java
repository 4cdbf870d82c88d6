package org.openics.record.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With an OIDC issuer configured ({@code OPENICS_OIDC_ISSUER}), the FHIR API and the JSON APIs take only that issuer's
 * bearer tokens: a request with HTTP Basic credentials is answered 401 before any account is looked at, so no local
 * password (the demo's least of all) opens them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class OidcOnly {

    /** Before Spring Security's filters (order -100), so that Basic is never checked. */
    static final int ORDER = -110;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> basicOffWithOidc(@Value("${openics.oidc.issuer:}") String issuer) {
        boolean oidc = !issuer.isBlank();
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected boolean shouldNotFilter(HttpServletRequest request) {
                        String path = request.getRequestURI()
                                .substring(request.getContextPath().length());
                        return !oidc || !(path.startsWith("/fhir") || path.startsWith("/api/"));
                    }

                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        String authorization = request.getHeader("Authorization");
                        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                            response.setHeader(
                                    "WWW-Authenticate",
                                    "Bearer error=\"invalid_request\", error_description=\"local accounts are off: "
                                            + "send a bearer token from the OIDC issuer\"");
                            response.setContentType("application/json");
                            response.getOutputStream()
                                    .write(
                                            ("{\"error\":\"local accounts are off for the APIs while an OIDC issuer is configured;"
                                                            + " send a bearer token from " + issuer.replace("\"", "")
                                                            + "\"}")
                                                    .getBytes(StandardCharsets.UTF_8));
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                });
        registration.setOrder(ORDER);
        registration.setName("openics-oidc-only");
        return registration;
    }
}
