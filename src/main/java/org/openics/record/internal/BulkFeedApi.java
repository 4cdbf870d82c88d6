package org.openics.record.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.kernel.NotAuthorised;
import org.openics.record.IngestOptions;
import org.openics.record.IngestReport;
import org.openics.record.RecordPermission;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The bulk door over HTTP for scheduled feeds: {@code POST /api/record/ingest?file=Patient.ndjson} with an NDJSON or
 * Bundle JSON body (gzip when the file name ends in .gz), through the same pipeline as {@code openics ingest}, as the
 * signed-in account or feed: what it sends is bound to its organisation, and {@code source=}, when given, must be that
 * organisation. Answers with the same counts.
 */
@RestController
class BulkFeedApi {

    private final RecordService record;
    private final Accounts accounts;

    BulkFeedApi(RecordService record, Accounts accounts) {
        this.record = record;
        this.accounts = accounts;
    }

    /**
     * The parameters are read from the query string only: {@code curl --data-binary} without a Content-Type sends the
     * body as a form, and asking the servlet for a parameter would then consume the body as form fields.
     */
    @PostMapping("/api/record/ingest")
    ResponseEntity<Map<String, Object>> ingest(HttpServletRequest request, Authentication authentication)
            throws IOException {
        Map<String, String> query = query(request);
        Optional<Actor> actor = accounts.actorOf(authentication);
        if (actor.isEmpty()) {
            return refusal(HttpStatus.FORBIDDEN, "not a record account");
        }
        try {
            Authorisation.require(actor.get(), RecordPermission.SUBMIT_RECORDS);
        } catch (NotAuthorised e) {
            return refusal(HttpStatus.FORBIDDEN, e.getMessage());
        }
        String own = RecordService.source(actor.get());
        String claimed = query.getOrDefault("source", "").trim().toUpperCase(Locale.ROOT);
        if (!claimed.isEmpty() && !claimed.equals(own)) {
            return refusal(
                    HttpStatus.FORBIDDEN,
                    "source " + claimed + " is not the organisation of "
                            + actor.get().username() + " (" + own
                            + "); a feed sends only its own organisation's records");
        }
        IngestOptions.Validation validation;
        try {
            validation = IngestOptions.Validation.valueOf(
                    query.getOrDefault("validation", "FULL").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return refusal(HttpStatus.BAD_REQUEST, "validation must be FULL or STRUCTURAL");
        }
        String file = query.getOrDefault("file", "feed.ndjson");
        if (file.indexOf('\0') >= 0
                || file.contains("/")
                || file.contains("\\")
                || file.isBlank()
                || file.startsWith(".")) {
            return refusal(
                    HttpStatus.BAD_REQUEST, "file must be a plain file name (no folders, no control characters)");
        }
        if (!FhirFiles.fhirFile(Path.of(file.toLowerCase(Locale.ROOT)))) {
            return refusal(HttpStatus.BAD_REQUEST, "file must end in .ndjson, .json (optionally .gz)");
        }
        Path folder = Files.createTempDirectory("openics-feed-");
        Path received = folder.resolve(file);
        try {
            Files.copy(request.getInputStream(), received);
            if (Files.size(received) == 0) {
                return refusal(
                        HttpStatus.BAD_REQUEST,
                        "the request has no body: send the file's bytes (curl --data-binary @FILE)");
            }
            IngestReport report = record.ingest(
                    received,
                    validation,
                    actor.get(),
                    new RecordService.AccessContext(
                            Optional.ofNullable(request.getHeader(FhirGateway.PURPOSE_HEADER))
                                    .filter(p -> !p.isBlank())
                                    .orElse("direct care"),
                            Optional.ofNullable(request.getHeader(FhirGateway.BREAK_GLASS_HEADER))
                                    .filter(r -> !r.isBlank())));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("read", report.read());
            body.put("stored", report.stored());
            body.put("duplicates", report.duplicates());
            body.put("quarantined", report.quarantined());
            body.put("source", own);
            body.put("millis", report.millis());
            return ResponseEntity.ok(body);
        } finally {
            Files.deleteIfExists(received);
            Files.deleteIfExists(folder);
        }
    }

    private static Map<String, String> query(HttpServletRequest request) {
        Map<String, String> result = new LinkedHashMap<>();
        String raw = request.getQueryString();
        if (raw != null) {
            UriComponentsBuilder.newInstance()
                    .query(raw)
                    .build()
                    .getQueryParams()
                    .forEach((name, values) -> {
                        if (!values.isEmpty() && values.get(0) != null) {
                            result.put(decode(name), decode(values.get(0)));
                        }
                    });
        }
        return result;
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static ResponseEntity<Map<String, Object>> refusal(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
