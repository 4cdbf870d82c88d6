package org.openics.platform.internal;

import java.util.List;
import java.util.stream.Stream;
import org.openics.platform.PublicPaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Aggregate, non-personal pages and APIs are open; everything else needs a signed-in user.
 * Local accounts (hashed passwords, one per role) come from the shared care record module.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain security(HttpSecurity http, List<PublicPaths> modulePaths, ObjectProvider<JwtDecoder> bearerTokens) throws Exception {
        String[] open = Stream.concat(Stream.of("/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/actuator/health", "/error"),
                modulePaths.stream().flatMap(p -> p.patterns().stream())).toArray(String[]::new);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(open).permitAll()
                        .anyRequest().authenticated())
                // machine clients of the FHIR API, the bulk feed and the governance write API authenticate on every request (Basic); no session, no CSRF token
                .csrf(csrf -> csrf.ignoringRequestMatchers("/fhir/**", "/api/record/**", "/api/governance/edit/**", "/api/auth/**",
                        "/api/cohorts/**", "/api/mutual-aid/**"))
                .httpBasic(Customizer.withDefaults())
                .formLogin(form -> form.loginPage("/login").permitAll());
        if (bearerTokens.getIfAvailable() != null) {
            // machine clients may send a bearer token (JWT) instead of Basic credentials
            http.oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()));
        }
        return http.build();
    }
}
