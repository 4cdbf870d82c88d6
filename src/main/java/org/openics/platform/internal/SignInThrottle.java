package org.openics.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing to a crawl: after {@code perAccount} failed sign-ins for one user name, or {@code perAddress}
 * from one network address, within {@code window}, that account or address is refused for {@code lockout} before any
 * password is checked (even the right one). Unknown user names count like known ones, so a refusal says nothing about
 * which accounts exist. A successful sign-in clears its account's failures. Memory is bounded.
 */
final class SignInThrottle {

    record Settings(int perAccount, int perAddress, Duration window, Duration lockout) {
        Settings {
            if (perAccount < 1 || perAddress < 1 || window.isNegative() || lockout.isNegative()) {
                throw new IllegalArgumentException(
                        "sign-in limits are at least one failure, over a positive window and lock-out");
            }
        }
    }

    /** Why a sign-in is refused before its password is checked, and until when. */
    record Refusal(String reason, Instant until) {}

    private static final int MAX_KEYS = 100_000;

    private final Settings settings;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();
    private final Map<String, Instant> lockedUntil = new HashMap<>();

    SignInThrottle(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    Settings settings() {
        return settings;
    }

    synchronized Optional<Refusal> refusal(String username, String address) {
        Instant now = clock.instant();
        Instant account = lockedUntil.get(accountKey(username));
        if (account != null && account.isAfter(now)) {
            return Optional.of(new Refusal("too many failed sign-ins for this account", account));
        }
        Instant from = lockedUntil.get(addressKey(address));
        if (from != null && from.isAfter(now)) {
            return Optional.of(new Refusal("too many failed sign-ins from this address", from));
        }
        return Optional.empty();
    }

    synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS || lockedUntil.size() > MAX_KEYS) {
            forgetExpired(now);
        }
        count(accountKey(username), settings.perAccount(), now);
        if (address != null) {
            count(addressKey(address), settings.perAddress(), now);
        }
    }

    synchronized void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    synchronized void clear() {
        failures.clear();
        lockedUntil.clear();
    }

    private void count(String key, int limit, Instant now) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        recent.addLast(now);
        Instant since = now.minus(settings.window());
        while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
            recent.removeFirst();
        }
        if (recent.size() >= limit) {
            lockedUntil.put(key, now.plus(settings.lockout()));
            failures.remove(key);
        }
    }

    private void forgetExpired(Instant now) {
        Instant since = now.minus(settings.window());
        failures.values().removeIf(d -> d.isEmpty() || d.peekLast().isBefore(since));
        lockedUntil.values().removeIf(until -> !until.isAfter(now));
        if (failures.size() > MAX_KEYS) {
            failures.clear(); // a flood of distinct names: keep the locks, drop the partial counts
        }
    }

    private static String accountKey(String username) {
        return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
