package org.openics.record.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.springframework.web.util.HtmlUtils;

/**
 * The CapabilityStatement as OpenICS's own (publisher "OpenICS", software OpenICS with its version, not HAPI's), and
 * for a browser (Accept: text/html, no {@code _format}) a readable page instead of an XML download: what each resource
 * type supports, then the statement itself pretty-printed. Machine clients get FHIR as before.
 */
final class CapabilityPage {

    static final String PUBLISHER = "OpenICS";

    private final FhirContext context;
    private final String version;

    CapabilityPage(FhirContext context) {
        this.context = context;
        this.version = version();
    }

    /** The jar's Implementation-Version, or "development build" when run from classes (no manifest). */
    static String version() {
        String version = CapabilityPage.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
    public boolean outgoing(
            RequestDetails request,
            IBaseResource resource,
            HttpServletRequest servletRequest,
            HttpServletResponse servletResponse)
            throws IOException {
        if (!(resource instanceof CapabilityStatement statement)) {
            return true;
        }
        statement.setPublisher(PUBLISHER);
        statement.setName("OpenICS");
        statement.getSoftware().setName("OpenICS").setVersion(version);
        statement.getImplementation().setDescription("OpenICS shared care record");
        if (request.getRestOperationType() != RestOperationTypeEnum.METADATA || !wantsPage(servletRequest)) {
            return true;
        }
        servletResponse.setStatus(200);
        servletResponse.setContentType("text/html;charset=UTF-8");
        servletResponse.getOutputStream().write(page(statement).getBytes(StandardCharsets.UTF_8));
        return false;
    }

    /** A browser asks for HTML first; a FHIR client names a FHIR type or {@code _format}. */
    static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getParameter("_format") == null && accept != null && accept.contains("text/html");
    }

    private String page(CapabilityStatement statement) {
        String json = context.newJsonParser().setPrettyPrint(true).encodeResourceToString(statement);
        String rows = statement.getRest().stream()
                .flatMap(rest -> rest.getResource().stream())
                .map(r -> "<tr><td>" + e(r.getType())
                        + "</td><td>"
                        + e(r.getInteraction().stream()
                                .map(i -> i.getCode().toCode())
                                .collect(Collectors.joining(", ")))
                        + "</td><td>"
                        + e(r.getSearchParam().stream()
                                .map(CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent::getName)
                                .collect(Collectors.joining(", ")))
                        + "</td></tr>")
                .collect(Collectors.joining("\n"));
        return """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>FHIR capability statement – OpenICS</title>
                <link rel="stylesheet" href="/nhsuk/nhsuk-frontend.min.css"><link rel="stylesheet" href="/css/openics.css"></head>
                <body><main id="main" class="nhsuk-width-container nhsuk-main-wrapper">
                <span class="nhsuk-caption-l">FHIR R4 API at /fhir</span>
                <h1>What this FHIR server supports</h1>
                <p data-testid="software">%s %s, published by %s; FHIR version %s. Person-level resources need an account
                (HTTP Basic or a bearer token) and a legitimate relationship; every access is audited.
                <a href="/">OpenICS home</a>.</p>
                <table class="nhsuk-table" data-testid="resources"><caption class="nhsuk-table__caption">Resource types</caption>
                <thead><tr><th>Resource</th><th>Interactions</th><th>Search parameters</th></tr></thead>
                <tbody>
                %s
                </tbody></table>
                <h2>The CapabilityStatement</h2>
                <p>As JSON for a client: <a href="/fhir/metadata?_format=json">/fhir/metadata?_format=json</a>
                (or <a href="/fhir/metadata?_format=xml">XML</a>).</p>
                <pre class="app-code" data-testid="statement">%s</pre>
                </main></body></html>
                """.formatted(
                        e(statement.getSoftware().getName()),
                        e(statement.getSoftware().getVersion()),
                        e(statement.getPublisher()),
                        e(
                                statement.getFhirVersion() == null
                                        ? ""
                                        : statement.getFhirVersion().toCode()),
                        rows,
                        e(json));
    }

    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
