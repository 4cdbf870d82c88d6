package org.openics.record.internal;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.NhsNumber;
import org.openics.kernel.UserRole;
import org.openics.record.AccountResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The accounts that may sign in: those added with {@code openics accounts add} and the feeds registered with
 * {@code openics feeds add}, held in {@code record.account} (BCrypt hashes only), and — only when the demo asks for them
 * ({@code openics.accounts.demo=true}, set by {@code openics demo}) — the demo accounts with their published passwords.
 * {@code openics serve} therefore starts with no account that anyone knows the password of.
 */
@Component
class Accounts implements UserDetailsService {

    static final int MINIMUM_PASSWORD = 12;

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final boolean demo;
    /** The demo accounts' BCrypt hashes, made once (a fresh user is handed out each time: Spring erases its password after use). */
    private volatile java.util.Map<String, String> demoHashes;

    Accounts(JdbcTemplate jdbc, PasswordEncoder encoder, @Value("${openics.accounts.demo:false}") boolean demo) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.demo = demo;
    }

    /** A signed-in account: Spring's user with the record's actor (role, organisation, NHS number) attached. */
    static final class AccountUser extends User {
        private final transient Actor actor;

        AccountUser(Actor actor, String passwordHash) {
            super(
                    actor.username(),
                    passwordHash,
                    List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                            "ROLE_" + actor.role().name())));
            this.actor = actor;
        }

        Actor actor() {
            return actor;
        }
    }

    /**
     * The actor behind a signed-in user or a bearer token; empty for users that are not record accounts. A local token
     * is looked up in this directory (the account as it stands now, whatever else the token carries) — an instance,
     * not a static, so that a second platform started in the same JVM (a command, a test) never answers for this one.
     */
    Optional<Actor> actorOf(org.springframework.security.core.Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof org.springframework.security.oauth2.jwt.Jwt jwt) {
            return MachineTokens.actor(jwt, this::actor);
        }
        return authentication.getPrincipal() instanceof AccountUser user ? Optional.of(user.actor()) : Optional.empty();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (demo && LocalAccounts.ACCOUNTS.containsKey(username)) {
            return new AccountUser(
                    LocalAccounts.ACCOUNTS.get(username), demoHashes().get(username));
        }
        return stored(username).orElseThrow(() -> new UsernameNotFoundException("no account " + username));
    }

    private java.util.Map<String, String> demoHashes() {
        java.util.Map<String, String> hashes = demoHashes;
        if (hashes == null) {
            hashes = new java.util.HashMap<>();
            for (String username : LocalAccounts.ACCOUNTS.keySet()) {
                hashes.put(username, encoder.encode(LocalAccounts.demoPassword(username)));
            }
            demoHashes = hashes;
        }
        return hashes;
    }

    private Optional<AccountUser> stored(String username) {
        return jdbc
                .query(
                        "select username, password_hash, role, organisations, nhs_number from record.account where username = ?",
                        (rs, n) -> {
                            Array organisations = rs.getArray(4);
                            String[] codes =
                                    organisations == null ? new String[0] : (String[]) organisations.getArray();
                            Actor actor = new Actor(
                                    rs.getString(1),
                                    UserRole.valueOf(rs.getString(3)),
                                    codes.length == 0 ? Optional.empty() : Optional.of(codes[0]),
                                    Optional.ofNullable(rs.getString(5)).map(NhsNumber::new));
                            return new AccountUser(actor, rs.getString(2));
                        },
                        username)
                .stream()
                .findFirst();
    }

    /** The actor of an account, demo or stored; empty when there is none. */
    Optional<Actor> actor(String username) {
        if (username == null) {
            return Optional.empty();
        }
        if (demo && LocalAccounts.ACCOUNTS.containsKey(username)) {
            return Optional.of(LocalAccounts.ACCOUNTS.get(username));
        }
        return stored(username).map(AccountUser::actor);
    }

    /** Every stored account (not the demo ones), by name. */
    List<Actor> all() {
        return jdbc.query("select username from record.account order by username", (rs, n) -> rs.getString(1)).stream()
                .map(this::stored)
                .flatMap(Optional::stream)
                .map(AccountUser::actor)
                .toList();
    }

    /** Adds an account for a person; refused (with the reason) for a taken name, a short password or a feed role. */
    AccountResult add(Actor account, char[] password, String by) {
        if (account.role() == UserRole.INTEGRATION_FEED) {
            return AccountResult.refused(
                    "an integration feed is registered with 'openics feeds add', which issues its credential");
        }
        if (account.role() != UserRole.RESIDENT && account.organisation().isEmpty()) {
            return AccountResult.refused(
                    "a " + account.role().label() + " account names the organisation it works for (ODS code)");
        }
        if (password == null || password.length < MINIMUM_PASSWORD) {
            return AccountResult.refused("the password must have at least " + MINIMUM_PASSWORD + " characters");
        }
        if (taken(account.username())) {
            return AccountResult.refused("there is already an account " + account.username());
        }
        insert(account, encoder.encode(new String(password)), by);
        return new AccountResult(
                true,
                "added " + account.role().label() + " account " + account.username()
                        + account.organisation().map(o -> " for " + o).orElse(""),
                Optional.empty());
    }

    /** Registers a feed for one organisation with a fresh random credential, returned once; only its hash is kept. */
    AccountResult registerFeed(String name, String organisation, String by) {
        String code = organisation == null ? "" : organisation.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9]{3,10}")) {
            return AccountResult.refused("'" + organisation + "' is not an ODS code");
        }
        String username = name == null || name.isBlank() ? "feed-" + code.toLowerCase(Locale.ROOT) : name.trim();
        if (taken(username)) {
            return AccountResult.refused("there is already an account " + username);
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        insert(
                new Actor(username, UserRole.INTEGRATION_FEED, Optional.of(code), Optional.empty()),
                encoder.encode(secret),
                by);
        return new AccountResult(
                true,
                "registered integration feed " + username + " for " + code + "; send records with HTTP Basic as "
                        + username + " and the secret below (shown once)",
                Optional.of(secret));
    }

    private boolean taken(String username) {
        return (demo && LocalAccounts.ACCOUNTS.containsKey(username))
                || jdbc.queryForObject(
                                "select count(*) from record.account where username = ?", Integer.class, username)
                        > 0;
    }

    private void insert(Actor account, String hash, String by) {
        jdbc.update(
                "insert into record.account (username, password_hash, role, organisations, nhs_number, created_at, created_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                account.username(),
                hash,
                account.role().name(),
                account.organisation().stream().toArray(String[]::new),
                account.nhsNumber().map(NhsNumber::value).orElse(null),
                Timestamp.from(Instant.now()),
                by);
    }
}
