package org.openics.record.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.jdbc.core.JdbcTemplate;

/** FHIR JSON written by hand and HTTP Basic headers, for the record's tests over HTTP (the access matrix, the findings). */
final class RecordHttp {

    static final String NHS = "https://fhir.nhs.uk/Id/nhs-number";
    static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";

    private RecordHttp() {
    }

    static String encounter(String id, String patient, String provider) {
        return "{\"resourceType\":\"Encounter\",\"id\":\"" + id + "\",\"status\":\"finished\",\"class\":{\"system\":"
                + "\"http://terminology.hl7.org/CodeSystem/v3-ActCode\",\"code\":\"AMB\"},\"subject\":{\"reference\":\"Patient/" + patient
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

    static boolean stored(JdbcTemplate jdbc, String type, String id) {
        return jdbc.queryForObject("select count(*) from record.resource where type = ? and id = ?", Integer.class, type, id) > 0;
    }
}
