package org.openics.engagement.internal;

import java.util.NoSuchElementException;
import org.openics.kernel.NotAuthorised;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.util.HtmlUtils;

/** A refusal at the engagement entry point answers 403 with its reason (the role, the action, who may); unknown things 404. */
@ControllerAdvice(assignableTypes = {EngagementPages.class, EngagementApi.class, ConsultationEditPages.class})
class EngagementRefusals {

    @ExceptionHandler(NotAuthorised.class)
    ResponseEntity<String> refused(NotAuthorised e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.TEXT_PLAIN)
                .body("Not authorised: " + e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<String> unknown(NoSuchElementException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_PLAIN)
                .body(HtmlUtils.htmlEscape(e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> invalid(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.TEXT_PLAIN)
                .body(HtmlUtils.htmlEscape(e.getMessage()));
    }
}
