package org.openics.record.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.NhsNumber;
import org.openics.kernel.UserRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo's local accounts, one per role (listed in the README), offered by {@link Accounts} only when the demo asks for
 * them. Passwords are held only as BCrypt hashes; each account carries the organisation it works for, or the resident's
 * own NHS number.
 */
@Configuration(proxyBeanMethods = false)
class LocalAccounts {

    /** The demo GP practice (Z00001, in the demo ICS's first PCN) and the demo resident's NHS number. */
    static final Map<String, Actor> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("clinician", new Actor("clinician", UserRole.CLINICIAN, Optional.of("Z00001"), Optional.empty()));
        ACCOUNTS.put(
                "careworker", new Actor("careworker", UserRole.CARE_WORKER, Optional.of("ZBHC1"), Optional.empty()));
        ACCOUNTS.put("analyst", new Actor("analyst", UserRole.ANALYST, Optional.of("QZZ"), Optional.empty()));
        ACCOUNTS.put(
                "resident",
                new Actor("resident", UserRole.RESIDENT, Optional.empty(), Optional.of(new NhsNumber("9000000009"))));
        ACCOUNTS.put("admin", new Actor("admin", UserRole.ADMIN, Optional.of("QZZ"), Optional.empty()));
        // one account per role of the modules beyond the record; none of these roles gives direct care
        ACCOUNTS.put(
                "secretary", new Actor("secretary", UserRole.GOVERNANCE_ADMIN, Optional.of("QZZ"), Optional.empty()));
        ACCOUNTS.put("finance", new Actor("finance", UserRole.FINANCE_LEAD, Optional.of("QZZ"), Optional.empty()));
        ACCOUNTS.put(
                "operations", new Actor("operations", UserRole.OPERATIONS_LEAD, Optional.of("QZZ"), Optional.empty()));
        ACCOUNTS.put(
                "workforce", new Actor("workforce", UserRole.WORKFORCE_LEAD, Optional.of("QZZ"), Optional.empty()));
        ACCOUNTS.put("estates", new Actor("estates", UserRole.ESTATES_LEAD, Optional.of("QZZ"), Optional.empty()));
        ACCOUNTS.put(
                "engagement", new Actor("engagement", UserRole.ENGAGEMENT_LEAD, Optional.of("QZZ"), Optional.empty()));
        // the demo community provider's system, sending its records as a registered feed
        ACCOUNTS.put("feed", new Actor("feed", UserRole.INTEGRATION_FEED, Optional.of("ZBHC1"), Optional.empty()));
    }

    static String demoPassword(String username) {
        return "demo-" + username;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberingPasswordEncoder(new BCryptPasswordEncoder());
    }

    /**
     * BCrypt costs tens of milliseconds of CPU per check, by design; a machine client sending HTTP Basic on every
     * request would pay that each time (on two cores, about 20 requests a second in all). Successful checks are
     * remembered for ten minutes under an HMAC of the stored hash and the password with a key that lives only in
     * this process, never the password itself; a wrong password is always checked in full.
     */
    static final class RememberingPasswordEncoder implements PasswordEncoder {

        static final long REMEMBER_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
        private final PasswordEncoder delegate;
        private final javax.crypto.spec.SecretKeySpec key;
        private final java.util.Map<String, Long> verified = new java.util.concurrent.ConcurrentHashMap<>();

        RememberingPasswordEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
            byte[] secret = new byte[32];
            new java.security.SecureRandom().nextBytes(secret);
            this.key = new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256");
        }

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            if (raw == null || encoded == null) {
                return delegate.matches(raw, encoded);
            }
            String check = fingerprint(raw, encoded);
            Long until = verified.get(check);
            long now = System.nanoTime();
            if (until != null && until - now > 0) {
                return true;
            }
            boolean matches = delegate.matches(raw, encoded);
            if (matches) {
                if (verified.size() > 10_000) {
                    verified.clear();
                }
                verified.put(check, now + REMEMBER_NANOS);
            }
            return matches;
        }

        private String fingerprint(CharSequence raw, String encoded) {
            try {
                javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
                mac.init(key);
                mac.update(encoded.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                mac.update((byte) 0);
                return java.util.HexFormat.of()
                        .formatHex(mac.doFinal(raw.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return delegate.upgradeEncoding(encoded);
        }
    }
}
