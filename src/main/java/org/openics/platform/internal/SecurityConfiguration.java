package org.openics.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.openics.platform.BodyLimit;
import org.openics.platform.PublicPaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Aggregate, non-personal pages and APIs are open; everything else needs a signed-in user. Local accounts (hashed
 * passwords, one per role) come from the shared care record module. On top of Spring Security's defaults:
 * <ul>
 * <li>CSRF tokens on every write made with a session cookie, JSON APIs included; only requests that carry their own
 * credentials (HTTP Basic or a bearer token, which a browser never adds cross-site on its own) go without, and a write a
 * browser marks as cross-site ({@code Sec-Fetch-Site}) is refused whatever it carries;</li>
 * <li>a Content-Security-Policy without {@code 'unsafe-inline'}: pages take scripts and styles from static files;</li>
 * <li>sign-in throttling per account and per address ({@link SignInThrottle});</li>
 * <li>a request body limit per path ({@link BodyLimitFilter}) and no {@code X-Powered-By} header naming a library.</li>
 * </ul>
 * The session cookie is HttpOnly and SameSite=Lax (application.properties), Secure when the request came over HTTPS.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    SecurityFilterChain security(
            HttpSecurity http,
            List<PublicPaths> modulePaths,
            ObjectProvider<JwtDecoder> bearerTokens,
            SignInThrottle throttle)
            throws Exception {
        String[] open = Stream.concat(
                        Stream.of("/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/actuator/health", "/error"),
                        modulePaths.stream().flatMap(p -> p.patterns().stream()))
                .toArray(String[]::new);
        http.authorizeHttpRequests(requests ->
                        requests.requestMatchers(open).permitAll().anyRequest().authenticated())
                // a machine client authenticates on every request (Basic or bearer) and so needs no token; a session
                // does
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::carriesOwnCredentials))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .addFilterBefore(new CrossSiteWrites(), CsrfFilter.class)
                .addFilterBefore(new ThrottledSignIn(throttle), UsernamePasswordAuthenticationFilter.class)
                .httpBasic(Customizer.withDefaults())
                .formLogin(form -> form.loginPage("/login").permitAll());
        if (bearerTokens.getIfAvailable() != null) {
            // machine clients may send a bearer token (JWT) instead of Basic credentials
            http.oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()));
        }
        return http.build();
    }

    static boolean carriesOwnCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null
                && (authorization.regionMatches(true, 0, "Basic ", 0, 6)
                        || authorization.regionMatches(true, 0, "Bearer ", 0, 7));
    }

    @Bean
    SignInThrottle signInThrottle(
            @Value("${openics.sign-in.failures-per-account:5}") int perAccount,
            @Value("${openics.sign-in.failures-per-address:30}") int perAddress,
            @Value("${openics.sign-in.window:15m}") Duration window,
            @Value("${openics.sign-in.lockout:15m}") Duration lockout) {
        return new SignInThrottle(
                new SignInThrottle.Settings(perAccount, perAddress, window, lockout), Clock.systemUTC());
    }

    /** Counts failed and successful password sign-ins (form and Basic alike); bearer tokens are not passwords. */
    @Bean
    SignInEvents signInEvents(SignInThrottle throttle) {
        return new SignInEvents(throttle);
    }

    static final class SignInEvents {
        private final SignInThrottle throttle;

        SignInEvents(SignInThrottle throttle) {
            this.throttle = throttle;
        }

        @EventListener
        void failed(AuthenticationFailureBadCredentialsEvent event) {
            if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
                String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                        ? details.getRemoteAddress()
                        : null;
                throttle.failed(attempt.getName(), address);
            }
        }

        @EventListener
        void succeeded(AuthenticationSuccessEvent event) {
            if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
                throttle.succeeded(event.getAuthentication().getName());
            }
        }
    }

    /** The sign-in page with any query (Spring Security's own permit is for /login, ?error and ?logout exactly). */
    @Bean
    PublicPaths signInPublicPaths() {
        return PublicPaths.of("/login");
    }

    @Bean
    BodyLimit signInBodyLimit() {
        return BodyLimit.of("/login", 16 * BodyLimit.KIB);
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimits(
            List<BodyLimit> limits,
            @Value("${openics.http.max-body:10MB}") org.springframework.util.unit.DataSize defaultLimit) {
        FilterRegistrationBean<BodyLimitFilter> registration =
                new FilterRegistrationBean<>(new BodyLimitFilter(limits, defaultLimit.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10); // before Spring Security: a refused body is never read
        return registration;
    }

    @Bean
    FilterRegistrationBean<NoPoweredBy> noPoweredBy() {
        FilterRegistrationBean<NoPoweredBy> registration = new FilterRegistrationBean<>(new NoPoweredBy());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Drops {@code X-Powered-By} (the FHIR server names its library and version in it) from every response. */
    static final class NoPoweredBy extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void setHeader(String name, String value) {
                    if (!"X-Powered-By".equalsIgnoreCase(name)) {
                        super.setHeader(name, value);
                    }
                }

                @Override
                public void addHeader(String name, String value) {
                    if (!"X-Powered-By".equalsIgnoreCase(name)) {
                        super.addHeader(name, value);
                    }
                }
            });
        }
    }

    /** A write the browser says comes from another site is refused, whatever credentials it carries. */
    static final class CrossSiteWrites extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!SAFE_METHODS.contains(request.getMethod())
                    && "cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
                problem(response, HttpStatus.FORBIDDEN, "A request from another site may not change anything here.");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * Refuses a password sign-in (the form's POST, or HTTP Basic) for an account or address that failed too often, before
     * the password is checked: the form returns to the sign-in page with the reason, Basic gets 429 with Retry-After.
     */
    static final class ThrottledSignIn extends OncePerRequestFilter {
        private final SignInThrottle throttle;

        ThrottledSignIn(SignInThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
            Optional<String> username =
                    form ? Optional.ofNullable(request.getParameter("username")) : basicUser(request);
            Optional<SignInThrottle.Refusal> refusal =
                    username.flatMap(u -> throttle.refusal(u, request.getRemoteAddr()));
            if (refusal.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            long minutes = Math.max(
                    1, (Duration.between(Instant.now(), refusal.get().until()).toSeconds() + 59) / 60);
            if (form) {
                response.sendRedirect(request.getContextPath() + "/login?locked=" + minutes);
            } else {
                response.setHeader("Retry-After", String.valueOf(minutes * 60));
                problem(
                        response,
                        HttpStatus.TOO_MANY_REQUESTS,
                        "Sign-in refused: " + refusal.get().reason() + "; try again in " + minutes
                                + (minutes == 1 ? " minute." : " minutes."));
            }
        }

        private static Optional<String> basicUser(HttpServletRequest request) {
            String authorization = request.getHeader("Authorization");
            if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return Optional.empty();
            }
            try {
                String decoded = new String(
                        Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // not Base64: Spring Security refuses it
            }
        }
    }

    static void problem(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream()
                .write(("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                                + status.value() + ",\"detail\":\"" + message.replace("\"", "'") + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
