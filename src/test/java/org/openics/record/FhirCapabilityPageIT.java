package org.openics.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;

/** /fhir/metadata: OpenICS's own CapabilityStatement, as FHIR for clients and as a readable page for a browser. */
class FhirCapabilityPageIT extends PlatformIT {

    private HttpResponse<String> metadata(String query, String accept) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/fhir/metadata" + query)))
                                .header("Accept", accept)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFhirClientGetsTheStatementWithOpenIcsAsPublisherAndSoftware() throws Exception {
        HttpResponse<String> response = metadata("", "application/fhir+json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/fhir+json");
        JsonNode statement = new ObjectMapper().readTree(response.body());
        assertThat(statement.path("publisher").asText()).isEqualTo("OpenICS");
        assertThat(statement.at("/software/name").asText()).isEqualTo("OpenICS");
        assertThat(statement.path("name").asText()).isEqualTo("OpenICS");
        assertThat(statement.at("/implementation/description").asText()).isEqualTo("OpenICS shared care record");
        // run from classes, not the jar: there is no Implementation-Version to give, and it does not pretend HAPI's is
        // ours
        assertThat(statement.at("/software/version").asText()).isEqualTo("development build");
    }

    @Test
    void aBrowserSeesAReadablePageOfTheResourcesAndTheStatementPrettyPrinted() throws Exception {
        HttpResponse<String> response = metadata("", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Page page = Browser.newPage();
        page.navigate(url("/fhir/metadata"));
        assertThat(page.textContent("h1")).isEqualTo("What this FHIR server supports");
        assertThat(page.textContent("[data-testid=software]"))
                .contains("OpenICS development build, published by OpenICS");
        assertThat(page.textContent("[data-testid=resources]"))
                .contains("Patient")
                .contains("Observation")
                .contains("search-type");
        assertThat(page.textContent("[data-testid=statement]"))
                .contains("\"resourceType\": \"CapabilityStatement\"")
                .contains("\n  \"publisher\": \"OpenICS\"");
        Browser.screenshot(page, "fhir-metadata");
    }

    @Test
    void aBrowserAskingForAFormatGetsThatFormat() throws Exception {
        HttpResponse<String> response = metadata("?_format=json", "text/html");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
        assertThat(new ObjectMapper()
                        .readTree(response.body())
                        .path("resourceType")
                        .asText())
                .isEqualTo("CapabilityStatement");
    }
}
