package org.openics.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private Instant now = Instant.parse("2026-12-01T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInThrottle.Settings(5, 12, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutesFromAnyAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("secretary", "10.0.0.1");
        }
        assertThat(throttle.refusal("secretary", "10.0.0.1")).isEmpty();
        throttle.failed("Secretary", "10.0.0.2");
        assertThat(throttle.refusal("secretary", "10.9.9.9"))
                .get()
                .extracting(SignInThrottle.Refusal::reason)
                .isEqualTo("too many failed sign-ins for this account");
        assertThat(throttle.refusal("analyst", "10.9.9.9")).isEmpty();
        now = now.plus(Duration.ofMinutes(15)).plusSeconds(1);
        assertThat(throttle.refusal("secretary", "10.0.0.1")).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("clinician", "10.0.0.1");
        }
        now = now.plus(Duration.ofMinutes(16));
        throttle.failed("clinician", "10.0.0.1");
        assertThat(throttle.refusal("clinician", "10.0.0.1")).isEmpty();
    }

    @Test
    void manyAccountsTriedFromOneAddressBlockThatAddress() {
        for (int i = 0; i < 12; i++) {
            throttle.failed("guess-" + i, "192.0.2.7");
        }
        assertThat(throttle.refusal("resident", "192.0.2.7"))
                .get()
                .extracting(SignInThrottle.Refusal::reason)
                .isEqualTo("too many failed sign-ins from this address");
        assertThat(throttle.refusal("resident", "192.0.2.8")).isEmpty();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("analyst", "10.0.0.1");
        }
        throttle.succeeded("analyst");
        throttle.failed("analyst", "10.0.0.1");
        assertThat(throttle.refusal("analyst", "10.0.0.1")).isEmpty();
    }
}
