package org.openics.record.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.record.Actor;
import org.openics.record.NhsNumber;
import org.openics.record.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The demo's local accounts, one per role (listed in the README). Passwords are held only as BCrypt
 * hashes; each account carries the organisation it works for, or the resident's own NHS number.
 */
@Configuration(proxyBeanMethods = false)
class LocalAccounts {

    /** The demo GP practice (Z00001, in the demo ICS's first PCN) and the demo resident's NHS number. */
    static final Map<String, Actor> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("clinician", new Actor("clinician", Role.CLINICIAN, Optional.of("Z00001"), Optional.empty()));
        ACCOUNTS.put("careworker", new Actor("careworker", Role.CARE_WORKER, Optional.of("ZBHC1"), Optional.empty()));
        ACCOUNTS.put("analyst", new Actor("analyst", Role.ANALYST, Optional.of("QZZ"), Optional.empty()));
        ACCOUNTS.put("resident", new Actor("resident", Role.RESIDENT, Optional.empty(), Optional.of(new NhsNumber("9000000009"))));
        ACCOUNTS.put("admin", new Actor("admin", Role.ADMIN, Optional.of("QZZ"), Optional.empty()));
    }

    static String demoPassword(String username) {
        return "demo-" + username;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService recordAccounts(PasswordEncoder encoder) {
        List<org.springframework.security.core.userdetails.UserDetails> users = ACCOUNTS.values().stream()
                .map(actor -> User.withUsername(actor.username()).password(encoder.encode(demoPassword(actor.username())))
                        .roles(actor.role().name()).build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    /** The actor behind a signed-in user; empty for users that are not record accounts. */
    static Optional<Actor> actor(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.ofNullable(ACCOUNTS.get(authentication.getName()));
    }
}
