package org.openics.record;

import java.util.Optional;

/**
 * The outcome of adding an account or registering a feed: done, or refused with the reason. A feed's machine credential
 * is in {@code secret}, shown once: only its hash is kept.
 */
public record AccountResult(boolean done, String message, Optional<String> secret) {

    public AccountResult {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("an account result says what happened");
        }
        secret = secret == null ? Optional.empty() : secret;
    }

    public static AccountResult refused(String reason) {
        return new AccountResult(false, reason, Optional.empty());
    }
}
