package org.openics.security;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The generic attack suite: malformed, oversized and deeply nested JSON, XML with external entities, path traversal in
 * every file or path parameter, SQL-looking search values. Each must get a clear 4xx (or, for a search, an ordinary
 * answer) that names no internals, and the server must go on serving.
 */
class AttackSuiteIT extends PlatformIT {

    /** A Java exception's class name, a stack frame, a parser's or database's own words: internals a client must not see. */
    private static final Pattern INTERNALS =
            Pattern.compile("(\\b[a-z]+\\.[a-z]+\\.[\\w.]*(Exception|Error)\\b|\\bat org\\.|com\\.fasterxml"
                    + "|PSQLException|org\\.postgresql|\\bat \\[Source|X-Powered-By)");

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void stillServing() throws Exception {
        assertThat(send(get("/actuator/health")).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select to_regclass('governance.scheme_version') is not null", Boolean.class))
                .isTrue();
    }

    @Test
    void malformedJsonIsA400ThatNamesNoParser() throws Exception {
        for (String body : List.of(
                "{\"body\": ",
                "not json at all",
                "{\"body\": \"QZZ-BOARD\", \"meetingDate\": \"2026-13-45\"}",
                "[]",
                "\u0000\u0001")) {
            HttpResponse<String> response =
                    send(post("/api/governance/edit/decisions", "application/json", body, "secretary"));
            assertClear4xx(response, body);
        }
    }

    @Test
    void deeplyNestedJsonIsRefusedQuickly() throws Exception {
        String deep = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
        long start = System.nanoTime();
        assertClear4xx(
                send(post("/api/governance/edit/decisions", "application/json", deep, "secretary")),
                "5,000 levels of JSON");
        String deepArray = "[".repeat(100_000) + "]".repeat(100_000);
        assertClear4xx(
                send(post("/api/governance/edit/decisions", "application/json", deepArray, "secretary")),
                "100,000 levels of JSON");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }

    @Test
    void oversizedJsonIsA413() throws Exception {
        String big = "{\"item\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        HttpResponse<String> response =
                send(post("/api/governance/edit/decisions", "application/json", big, "secretary"));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("nothing of it was kept");
    }

    @Test
    void yamlAliasBombsAndHugeYamlAreRefusedPlainly() throws Exception {
        StringBuilder bomb =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [")
                    .append(("*" + previous + ",").repeat(8))
                    .append('*')
                    .append(previous)
                    .append("]\n");
            previous = c;
        }
        long start = System.nanoTime();
        HttpResponse<String> response =
                send(post("/api/governance/edit/scheme", "application/yaml", bomb.toString(), "secretary"));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("YAML aliases are not accepted");
        String big = "functions:\n"
                + ("  - code: X\n    name: " + "a".repeat(60) + "\n").repeat(12_000); // 0.9 MB, under the body limit
        HttpResponse<String> huge = send(post("/api/governance/edit/scheme", "application/yaml", big, "secretary"));
        assertThat(huge.statusCode()).isEqualTo(422);
        assertThat(huge.body()).contains("exceeds the limit of 500000 code points");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void xmlWithAnExternalEntityIsNotResolved() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"transaction\"/><entry><resource><Patient><name><family value=\"&xxe;\"/>"
                + "</name></Patient></resource><request><method value=\"POST\"/><url value=\"Patient\"/></request></entry></Bundle>";
        HttpResponse<String> response = send(post("/fhir", "application/fhir+xml", xxe, "clinician"));
        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("root:");
    }

    @Test
    void pathTraversalInEveryPathIsRefusedAndReadsNothing() throws Exception {
        Map<String, String> attempts = new LinkedHashMap<>();
        for (String prefix : List.of(
                "/css/",
                "/js/",
                "/nhsuk/",
                "/webjars/",
                "/development/plan/",
                "/development/conditions/",
                "/api/registry/organisations/",
                "/registry/",
                "/governance/",
                "/record/person/")) {
            for (String traversal : List.of(
                    "../../application.properties",
                    "..%2f..%2fapplication.properties",
                    "%2e%2e/%2e%2e/etc/passwd",
                    "..%5c..%5cetc%5cpasswd",
                    "....//....//etc/passwd",
                    "%252e%252e%252fetc%252fpasswd")) {
                String answer = raw("GET " + prefix + traversal
                        + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                        + WriteAccessMatrixIT.basic("clinician").substring(6) + "\r\nConnection: close\r\n\r\n");
                int status = Integer.parseInt(answer.substring(9, 12));
                if (status < 400
                        || status >= 500
                        || answer.contains("root:")
                        || answer.contains("openics.db.url")
                        || INTERNALS.matcher(answer).find()) {
                    attempts.put(prefix + traversal, answer.lines().findFirst().orElse(""));
                }
            }
        }
        assertThat(attempts).as("traversals that were not a clean 4xx").isEmpty();
    }

    @Test
    void fileNameParametersWithTraversalOrANulAreRefused() throws Exception {
        for (String file : List.of("../../etc/passwd", "a\u0000b.ndjson", "/etc/passwd", "..\\..\\x.ndjson")) {
            HttpResponse<String> response = send(post(
                    "/api/record/ingest?source=Z00001&file=" + URLEncoder.encode(file, StandardCharsets.UTF_8),
                    "application/fhir+ndjson",
                    "",
                    "clinician"));
            assertThat(response.statusCode()).as(file + ": " + response.body()).isLessThan(500);
            assertThat(INTERNALS.matcher(response.body()).find())
                    .as(response.body())
                    .isFalse();
        }
    }

    @Test
    void sqlLookingSearchValuesAreOrdinaryValues() throws Exception {
        String injection = URLEncoder.encode("' OR '1'='1' --", StandardCharsets.UTF_8);
        String drop = URLEncoder.encode("QZZ'; drop table registry.organisation_version; --", StandardCharsets.UTF_8);
        for (String path : List.of(
                "/api/registry/organisations/" + injection,
                "/api/registry/tree?ics=" + drop,
                "/api/governance/route?function=" + injection + "&value=1",
                "/api/governance/map?asAt=" + injection,
                "/fhir/Patient?name=" + injection,
                "/fhir/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C" + injection,
                "/record?nhsNumber=" + injection,
                "/api/indicators?level=" + injection)) {
            HttpResponse<String> response =
                    send(get(path).header("Authorization", WriteAccessMatrixIT.basic("clinician")));
            assertThat(response.statusCode()).as(path + ": " + response.body()).isLessThan(500);
            assertThat(INTERNALS.matcher(response.body()).find())
                    .as(path + ": " + response.body())
                    .isFalse();
        }
        assertThat(jdbc.queryForObject(
                        "select to_regclass('registry.organisation_version') is not null", Boolean.class))
                .isTrue();
    }

    @Test
    void anUnexpectedFailureSaysNothingOfItsCause() throws Exception {
        HttpResponse<String> response =
                send(get("/api/governance/route?function=PRIMARY_MEDICAL&value=99999999999999999999999"));
        assertClear4xx(response, "a value past a long");
    }

    private void assertClear4xx(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as(what + ": " + response.body()).isBetween(400, 499);
        assertThat(INTERNALS.matcher(response.body()).find())
                .as(what + " names internals: " + response.body())
                .isFalse();
        assertThat(response.body().toLowerCase()).doesNotContain("jackson");
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json");
    }

    private HttpRequest.Builder post(String path, String contentType, String body, String user) {
        return HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .header("Authorization", WriteAccessMatrixIT.basic(user))
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            in.transferTo(read);
            return read.toString(StandardCharsets.UTF_8);
        }
    }
}
