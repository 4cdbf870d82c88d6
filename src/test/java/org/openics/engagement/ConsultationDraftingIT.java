package org.openics.engagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.engagement.demo.DemoConsultations;
import org.openics.governance.Governance;
import org.openics.kernel.Actor;
import org.openics.kernel.NotAuthorised;
import org.openics.kernel.UserRole;
import org.openics.registry.Registry;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;
import org.openics.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff draft and edit a consultation on a page and over REST: owner body, audience places, dates with the internal
 * deadline before closing, documents and questions; errors named per field; after the internal deadline documents and
 * questions are fixed; an answered question is not removed; only the engagement lead may.
 */
class ConsultationDraftingIT extends PlatformIT {

    static final Actor LEAD = TestActors.of(UserRole.ENGAGEMENT_LEAD);

    @Autowired
    Engagement engagement;

    @Autowired
    Governance governance;

    @Autowired
    Registry registry;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void demo() {
        registry.loadDemoIcs();
        governance.loadDemo();
        engagement.loadDemo();
    }

    @Test
    void theLeadDraftsAConsultationOnThePageWithErrorsNamedPerFieldThenEditsIt() {
        LocalDate today = LocalDate.now();
        Page page = Browser.signedIn(url("/engagement"), "engagement");
        page.getByTestId("new-consultation").click();
        page.fill("#code", "page-drafted");
        page.fill("#title", "Community pharmacy late opening");
        page.fill("#summary", "Should pharmacies open later on weekdays?");
        page.selectOption("#ownerBody", "QZZ-ICP");
        page.fill("#audience", "Everyone in south east London");
        page.fill("#opens", today.toString());
        page.fill("#closes", today.plusDays(20).toString());
        page.fill("#internalDeadline", today.plusDays(25).toString()); // after closing: refused
        page.fill("#doc-title-0", "The options");
        page.fill("#doc-address-0", "ftp://example.org/options.pdf"); // not https or a path: refused
        page.fill("#q-key-0", "when");
        page.selectOption("#q-kind-0", "CHOICE");
        page.fill("#q-text-0", "When do you need a pharmacy?");
        page.fill("#q-options-0", "Mornings\nEvenings");
        page.check("#q-required-0");
        page.fill("#q-key-1", "ease");
        page.selectOption("#q-kind-1", "SCALE");
        page.fill("#q-text-1", "How easy is it now?");
        page.fill("#q-min-1", "one"); // not a number: refused, naming the question
        page.fill("#q-max-1", "5");
        page.click("button:has-text('Create the consultation')");
        assertThat(page.getByTestId("problems"))
                .containsText("internalDeadline: the internal deadline " + today.plusDays(25)
                        + " must be before the public closing date");
        assertThat(page.getByTestId("problems"))
                .containsText("documents: each document needs a title and an https:// address or a path");
        assertThat(page.getByTestId("problems"))
                .containsText("ease: the lowest point of a scale is a whole number (got 'one')");
        assertThat(page.locator("#title")).hasValue("Community pharmacy late opening"); // what was typed is kept
        assertThat(engagement.consultation("page-drafted")).isEmpty();

        page.fill("#internalDeadline", today.plusDays(10).toString());
        page.fill("#doc-address-0", "https://example.org/options.pdf");
        page.fill("#q-min-1", "1");
        page.click("button:has-text('Create the consultation')");
        assertThat(page.getByTestId("saved")).containsText("Consultation created");
        Consultation stored = engagement.consultation("page-drafted").orElseThrow();
        assertThat(stored.ownerBody()).isEqualTo("QZZ-ICP");
        assertThat(stored.internalDeadline()).isEqualTo(today.plusDays(10));
        assertThat(stored.documents()).containsExactly(new Document("The options", "https://example.org/options.pdf"));
        assertThat(stored.questions())
                .containsExactly(
                        Question.choice("when", "When do you need a pharmacy?", true, "Mornings", "Evenings"),
                        Question.scale("ease", "How easy is it now?", false, 1, 5));
        Browser.screenshot(page, "engagement-consultation-form");

        // a resident answers the first question; it then cannot be removed
        assertThat(engagement
                        .respond("page-drafted", Map.of("when", "Evenings"))
                        .accepted())
                .isTrue();
        page.fill("#title", "Community pharmacy opening hours");
        page.fill("#q-key-0", "");
        page.fill("#q-text-0", "");
        page.click("button:has-text('Save the consultation')");
        assertThat(page.getByTestId("problems"))
                .containsText("when: the question 'when' has answers and cannot be removed");
        assertThat(engagement.consultation("page-drafted").orElseThrow().title())
                .isEqualTo("Community pharmacy late opening");

        page.navigate(url("/engagement/consultations/page-drafted/edit"));
        page.fill("#title", "Community pharmacy opening hours");
        page.fill("#doc-title-1", "What happens now");
        page.fill("#doc-address-1", "/registry");
        page.click("button:has-text('Save the consultation')");
        assertThat(page.getByTestId("saved")).containsText("Consultation saved");
        Consultation edited = engagement.consultation("page-drafted").orElseThrow();
        assertThat(edited.title()).isEqualTo("Community pharmacy opening hours");
        assertThat(edited.documents()).hasSize(2);
        assertThat(edited.questions()).isEqualTo(stored.questions());
        assertThat(engagement.log(LEAD))
                .extracting(LogEntry::action, LogEntry::subject)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("consultation created", "page-drafted"),
                        org.assertj.core.groups.Tuple.tuple("consultation edited", "page-drafted"));
    }

    @Test
    void afterTheInternalDeadlineDocumentsAndQuestionsAreFixedButTheSummaryMayChange() {
        Consultation open = engagement.consultation(DemoConsultations.OPEN).orElseThrow();
        LocalDate today = LocalDate.now();
        // open now, its internal deadline yesterday
        Consultation late = new Consultation(
                "late-deadline",
                "Late",
                "Summary",
                open.ownerBody(),
                "Everyone",
                today.minusDays(10),
                today.plusDays(10),
                today.minusDays(1),
                List.of(new Document("Paper", "/registry")),
                List.of(Question.freeText("say", "Say", false)));
        assertThat(engagement.create(LEAD, late).stored()).isTrue();
        Consultation moreQuestions = new Consultation(
                late.code(),
                late.title(),
                "A new summary",
                late.ownerBody(),
                late.audience(),
                late.opens(),
                late.closes(),
                late.internalDeadline(),
                late.documents(),
                List.of(Question.freeText("say", "Say", false), Question.freeText("more", "More", false)));
        assertThat(engagement.update(LEAD, moreQuestions).problems())
                .extracting(Problem::field)
                .containsExactly("questions");
        Consultation summaryOnly = new Consultation(
                late.code(),
                late.title(),
                "A new summary",
                late.ownerBody(),
                late.audience(),
                late.opens(),
                late.closes(),
                late.internalDeadline(),
                late.documents(),
                late.questions());
        assertThat(engagement.update(LEAD, summaryOnly).stored()).isTrue();
        assertThat(engagement.consultation(late.code()).orElseThrow().summary()).isEqualTo("A new summary");

        Page page = Browser.signedIn(url("/engagement/consultations/late-deadline/edit"), "engagement");
        assertThat(page.getByTestId("past-deadline")).containsText("documents and questions are fixed");
        // a closed consultation is not edited at all
        Consultation closed = engagement.consultation(DemoConsultations.CLOSED).orElseThrow();
        assertThat(engagement.update(LEAD, closed).problems())
                .extracting(Problem::field)
                .containsExactly("closes");
    }

    @Test
    void overRestTheLeadCreatesAndEditsAndProblemsNameTheFieldOthersGet403() throws Exception {
        LocalDate today = LocalDate.now();
        String body = """
                {"code": "rest-drafted", "title": "Dental access", "summary": "Finding an NHS dentist", "ownerBody": "QZZ-ICP",
                 "audience": "Everyone", "opens": "%s", "closes": "%s", "internalDeadline": "%s",
                 "documents": [{"title": "Background", "address": "https://example.org/dental"}],
                 "questions": [{"key": "found", "kind": "CHOICE", "text": "Did you find a dentist?", "options": ["Yes", "No"],
                                "scaleMin": 0, "scaleMax": 0, "required": true}],
                 "onePerPerson": false, "audiencePlaces": []}""";
        HttpResponse<String> bad = send(
                "POST",
                "/api/engagement/consultations",
                "engagement",
                body.formatted(today, today.plusDays(30), today.plusDays(30)));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .contains("\"field\":\"internalDeadline\"")
                .contains("must be before the public closing date");
        assertThat(engagement.consultation("rest-drafted")).isEmpty();

        HttpResponse<String> analyst = send(
                "POST",
                "/api/engagement/consultations",
                "analyst",
                body.formatted(today, today.plusDays(30), today.plusDays(20)));
        assertThat(analyst.statusCode()).isEqualTo(403);
        assertThat(analyst.body()).contains("may not");
        assertThat(engagement.consultation("rest-drafted")).isEmpty();

        HttpResponse<String> created = send(
                "POST",
                "/api/engagement/consultations",
                "engagement",
                body.formatted(today, today.plusDays(30), today.plusDays(20)));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"code\":\"rest-drafted\"");

        String edit = body.formatted(today, today.plusDays(40), today.plusDays(20))
                .replace("Dental access", "Dental access in the ICS");
        HttpResponse<String> put = send("PUT", "/api/engagement/consultations/rest-drafted", "engagement", edit);
        assertThat(put.statusCode()).isEqualTo(200);
        Consultation stored = engagement.consultation("rest-drafted").orElseThrow();
        assertThat(stored.title()).isEqualTo("Dental access in the ICS");
        assertThat(stored.closes()).isEqualTo(today.plusDays(40));
        assertThat(send("PUT", "/api/engagement/consultations/other-code", "engagement", edit)
                        .statusCode())
                .isEqualTo(400);
        assertThat(send("PUT", "/api/engagement/consultations/rest-drafted", "clinician", edit)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void onlyTheEngagementLeadMayEditAtTheEntryPoint() {
        Consultation open = engagement.consultation(DemoConsultations.OPEN).orElseThrow();
        for (UserRole role : UserRole.values()) {
            if (role == UserRole.ENGAGEMENT_LEAD) {
                continue;
            }
            assertThatThrownBy(() -> engagement.update(TestActors.of(role), open))
                    .as(role.name())
                    .isInstanceOf(NotAuthorised.class);
        }
        assertThatThrownBy(() -> engagement.update(null, open)).isInstanceOf(NotAuthorised.class);
        assertThat(engagement.consultation(DemoConsultations.OPEN).orElseThrow())
                .isEqualTo(open);
    }

    private HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":demo-" + user).getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Authorization", "Basic " + auth)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
