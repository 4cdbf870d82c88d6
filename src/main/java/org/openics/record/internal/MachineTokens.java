package org.openics.record.internal;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.openics.kernel.Actor;
import org.openics.kernel.NhsNumber;
import org.openics.kernel.UserRole;
import org.openics.platform.OpenIcsHome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bearer tokens for machine clients. With no OIDC issuer configured, OpenICS signs its own: a client sends its
 * account's credentials once ({@code POST /api/auth/token} with HTTP Basic) and then {@code Authorization: Bearer}
 * on every request — a JWT (HMAC-SHA256, key generated once under OPENICS_HOME) carrying the account, its role
 * and organisation, valid for an hour. With {@code OPENICS_OIDC_ISSUER} set, tokens come from that issuer instead
 * (its keys found through OIDC discovery on first use) and carry the actor in claims ({@link #actor(Jwt)}).
 */
@Configuration(proxyBeanMethods = false)
class MachineTokens {

    static final String LOCAL_ISSUER = "openics-local";
    static final Duration LIFETIME = Duration.ofHours(1);

    private final Optional<String> oidcIssuer;
    private final SecretKey key;

    MachineTokens(@Value("${openics.oidc.issuer:}") String oidcIssuer, OpenIcsHome home) {
        this.oidcIssuer = Optional.of(oidcIssuer.trim()).filter(s -> !s.isEmpty());
        this.key = this.oidcIssuer.isPresent() ? null : signingKey(home.resolve("secrets/token-signing-key"));
    }

    /** The signing key, made on first use and readable by the owner only. */
    static SecretKey signingKey(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Path partial = Files.createTempFile(file.getParent(), "key", ".tmp");
                try {
                    Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the folder's permissions apply
                }
                Files.write(partial, fresh);
                try {
                    Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    Files.deleteIfExists(partial); // another process made it first
                }
            }
            return new SecretKeySpec(Files.readAllBytes(file), "HmacSHA256");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the token signing key " + file, e);
        }
    }

    @Bean
    JwtDecoder machineTokenDecoder() {
        if (oidcIssuer.isPresent()) {
            String issuer = oidcIssuer.get();
            return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer));
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(LOCAL_ISSUER)); // signature, issuer, not expired
        return decoder;
    }

    /** A signed token for the account, valid for {@link #LIFETIME} from {@code issuedAt}. */
    String issue(Actor actor, Instant issuedAt) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(LOCAL_ISSUER)
                .subject(actor.username())
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(LIFETIME))
                .claim("role", actor.role().name());
        actor.organisation().ifPresent(o -> claims.claim("organisation", o));
        actor.nhsNumber().ifPresent(n -> claims.claim("nhs_number", n.value()));
        return new NimbusJwtEncoder(new ImmutableSecret<>(key))
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }

    /**
     * The actor a token speaks for: a local token names a local account; an OIDC token carries {@code role} (a
     * {@link UserRole} name), {@code organisation} (ODS code) and, for a resident, {@code nhs_number}; its user is
     * {@code preferred_username}, else {@code sub}. A token without a known role speaks for no one.
     */
    static Optional<Actor> actor(Jwt jwt, java.util.function.Function<String, Optional<Actor>> localAccounts) {
        if (LOCAL_ISSUER.equals(jwt.getClaimAsString("iss"))) { // a name, not a URL, for local tokens
            return localAccounts.apply(jwt.getSubject()); // the account as it stands, whatever else the token carries
        }
        UserRole role;
        try {
            role = UserRole.valueOf(String.valueOf(jwt.getClaimAsString("role")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String user =
                Optional.ofNullable(jwt.getClaimAsString("preferred_username")).orElse(jwt.getSubject());
        Optional<NhsNumber> nhs = Optional.ofNullable(jwt.getClaimAsString("nhs_number"))
                .filter(NhsNumber::isValid)
                .map(NhsNumber::new);
        try {
            return Optional.of(new Actor(user, role, Optional.ofNullable(jwt.getClaimAsString("organisation")), nhs));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // e.g. a resident without an NHS number
        }
    }

    /** {@code POST /api/auth/token} with HTTP Basic: a bearer token for the account. */
    @RestController
    static class TokenApi {

        private final MachineTokens tokens;
        private final Accounts accounts;

        TokenApi(MachineTokens tokens, Accounts accounts) {
            this.tokens = tokens;
            this.accounts = accounts;
        }

        @PostMapping("/api/auth/token")
        ResponseEntity<Map<String, Object>> token(Authentication authentication) {
            if (tokens.oidcIssuer.isPresent()) {
                return ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("error", "tokens are issued by the OIDC issuer " + tokens.oidcIssuer.get()));
            }
            if (authentication
                    instanceof
                    org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken) {
                return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                        .body(Map.of("error", "ask for a token with the account's credentials"));
            }
            Optional<Actor> actor = accounts.actorOf(authentication);
            if (actor.isEmpty()) {
                return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "not a record account"));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("access_token", tokens.issue(actor.get(), Instant.now()));
            body.put("token_type", "Bearer");
            body.put("expires_in", LIFETIME.toSeconds());
            return ResponseEntity.ok(body);
        }
    }
}
