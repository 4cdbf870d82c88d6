package org.openics.platform.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.InvalidPathException;
import org.openics.kernel.NotAuthorised;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The platform-wide answers to refusals every module raises: {@link NotAuthorised} from an entry point is 403 with its
 * message (what the role may not do and who may), a body over its limit is 413, an invalid path is 400. Browsers get a
 * page in the frame, every other client a problem+json body. Checked before the modules' own handlers.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnWebApplication
class Refusals {

    @ExceptionHandler(value = NotAuthorised.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView notAuthorisedPage(NotAuthorised e, HttpServletResponse response) {
        return page(HttpStatus.FORBIDDEN, "You may not do this", e.getMessage(), response);
    }

    @ExceptionHandler(NotAuthorised.class)
    ResponseEntity<ProblemDetail> notAuthorised(NotAuthorised e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(value = BodyLimitFilter.TooLarge.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView tooLargePage(BodyLimitFilter.TooLarge e, HttpServletResponse response) {
        return page(HttpStatus.PAYLOAD_TOO_LARGE, "What you sent is too large", e.getMessage(), response);
    }

    @ExceptionHandler(BodyLimitFilter.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(BodyLimitFilter.TooLarge e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
    }

    /**
     * A page a person asked for that is not there, or a request it could not take (a module's
     * {@code ResponseStatusException}, an address nothing answers): a page in the frame for a browser, in the NHS design
     * system's "page not found" pattern for 404; API clients keep problem+json (the handler below).
     */
    @ExceptionHandler(
            value = {
                org.springframework.web.ErrorResponseException.class,
                org.springframework.web.servlet.resource.NoResourceFoundException.class,
                org.springframework.web.servlet.NoHandlerFoundException.class,
                org.springframework.web.HttpRequestMethodNotSupportedException.class,
                org.springframework.web.bind.MissingServletRequestParameterException.class,
                org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class
            },
            produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView statusPage(Exception e, HttpServletResponse response) {
        HttpStatus status = statusOf(e);
        if (status == HttpStatus.NOT_FOUND) {
            ModelAndView page = new ModelAndView("error/404");
            page.setStatus(status);
            page.addObject("message", detailOf(e));
            return page;
        }
        String title = status.is4xxClientError() ? "There is a problem with the request" : "Something went wrong";
        return page(status, title, detailOf(e), response);
    }

    @ExceptionHandler(
            value = {
                org.springframework.web.ErrorResponseException.class,
                org.springframework.web.servlet.resource.NoResourceFoundException.class,
                org.springframework.web.servlet.NoHandlerFoundException.class,
                org.springframework.web.HttpRequestMethodNotSupportedException.class,
                org.springframework.web.bind.MissingServletRequestParameterException.class,
                org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class
            })
    ResponseEntity<ProblemDetail> statusProblem(Exception e) {
        return problem(statusOf(e), detailOf(e));
    }

    static HttpStatus statusOf(Exception e) {
        if (e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (e instanceof org.springframework.web.ErrorResponse answer) {
            HttpStatus status = HttpStatus.resolve(answer.getStatusCode().value());
            return status == null ? HttpStatus.BAD_REQUEST : status;
        }
        return HttpStatus.BAD_REQUEST;
    }

    /** What the person is told: the module's own reason where it gave one (written for people), else the status's. */
    static String detailOf(Exception e) {
        if (e instanceof org.springframework.web.server.ResponseStatusException status && status.getReason() != null) {
            return Answers.printable(status.getReason());
        }
        if (e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException mismatch) {
            return "'" + Answers.printable(String.valueOf(mismatch.getValue())) + "' is not a valid "
                    + mismatch.getName();
        }
        if (e instanceof org.springframework.web.bind.MissingServletRequestParameterException missing) {
            return "The request needs the parameter '" + missing.getParameterName() + "'";
        }
        if (e instanceof org.springframework.web.HttpRequestMethodNotSupportedException method) {
            return "This address does not take " + method.getMethod() + " requests";
        }
        HttpStatus status = statusOf(e);
        return status == HttpStatus.NOT_FOUND ? "There is nothing at this address." : status.getReasonPhrase();
    }

    @ExceptionHandler(InvalidPathException.class)
    ResponseEntity<ProblemDetail> invalidPath(InvalidPathException e) {
        return problem(
                HttpStatus.BAD_REQUEST, "'" + Answers.printable(e.getInput()) + "' is not a valid file or path name");
    }

    static ModelAndView page(HttpStatus status, String title, String message, HttpServletResponse response) {
        ModelAndView page = new ModelAndView("platform/refused");
        page.setStatus(status);
        page.addObject("title", title);
        page.addObject("message", message);
        page.addObject("status", status.value());
        return page;
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, message));
    }
}
