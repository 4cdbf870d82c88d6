package org.openics.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openics.governance.Governance;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The platform's web defences over real HTTP: sign-in from a cold start, cookies, CSRF, CSP, throttling, body limits. */
class SecurityIT extends PlatformIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    SignInThrottle throttle;

    @Autowired
    Governance governance;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    org.openics.registry.Registry registry;

    /** The scheme written back by the CSRF test needs the demo's bodies, whichever tests ran before (loading is idempotent). */
    @org.junit.jupiter.api.BeforeEach
    void demoGovernanceLoaded() {
        registry.loadDemoIcs();
        governance.loadDemo();
    }

    @AfterEach
    void forgetFailures() {
        throttle.clear();
    }

    @Test
    void aFirstTimeVisitorGetsTheWholeSignInFormAndAnHttpOnlySameSiteSessionCookie() throws Exception {
        HttpResponse<String> page = get("/login", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<form")
                .contains("name=\"_csrf\"")
                .contains("id=\"password\"")
                .contains("</html>");
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie)
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .doesNotContain("Secure"); // plain HTTP here: not Secure
    }

    @Test
    void signedInPagesUnderBasicAuthAreSentWhole() throws Exception {
        for (String path : List.of("/record", "/governance", "/development")) {
            HttpResponse<String> page = get(path, "Basic " + basic("clinician"), null);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("Sign out").endsWith("</html>\n");
        }
    }

    @Test
    void everyResponseCarriesAContentSecurityPolicyWithoutUnsafeInlineAndNoPoweredBy() throws Exception {
        for (String path : List.of("/", "/login", "/governance", "/api/governance/map")) {
            HttpResponse<String> response = get(path, null, null);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .contains(SecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .doesNotContain("unsafe-inline");
        }
        HttpResponse<String> fhir = get("/fhir/metadata", "Basic " + basic("clinician"), null);
        assertThat(fhir.statusCode()).isEqualTo(200);
        assertThat(fhir.headers().firstValue("X-Powered-By")).isEmpty();
        assertThat(fhir.headers().map().toString()).doesNotContain("HAPI");
    }

    @Test
    void aCrossSiteTextPlainPostWithOnlyASessionCookieChangesNothing() throws Exception {
        String session = signIn("secretary");
        int version = schemeVersion();
        HttpResponse<String> scheme = http.send(
                HttpRequest.newBuilder(URI.create(url("/api/governance/edit/scheme")))
                        .header("Cookie", session)
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(governance.exportScheme(null)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(scheme.statusCode()).isEqualTo(403);
        assertThat(schemeVersion()).isEqualTo(version);

        String clinician = signIn("clinician");
        HttpResponse<String> fhir = http.send(
                HttpRequest.newBuilder(URI.create(url("/fhir")))
                        .header("Cookie", clinician)
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fhir.statusCode()).isEqualTo(403);
    }

    @Test
    void theSameSessionWriteWithItsCsrfTokenGoesThrough() throws Exception {
        HttpResponse<String> form = get("/login", null, null);
        String cookie = sessionCookie(form);
        String signedIn = sessionCookie(http.send(
                HttpRequest.newBuilder(URI.create(url("/login")))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=secretary&password=demo-secretary&_csrf=" + enc(csrf(form.body()))))
                        .build(),
                HttpResponse.BodyHandlers.ofString()));
        String token = csrf(get("/governance", null, signedIn).body());
        int version = schemeVersion();
        HttpResponse<String> scheme = http.send(
                HttpRequest.newBuilder(URI.create(url("/api/governance/edit/scheme")))
                        .header("Cookie", signedIn)
                        .header("X-CSRF-TOKEN", token)
                        .header("Content-Type", "application/yaml")
                        .POST(HttpRequest.BodyPublishers.ofString(governance.exportScheme(null)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(scheme.statusCode()).as(scheme.body()).isEqualTo(200);
        assertThat(schemeVersion()).isEqualTo(version + 1);
    }

    @Test
    void aWriteTheBrowserMarksCrossSiteIsRefusedEvenWithCredentials() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url("/api/governance/edit/scheme")))
                        .header("Authorization", "Basic " + basic("secretary"))
                        .header("Sec-Fetch-Site", "cross-site")
                        .header("Content-Type", "application/yaml")
                        .POST(HttpRequest.BodyPublishers.ofString("functions: []"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("A request from another site may not change anything here.");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(get(
                                    "/api/governance/edit/scheme",
                                    "Basic " + Base64.getEncoder().encodeToString(("estates:wrong-" + i).getBytes()),
                                    null)
                            .statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> right = get("/record", "Basic " + basic("estates"), null);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.body())
                .contains("Sign-in refused: too many failed sign-ins for this account; try again in 15 minutes.");
        assertThat(right.headers().firstValue("Retry-After")).contains("900");

        HttpResponse<String> form = get("/login", null, null);
        HttpResponse<String> posted = http.send(
                HttpRequest.newBuilder(URI.create(url("/login")))
                        .header("Cookie", sessionCookie(form))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=estates&password=demo-estates&_csrf=" + enc(csrf(form.body()))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked=15");
        assertThat(get("/login?locked=15", null, null).body())
                .contains("Too many failed sign-ins for this account or from this address. Try again in 15 minute(s).");

        assertThat(get("/record", "Basic " + basic("engagement"), null).statusCode())
                .as("another account from the same address")
                .isEqualTo(200);
    }

    @Test
    void aBodyOverItsLimitIsRefusedWith413BeforeItIsRead() throws Exception {
        long start = System.nanoTime();
        String answer = raw(
                "POST /api/governance/edit/scheme HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                        + basic("secretary") + "\r\nContent-Type: application/yaml\r\nContent-Length: "
                        + (50L * 1024 * 1024) + "\r\n\r\nfunctions:\n",
                null);
        assertThat(answer)
                .startsWith("HTTP/1.1 413")
                .contains("larger than the 1 MiB that /api/governance/edit/scheme accepts; nothing of it was kept");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);

        byte[] chunk = ("# " + "x".repeat(64 * 1024 - 3) + "\n").getBytes(StandardCharsets.US_ASCII);
        String chunked = raw(
                "POST /api/governance/edit/scheme HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                        + basic("secretary")
                        + "\r\nContent-Type: application/yaml\r\nTransfer-Encoding: chunked\r\n\r\n",
                out -> {
                    for (int i = 0; i < 24; i++) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                });
        assertThat(chunked).startsWith("HTTP/1.1 413").contains("nothing of it was kept");
        assertThat(get("/actuator/health", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void theRecordsLimitsFitTheBundlesRealSystemsSendAndStillRefuseMore() throws Exception {
        String fhir = raw(
                "POST /fhir HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + basic("clinician")
                        + "\r\nContent-Type: application/fhir+json\r\nContent-Length: " + (65L * 1024 * 1024)
                        + "\r\n\r\n{",
                null);
        assertThat(fhir).startsWith("HTTP/1.1 413").contains("larger than the 64 MiB that /fhir accepts");
        String feed = raw(
                "POST /api/record/ingest?file=a.ndjson HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                        + basic("clinician") + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: "
                        + (1025L * 1024 * 1024) + "\r\n\r\n{",
                null);
        assertThat(feed).startsWith("HTTP/1.1 413").contains("1024 MiB");
    }

    interface Body {
        void write(OutputStream out) throws Exception;
    }

    private String raw(String head, Body body) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            try {
                if (body != null) {
                    body.write(out);
                }
                out.flush();
            } catch (java.io.IOException e) {
                // the server may close the connection once it has refused: read what it said
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = in.read(buffer)) > 0 && read.size() < 100_000) {
                    read.write(buffer, 0, n);
                    if (read.toString(StandardCharsets.UTF_8).contains("nothing of it was kept")) {
                        break;
                    }
                }
            } catch (java.io.IOException e) {
                // connection reset after the answer
            }
            return read.toString(StandardCharsets.UTF_8);
        }
    }

    private int schemeVersion() {
        return jdbc.queryForObject("select coalesce(max(version), 0) from governance.scheme_version", Integer.class);
    }

    private String signIn(String user) throws Exception {
        HttpResponse<String> form = get("/login", null, null);
        HttpResponse<String> posted = http.send(
                HttpRequest.newBuilder(URI.create(url("/login")))
                        .header("Cookie", sessionCookie(form))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + user + "&password=demo-" + user + "&_csrf=" + enc(csrf(form.body()))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return sessionCookie(posted);
    }

    private HttpResponse<String> get(String path, String authorization, String cookie) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html,application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .map(c -> c.substring(0, c.indexOf(';')))
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String basic(String user) {
        return Base64.getEncoder().encodeToString((user + ":demo-" + user).getBytes(StandardCharsets.UTF_8));
    }
}
