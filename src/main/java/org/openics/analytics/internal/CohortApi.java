package org.openics.analytics.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openics.analytics.Level;
import org.openics.analytics.cohorts.CohortCount;
import org.openics.analytics.cohorts.CohortDefinition;
import org.openics.analytics.cohorts.CohortPersons;
import org.openics.analytics.cohorts.Cohorts;
import org.openics.analytics.cohorts.SegmentCount;
import org.openics.kernel.Actor;
import org.openics.record.RecordAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cohorts over HTTP: counts and segment tables for any signed-in user (aggregates, small numbers suppressed); person
 * lists only for direct-care roles, through the record's access rules, every disclosure and refusal audited.
 */
@RestController
class CohortApi {

    private final Cohorts cohorts;
    private final RecordAccounts record;

    CohortApi(Cohorts cohorts, RecordAccounts record) {
        this.cohorts = cohorts;
        this.record = record;
    }

    @PostMapping("/api/cohorts/count")
    CohortCount count(@RequestBody CohortDefinition definition) {
        return cohorts.count(definition);
    }

    @PostMapping("/api/cohorts/persons")
    ResponseEntity<Map<String, Object>> persons(
            @RequestBody CohortDefinition definition,
            @RequestParam(defaultValue = "direct care") String purpose,
            Authentication authentication) {
        Optional<Actor> actor = record.account(authentication.getName());
        if (actor.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(Map.of("reason", "not a shared care record account"));
        }
        CohortPersons persons = cohorts.persons(definition, actor.get(), purpose);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("granted", persons.decision().granted());
        body.put("reason", persons.decision().reason());
        if (!persons.decision().granted()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body);
        }
        body.put("cohortSize", persons.cohortSize());
        body.put("withheld", persons.withheld());
        body.put("persons", persons.persons().stream().map(CohortApi::row).toList());
        return ResponseEntity.ok(body);
    }

    static Map<String, Object> row(org.openics.record.PersonSummary p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("personId", p.person().value());
        row.put(
                "nhsNumber",
                p.nhsNumber().map(org.openics.kernel.NhsNumber::value).orElse(null));
        row.put("name", p.name());
        row.put("practice", p.practice());
        row.put("relationship", p.relationship());
        return row;
    }

    @GetMapping("/api/segments")
    List<SegmentCount> segments(@RequestParam(defaultValue = "ics") String level, @RequestParam Optional<String> code) {
        return cohorts.segments(Level.valueOf(level.toUpperCase(Locale.ROOT)), code);
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", String.valueOf(e.getMessage())));
    }
}
