package org.openics.platform.internal;

import org.openics.platform.StartupStatus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page says what the platform is still loading, while it loads (templates/fragments/layout.html). */
@ControllerAdvice
@ConditionalOnWebApplication
class StartupNotice {

    private final StartupStatus status;

    StartupNotice(StartupStatus status) {
        this.status = status;
    }

    @ModelAttribute("startupNotice")
    String startupNotice() {
        return status.notice().orElse(null);
    }
}
