package org.openics.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openics.support.PlatformIT;

/**
 * Errors for people and for programs: a browser asking for something that is not there gets the NHS design system's
 * "page not found" page in the frame (with the module's reason), an API client keeps problem+json; an address with a
 * trailing slash redirects to the address without it.
 */
class ErrorPagesIT extends PlatformIT {

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("analyst:demo-analyst".getBytes(StandardCharsets.UTF_8)));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void aMissingPageIsAPageForABrowserWithTheReason() throws Exception {
        HttpResponse<String> page = get("/indicators/no-such-indicator", BROWSER);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body())
                .contains("data-testid=\"not-found\"")
                .contains("Page not found")
                .contains("No indicator no-such-indicator")
                .contains("nhsuk-header");
    }

    @Test
    void anAddressNothingAnswersIsThePageNotFoundPage() throws Exception {
        HttpResponse<String> page = get("/no/such/address", BROWSER);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("data-testid=\"not-found\"").doesNotContain("\"status\":404");
    }

    @Test
    void anApiClientKeepsProblemJson() throws Exception {
        for (String accept : new String[] {"application/json", "application/problem+json", "*/*", null}) {
            HttpResponse<String> problem = get("/indicators/no-such-indicator", accept);
            assertThat(problem.statusCode()).as(String.valueOf(accept)).isEqualTo(404);
            assertThat(problem.headers().firstValue("Content-Type").orElse(""))
                    .as(String.valueOf(accept))
                    .startsWith("application/problem+json");
            assertThat(problem.body()).as(String.valueOf(accept)).contains("No indicator no-such-indicator");
        }
    }

    @Test
    void aBadParameterIsAStyledPageForABrowser() throws Exception {
        HttpResponse<String> page = get("/registry?asAt=not-a-date", BROWSER);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("nhsuk-header").contains("not-a-date");
    }

    @Test
    void aTrailingSlashRedirectsToTheAddressWithoutIt() throws Exception {
        HttpResponse<String> redirect = get("/login/?continue", BROWSER);
        assertThat(redirect.statusCode()).isEqualTo(308);
        assertThat(redirect.headers().firstValue("Location")).contains("/login?continue");
        assertThat(get("/login", BROWSER).statusCode()).isEqualTo(200);
        assertThat(TrailingSlash.withoutTrailingSlash("/")).isNull();
        assertThat(TrailingSlash.withoutTrailingSlash("/fhir/")).isNull();
        assertThat(TrailingSlash.withoutTrailingSlash("/registry//")).isEqualTo("/registry");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.openics.platform.StartupStatus startup;

    @Test
    void whileTheDemoLoadsEveryPageSaysSoAndStopsSayingItWhenReady() throws Exception {
        try {
            startup.begin("The demo population is being loaded");
            startup.listener(org.openics.platform.ProgressListener.NONE).start("Ingesting 7 file(s)", 10);
            assertThat(get("/login", BROWSER).body())
                    .contains("data-testid=\"startup-notice\"")
                    .contains("The demo population is being loaded — 0% done (ingesting 7 file(s))");
        } finally {
            startup.ready();
        }
        assertThat(get("/login", BROWSER).body()).doesNotContain("startup-notice");
    }
}
