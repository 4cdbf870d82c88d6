package org.openics.mutualaid.internal;

import java.util.Locale;
import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.NotAuthorised;
import org.openics.mutualaid.PlanOptions;
import org.openics.mutualaid.TravelLimit;
import org.openics.platform.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/** What the mutual aid pages and API share: the signed-in actor, plan options from parameters, CSV quoting, refusals as 403. */
@Component
class MutualAidWeb {

    /** Diagnostics are planned over a shorter horizon than treatment: the standard is six weeks. */
    static final int DIAGNOSTICS_HORIZON = 4;

    private final Accounts accounts;

    MutualAidWeb(Accounts accounts) {
        this.accounts = accounts;
    }

    Actor actor(Authentication authentication) {
        if (authentication == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "sign in");
        }
        return accounts.actor(authentication)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.FORBIDDEN, "not an OpenICS account: " + authentication.getName()));
    }

    static PlanOptions options(
            Optional<Integer> horizon,
            Optional<Boolean> equity,
            Optional<String> limit,
            Optional<String> site,
            Optional<String> specialty,
            Optional<Integer> slots) {
        TravelLimit travel = limit.filter(l -> !l.isBlank())
                .map(l -> TravelLimit.parse(l)
                        .orElseThrow(() ->
                                new IllegalArgumentException("travel limit is 50, 100 or anywhere, not '" + l + "'")))
                .orElse(TravelLimit.MILES_50);
        return new PlanOptions(horizon.orElse(12), equity.orElse(true), travel, site, specialty, slots.orElse(0));
    }

    static String csv(Object value) {
        String text = value instanceof Double d
                ? String.format(Locale.ROOT, "%.3f", d)
                : value instanceof Optional<?> o ? o.map(MutualAidWeb::csv).orElse("") : String.valueOf(value);
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }

    static String line(Object... values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ",").append(csv(values[i]));
        }
        return b.append('\n').toString();
    }

    /** Refusals by role answer 403 with their message, bad input 400, on the mutual aid pages and API alike. */
    @RestControllerAdvice(basePackageClasses = MutualAidWeb.class)
    static class Refusals {

        @ExceptionHandler(NotAuthorised.class)
        org.springframework.http.ResponseEntity<ProblemDetail> notAuthorised(NotAuthorised e) {
            return org.springframework.http.ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()));
        }

        @ExceptionHandler(IllegalArgumentException.class)
        org.springframework.http.ResponseEntity<ProblemDetail> invalid(IllegalArgumentException e) {
            return org.springframework.http.ResponseEntity.status(HttpStatus.BAD_REQUEST)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
        }
    }
}
