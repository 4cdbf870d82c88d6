package org.openics.record.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** A person's stored resources as one FHIR R4 searchset Bundle, as Patient {@code $everything} answers, for a download. */
final class EverythingFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EverythingFile() {}

    static String json(List<JdbcRecordStore.Stored> resources) {
        ObjectNode bundle = JSON.createObjectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "searchset");
        bundle.put("timestamp", Instant.now().toString());
        bundle.put("total", resources.size());
        ArrayNode entries = bundle.putArray("entry");
        try {
            for (JdbcRecordStore.Stored stored : resources) {
                ObjectNode entry = entries.addObject();
                entry.put("fullUrl", stored.type() + "/" + stored.id());
                entry.set("resource", JSON.readTree(stored.body()));
                entry.putObject("search").put("mode", "match");
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(bundle);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
