package org.openics.platform.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;

/** The browsable API description in headless Chromium, signed out: it renders the modules' operations under the CSP. */
class ApiDocsBrowserIT extends PlatformIT {

    @Test
    void theApiPageRendersEveryModulesOperationsWithoutPolicyViolationsOrOutsideRequests() {
        Page page = Browser.newPage();
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
                violations.add(m.text());
            }
        });
        List<String> outside = new ArrayList<>();
        page.onRequest(r -> {
            if (!r.url().startsWith(url("/")) && !r.url().startsWith("data:")) {
                outside.add(r.url());
            }
        });
        page.navigate(url("/swagger-ui.html"));
        // the description is generated on its first request: allow for a slow machine
        assertThat(page.locator(".swagger-ui .info .title"))
                .containsText("OpenICS REST API", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        for (String module : List.of("registry", "governance", "analytics", "record", "workforce", "finance")) {
            assertThat(page.locator("#operations-tag-" + module)).isVisible();
        }
        // the tags open as lists: each operation shows with its method and path
        assertThat(page.locator("[id^='operations-workforce-staffing'] .opblock-summary-path")
                        .first())
                .hasText("/api/workforce/staffing");
        Browser.screenshot(page, "api-docs");
        assertThat(violations).isEmpty();
        assertThat(outside).isEmpty();
        page.context().close();
    }
}
