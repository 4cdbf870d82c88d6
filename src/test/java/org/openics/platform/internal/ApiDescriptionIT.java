package org.openics.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI description at /v3/api-docs, fetched like any client does (no sign-in), against the handlers Spring MVC
 * actually serves: an endpoint under /api that the description leaves out fails the build.
 */
class ApiDescriptionIT extends PlatformIT {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyRestEndpointUnderApiIsInTheDescriptionWithItsMethod() throws Exception {
        JsonNode paths = description().path("paths");
        Set<String> served = servedApiEndpoints();
        List<String> undocumented = new ArrayList<>();
        for (String endpoint : served) {
            String method = endpoint.substring(0, endpoint.indexOf(' ')).toLowerCase(Locale.ROOT);
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            if (!paths.path(path).has(method)) {
                undocumented.add(endpoint);
            }
        }
        assertThat(served).as("the API's handlers were found").hasSizeGreaterThan(50);
        assertThat(undocumented)
                .as("endpoints served under /api but missing from /v3/api-docs")
                .isEmpty();
    }

    @Test
    void theDescriptionIsPublicOpenApi3WithoutPagesOrTheFhirServer() throws Exception {
        HttpResponse<String> answer = get("/v3/api-docs");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode api = new ObjectMapper().readTree(answer.body());
        assertThat(api.path("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        api.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).allSatisfy(path -> assertThat(path).startsWith("/api/"));
        assertThat(api.path("info").path("description").asText()).contains("/fhir/metadata");
        assertThat(get("/v3/api-docs.yaml").body()).startsWith("openapi: 3.");
    }

    @Test
    void eachOperationSaysHowToAuthenticateAndPublicOnesNeedNothing() throws Exception {
        JsonNode api = description();
        JsonNode schemes = api.path("components").path("securitySchemes");
        assertThat(schemes.path("session").path("in").asText()).isEqualTo("cookie");
        assertThat(schemes.path("session").path("name").asText()).isEqualTo("JSESSIONID");
        assertThat(schemes.path("csrf").path("name").asText()).isEqualTo("X-CSRF-TOKEN");
        assertThat(schemes.path("basic").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("bearer").path("bearerFormat").asText()).isEqualTo("JWT");

        JsonNode paths = api.path("paths");
        // the registry is public (RegistryWebConfiguration), the workforce is for signed-in users
        JsonNode publicOperation =
                paths.path("/api/registry/places/{code}/providers").path("get");
        assertThat(publicOperation.path("security").isArray())
                .as("a public operation states an empty security")
                .isTrue();
        assertThat(publicOperation.path("security")).isEmpty();
        assertThat(schemesOf(paths.path("/api/workforce/staffing").path("get")))
                .containsExactly("session", "basic", "bearer");
        assertThat(schemesOf(paths.path("/api/workforce/plans").path("post")))
                .containsExactly("csrf+session", "basic", "bearer");
        assertThat(schemesOf(paths.path("/api/auth/token").path("post"))).containsExactly("basic");
        assertThat(paths.path("/api/workforce/staffing")
                        .path("get")
                        .path("tags")
                        .get(0)
                        .asText())
                .isEqualTo("workforce");
    }

    @Test
    void theBrowsablePageIsPublicAndKeepsTheContentSecurityPolicy() throws Exception {
        HttpResponse<String> welcome = get("/swagger-ui.html");
        assertThat(welcome.statusCode()).isEqualTo(302);
        String page = welcome.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> index = get(URI.create(url("/")).resolve(page).getPath());
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(index.body()).doesNotContainPattern("<script>|<script [^>]*>[^<\\s]");
    }

    /** "METHOD /path" for every handler method mapped under /api (a mapping without methods answers GET and POST alike). */
    private Set<String> servedApiEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo mapping : handlers.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            for (String pattern : mapping.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}"); // springdoc drops a variable's regex
                for (RequestMethod method :
                        methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    endpoints.add(method.name() + " " + path);
                }
            }
        }
        return endpoints;
    }

    private static List<String> schemesOf(JsonNode operation) {
        List<String> alternatives = new ArrayList<>();
        operation.path("security").forEach(requirement -> {
            List<String> names = new ArrayList<>();
            requirement.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            alternatives.add(String.join("+", names));
        });
        return alternatives;
    }

    private JsonNode description() throws Exception {
        HttpResponse<String> answer = get("/v3/api-docs");
        assertThat(answer.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(answer.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
