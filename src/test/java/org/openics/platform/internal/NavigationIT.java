package org.openics.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;

/** The main navigation marks the section a page belongs to, and no section on pages outside it. */
class NavigationIT extends PlatformIT {

    private static String current(Page page) {
        return page.locator(".nhsuk-header__navigation-link[aria-current=page]")
                .allTextContents()
                .toString();
    }

    @Test
    void theSignInPageMarksNoSection() {
        Page page = Browser.newPage();
        page.navigate(url("/login"));
        assertThat(page.locator("#username").count()).isOne();
        assertThat(current(page)).isEqualTo("[]");
    }

    @Test
    void theCohortBuilderMarksCohortsAndTheIndicatorsPageIndicators() {
        Page page = Browser.signedIn(url("/cohorts"), "analyst");
        assertThat(page.url()).contains("/cohorts");
        assertThat(current(page)).isEqualTo("[Cohorts]");
        page.navigate(url("/indicators"));
        assertThat(current(page)).isEqualTo("[Indicators]");
        page.navigate(url("/registry"));
        assertThat(current(page)).isEqualTo("[System of systems]");
    }
}
