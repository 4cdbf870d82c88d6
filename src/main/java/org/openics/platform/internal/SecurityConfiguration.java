package org.openics.platform.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Aggregate, non-personal pages and APIs are open; everything else needs a signed-in user.
 * Person-level endpoints arrive with the record module and always require authentication.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/registry/**", "/api/registry/**", "/webjars/**", "/css/**",
                                "/favicon.ico", "/actuator/health", "/error").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    /** Local accounts arrive with the shared care record (roles, hashed passwords); none until then. */
    @Bean
    UserDetailsService localAccounts() {
        return new InMemoryUserDetailsManager();
    }
}
