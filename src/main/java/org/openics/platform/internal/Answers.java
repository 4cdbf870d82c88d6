package org.openics.platform.internal;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The last word on an exception no module handled: an invalid argument is the request's fault (400, with the
 * argument's own message, which in OpenICS is written for people); anything else is 500 with a reference to the log and
 * nothing of the exception (no class names, SQL, parser internals or versions). Checked after every other handler.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnWebApplication
class Answers {

    private static final Logger LOG = LoggerFactory.getLogger(Answers.class);

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalid(IllegalArgumentException e) {
        return Refusals.problem(HttpStatus.BAD_REQUEST, "The request is not valid: " + printable(e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse
                || e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e; // Spring's own answers (4xx with plain reasons) and Spring Security's handling stand
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error, reference {}", reference, e);
        return Refusals.problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on the server; it has been logged with reference " + reference + ".");
    }

    /** A message as a client may see it: control characters shown as '?', at most a few hundred characters. */
    static String printable(String message) {
        if (message == null) {
            return "(no detail)";
        }
        String clean = message.replaceAll("\\p{Cntrl}", "?");
        int max = 300;
        return clean.length() > max ? clean.substring(0, max) + "…" : clean;
    }
}
