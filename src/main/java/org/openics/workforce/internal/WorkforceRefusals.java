package org.openics.workforce.internal;

import org.openics.kernel.NotAuthorised;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.util.HtmlUtils;

/** A refusal at the workforce entry point answers 403 with its message (which names the role, the action and who may). */
@ControllerAdvice(assignableTypes = {WorkforcePages.class, WorkforcePlanPages.class, WorkforceApi.class})
class WorkforceRefusals {

    @ExceptionHandler(NotAuthorised.class)
    ResponseEntity<String> refused(NotAuthorised e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.TEXT_PLAIN)
                .body("Not authorised: " + e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> invalid(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.TEXT_PLAIN)
                .body(HtmlUtils.htmlEscape(e.getMessage()));
    }
}
