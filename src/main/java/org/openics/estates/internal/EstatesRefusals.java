package org.openics.estates.internal;

import org.openics.kernel.NotAuthorised;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.util.HtmlUtils;

/** A refusal at the estates entry point answers 403 with its message (which names the role, the action and who may). */
@ControllerAdvice(assignableTypes = {EstatesPages.class, EstatesApi.class})
class EstatesRefusals {

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
