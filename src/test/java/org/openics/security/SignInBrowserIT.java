package org.openics.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;

/** A first-time visitor in a fresh headless Chromium: the sign-in page works, and the pages run under the CSP. */
class SignInBrowserIT extends PlatformIT {

    @Test
    void aFirstTimeVisitorSignsInThroughTheSignInPage() {
        Page page = Browser.newPage(); // a fresh browser context: no cookies, no session
        page.navigate(url("/login"));
        assertThat(page.locator("h1")).hasText("Sign in");
        page.fill("#username", "secretary");
        page.fill("#password", "demo-secretary");
        page.click("button[type=submit]");
        page.waitForLoadState();
        assertThat(page.getByTestId("signed-in-as")).hasText("secretary");
        page.context().close();
    }

    @Test
    void aWrongPasswordSaysSoOnTheSignInPage() {
        Page page = Browser.newPage();
        page.navigate(url("/login"));
        page.fill("#username", "analyst");
        page.fill("#password", "not-the-password");
        page.click("button[type=submit]");
        assertThat(page.getByTestId("sign-in-error")).containsText("The user name or password is not right.");
        page.context().close();
    }

    @Test
    void thePagesRunUnderTheContentSecurityPolicyWithoutViolations() {
        Page page = Browser.newPage();
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
                violations.add(m.text());
            }
        });
        for (String path :
                List.of("/", "/login", "/governance", "/governance/check", "/registry", "/development/plan")) {
            page.navigate(url(path));
            page.waitForLoadState();
            assertThat(page.locator("body.js-enabled")).hasCount(1); // the frame's script (a file now) ran
        }
        assertThat(violations).isEmpty();
        page.context().close();
    }
}
