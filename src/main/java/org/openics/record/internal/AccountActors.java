package org.openics.record.internal;

import java.security.Principal;
import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.platform.Accounts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The record's accounts (and the actors behind bearer tokens) for every module's web layer, through the platform's port. */
@Component
class AccountActors implements Accounts {

    private final org.openics.record.internal.Accounts accounts;

    AccountActors(org.openics.record.internal.Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Actor> actor(Principal principal) {
        return principal instanceof Authentication authentication ? accounts.actorOf(authentication) : Optional.empty();
    }
}
