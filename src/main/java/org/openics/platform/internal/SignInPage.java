package org.openics.platform.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form in the page frame of the rest of the platform (Spring Security handles the POST). */
@Controller
@ConditionalOnWebApplication
class SignInPage {

    @GetMapping("/login")
    String signIn() {
        return "sign-in";
    }
}
