package org.openics.record.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openics.platform.ProgressListener;
import org.openics.kernel.Actor;
import org.openics.record.IngestOptions;
import org.openics.record.IngestReport;
import org.openics.kernel.UserRole;
import org.openics.record.SharedCareRecord;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bulk door over HTTP for scheduled feeds: {@code POST /api/record/ingest?source=ODS&file=Patient.ndjson}
 * with an NDJSON or Bundle JSON body (gzip when the file name ends in .gz), through the same pipeline as
 * {@code openics ingest}; answers with the same counts.
 */
@RestController
class BulkFeedApi {

    private final SharedCareRecord record;

    BulkFeedApi(SharedCareRecord record) {
        this.record = record;
    }

    @PostMapping("/api/record/ingest")
    ResponseEntity<Map<String, Object>> ingest(@RequestParam Optional<String> source, @RequestParam(defaultValue = "feed.ndjson") String file,
                                               @RequestParam(defaultValue = "FULL") IngestOptions.Validation validation,
                                               Authentication authentication, InputStream body) throws IOException {
        Optional<Actor> actor = LocalAccounts.actor(authentication);
        if (actor.isEmpty() || actor.get().role() == UserRole.ANALYST || actor.get().role() == UserRole.RESIDENT) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "this account cannot submit records"));
        }
        String name = Path.of(file).getFileName().toString();
        if (!FhirFiles.fhirFile(Path.of(name.toLowerCase(Locale.ROOT)))) {
            return ResponseEntity.badRequest().body(Map.of("error", "file must end in .ndjson, .json (optionally .gz)"));
        }
        Path folder = Files.createTempDirectory("openics-feed-");
        Path received = folder.resolve(name);
        try {
            Files.copy(body, received);
            String from = source.or(actor.get()::organisation).orElse(actor.get().username());
            IngestReport report = record.ingest(List.of(received), new IngestOptions(Optional.of(from), validation), ProgressListener.NONE);
            return ResponseEntity.ok(Map.of("read", report.read(), "stored", report.stored(), "duplicates", report.duplicates(),
                    "quarantined", report.quarantined(), "millis", report.millis()));
        } finally {
            Files.deleteIfExists(received);
            Files.deleteIfExists(folder);
        }
    }
}
