package org.openics.record.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads FHIR files in chunks: NDJSON (one resource per line, bulk data shape) in slices, and Bundle JSON
 * one bundle per chunk, streamed entry by entry so that large bundles never sit in memory as a tree.
 */
final class FhirFiles {

    static final int NDJSON_CHUNK = 5000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FhirFiles() {}

    /** The files to read (folders expanded, resource types ordered so that referenced ones come first) and the ones skipped. */
    record Selection(List<Path> files, List<Path> skipped) {}

    static Selection select(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk =
                        Files.walk(path, java.nio.file.FileVisitOption.FOLLOW_LINKS)) { // a linked folder too
                    walk.filter(Files::isRegularFile).sorted().forEach(f -> (fhirFile(f) ? files : skipped).add(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException("no such file or folder: " + path);
            }
        }
        files.sort(Comparator.comparingInt(FhirFiles::order).thenComparing(Path::toString));
        return new Selection(files, skipped);
    }

    static boolean fhirFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ndjson")
                || name.endsWith(".ndjson.gz")
                || name.endsWith(".json")
                || name.endsWith(".json.gz")
                || hl7(file);
    }

    /** HL7 v2 messages (ER7, one or more messages, optionally MLLP-framed): {@code .hl7}, {@code .hl7.gz}. */
    static boolean hl7(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".hl7") || name.endsWith(".hl7.gz");
    }

    static boolean ndjson(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ndjson") || name.endsWith(".ndjson.gz");
    }

    /** Organisations, then patients, then everything else; bundles, then HL7 v2 messages, last (they carry their own order). */
    private static int order(Path file) {
        if (hl7(file)) {
            return 200;
        }
        if (!ndjson(file)) {
            return 100;
        }
        String type = file.getFileName().toString().split("[.\\-_]")[0];
        return FhirResources.LOAD_ORDER.getOrDefault(type, 10);
    }

    static InputStream open(Path file, AtomicLong bytesRead) throws IOException {
        InputStream raw = new FilterInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytesRead.addAndGet(n);
                }
                return n;
            }
        };
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(raw, 1 << 16)
                : raw;
    }

    /** Calls {@code chunk} with each slice of up to {@link #NDJSON_CHUNK} non-blank lines. */
    static void readNdjson(Path file, String name, AtomicLong bytesRead, Consumer<List<Incoming>> chunk)
            throws IOException {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(open(file, bytesRead), StandardCharsets.UTF_8), 1 << 16)) {
            List<Incoming> current = new ArrayList<>(NDJSON_CHUNK);
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                current.add(new Incoming(line, name, number, null));
                if (current.size() == NDJSON_CHUNK) {
                    chunk.accept(current);
                    current = new ArrayList<>(NDJSON_CHUNK);
                }
            }
            if (!current.isEmpty()) {
                chunk.accept(current);
            }
        }
    }

    /** A Bundle's entries as one chunk (line = where the entry starts); any other single resource as a chunk of one. */
    static List<Incoming> readJson(Path file, String name, AtomicLong bytesRead) throws IOException {
        List<Incoming> entries = new ArrayList<>();
        String resourceType = null;
        try (InputStream in = open(file, bytesRead);
                JsonParser parser = new JsonFactory(JSON).createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("resourceType".equals(field)) {
                    resourceType = parser.getText();
                } else if ("entry".equals(field) && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        long line = parser.currentTokenLocation().getLineNr();
                        JsonNode entry = parser.readValueAsTree();
                        JsonNode resource = entry.get("resource");
                        String fullUrl = entry.path("fullUrl").asText(null);
                        entries.add(new Incoming(
                                resource == null ? entry.toString() : resource.toString(), name, line, fullUrl));
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // not JSON, truncated, or nested too deep: the file as one item, which the pipeline quarantines with the
            // reason
            resourceType = null;
        }
        if (!"Bundle".equals(resourceType)) {
            try (InputStream in = open(file, new AtomicLong())) {
                return List.of(new Incoming(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, 1, null));
            }
        }
        return entries;
    }
}
