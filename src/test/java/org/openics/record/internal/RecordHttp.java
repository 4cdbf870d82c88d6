package org.openics.record.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.jdbc.core.JdbcTemplate;

/** FHIR JSON written by hand and HTTP Basic headers, for the record's tests over HTTP (the access matrix, the findings). */
final class RecordHttp {

    static final String NHS = "https://fhir.nhs.uk/Id/nhs-number";
    static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";

    private RecordHttp() {}

    static String encounter(String id, String patient, String provider) {
        return "{\"resourceType\":\"Encounter\",\"id\":\"" + id + "\",\"status\":\"finished\",\"class\":{\"system\":"
                + "\"http://terminology.hl7.org/CodeSystem/v3-ActCode\",\"code\":\"AMB\"},\"subject\":{\"reference\":\"Patient/"
                + patient
                + "\"},\"period\":{\"start\":\"2025-03-01T10:00:00Z\",\"end\":\"2025-03-01T11:00:00Z\"},\"serviceProvider\":{\"identifier\":"
                + "{\"system\":\"" + ODS + "\",\"value\":\"" + provider + "\"}}}";
    }

    static String transaction(String method, String url, String resource) {
        return "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{\"resource\":" + resource
                + ",\"request\":{\"method\":\"" + method + "\",\"url\":\"" + url + "\"}}]}";
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Signs in through the sign-in form as a browser does (the protected page first, which keeps the session the sign-in
     * page's CSRF token needs) and returns the session cookie, for the HTML pages.
     */
    static String signIn(java.net.http.HttpClient http, String base, String user, String password) throws Exception {
        java.net.http.HttpResponse<String> first = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/record"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String cookie = cookie(first, null);
        java.net.http.HttpResponse<String> form = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                        .header("Cookie", cookie)
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        cookie = cookie(form, cookie);
        java.util.regex.Matcher token = java.util.regex.Pattern.compile(
                        "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"")
                .matcher(form.body());
        String csrf = token.find() ? (token.group(1) != null ? token.group(1) : token.group(2)) : "";
        String body = "username=" + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        java.net.http.HttpResponse<String> signedIn = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302
                || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("could not sign in as " + user + ": " + signedIn.statusCode() + " "
                    + signedIn.headers().map());
        }
        return cookie(signedIn, cookie);
    }

    private static String cookie(java.net.http.HttpResponse<String> response, String current) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0])
                .reduce((a, b) -> b)
                .orElse(current);
    }

    static boolean stored(JdbcTemplate jdbc, String type, String id) {
        return jdbc.queryForObject(
                        "select count(*) from record.resource where type = ? and id = ?", Integer.class, type, id)
                > 0;
    }
}
