package org.openics.engagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.engagement.demo.DemoConsultations;
import org.openics.governance.Governance;
import org.openics.kernel.Actor;
import org.openics.kernel.UserRole;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;

/** The public consultation pages in a real headless Chromium, without signing in. */
class ConsultationPagesIT extends PlatformIT {

    static final Actor LEAD = new Actor("engagement", UserRole.ENGAGEMENT_LEAD, Optional.of("QZZ"), Optional.empty());

    @Autowired
    Engagement engagement;

    @Autowired
    Governance governance;

    @BeforeEach
    void demo() {
        governance.loadDemo();
        engagement.loadDemo();
    }

    @Test
    void aResidentFindsTheOpenConsultationFromTheHeaderRespondsAndGetsAReference() {
        long before = engagement.responseCount(LEAD, DemoConsultations.OPEN);
        Page page = Browser.newPage();
        page.navigate(url("/"));
        // the header holds the link on every page (at this width it may sit in the design system's "More" menu)
        String link = page.locator("a.nhsuk-header__navigation-link:text-is('Have your say')")
                .first()
                .getAttribute("href");
        assertThat(link).isEqualTo("/consultations");
        page.navigate(url(link));
        assertThat(page.locator("h1")).hasText("Have your say");
        assertThat(page.locator(".nhsuk-header__navigation-item--current")).hasText("Have your say");
        // other tests in the shared store open consultations of their own: the demo's is listed once among them
        assertThat(page.getByTestId("open")
                        .locator(
                                "li",
                                new com.microsoft.playwright.Locator.LocatorOptions()
                                        .setHasText("Same-day urgent care in south east London")))
                .hasCount(1);
        assertThat(page.getByTestId("privacy")).containsText("do not ask for your name");
        page.getByText("Same-day urgent care in south east London").click();

        assertThat(page.locator("h1")).hasText("Same-day urgent care in south east London");
        page.getByLabel("A pharmacy").check();
        page.locator("label[for=q-ease-1]").click();
        page.fill("#q-better", "<script>document.title='pwned'</script> Evening appointments");
        Browser.screenshot(page, "engagement-consultation");
        page.click("button:has-text('Send my response')");

        assertThat(page.getByTestId("confirmation")).containsText("Response sent");
        assertThat(page.getByTestId("reference")).hasText(java.util.regex.Pattern.compile("R-[A-Z2-9]{8}"));
        Browser.screenshot(page, "engagement-confirmation");
        assertThat(engagement.responseCount(LEAD, DemoConsultations.OPEN)).isEqualTo(before + 1);
    }

    @Test
    void badAnswersAreShownWithTheirReasonsAndWhatWasTypedIsKeptAsText() {
        long before = engagement.responseCount(LEAD, DemoConsultations.OPEN);
        Page page = Browser.newPage();
        page.navigate(url("/consultations/" + DemoConsultations.OPEN));
        String script = "<script>document.title='pwned'</script>";
        page.fill("#q-better", script);
        page.click("button:has-text('Send my response')");

        assertThat(page.getByTestId("problems")).containsText("Answer “Where did you last go for same-day care?”");
        assertThat(page.getByTestId("problems")).containsText("Answer “How easy was it to get care that day?");
        assertThat(page.locator("#q-better")).hasValue(script);
        assertThat(page).not().hasTitle("pwned");
        Browser.screenshot(page, "engagement-problems");
        assertThat(engagement.responseCount(LEAD, DemoConsultations.OPEN)).isEqualTo(before);
    }

    @Test
    void aClosedConsultationSaysPlainlyThatItHasClosedAndRefusesAPost() {
        Page page = Browser.newPage();
        page.navigate(url("/consultations/" + DemoConsultations.CLOSED));
        assertThat(page.getByTestId("not-open")).containsText("This consultation has closed");
        assertThat(page.getByTestId("not-open")).containsText("We can no longer accept responses");
        assertThat(page.getByTestId("response-form")).hasCount(0);
        Browser.screenshot(page, "engagement-closed");

        // a post to the closed consultation (with a valid CSRF token taken from the open one's form) is refused
        page.navigate(url("/consultations/" + DemoConsultations.OPEN));
        String token = page.locator("input[name=_csrf]").getAttribute("value");
        APIResponse refused = page.request()
                .post(
                        url("/consultations/" + DemoConsultations.CLOSED),
                        RequestOptions.create()
                                .setForm(FormData.create().set("_csrf", token).set("q-preferred-time", "Weekend")));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("This consultation has closed");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndAnUnknownConsultationIsNotFound() {
        long before = engagement.responseCount(LEAD, DemoConsultations.OPEN);
        Page page = Browser.newPage();
        APIResponse noToken = page.request()
                .post(
                        url("/consultations/" + DemoConsultations.OPEN),
                        RequestOptions.create()
                                .setForm(FormData.create()
                                        .set("q-last-used", "A pharmacy")
                                        .set("q-ease", "3")));
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(engagement.responseCount(LEAD, DemoConsultations.OPEN)).isEqualTo(before);
        assertThat(page.navigate(url("/consultations/no-such-consultation")).status())
                .isEqualTo(404);
    }
}
