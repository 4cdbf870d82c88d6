package org.openics.record.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openics.record.QuarantinedResource;
import org.openics.record.ingest.ConditionalReference;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The record's tables in PostgreSQL (schema {@code record}). */
@Repository
class JdbcRecordStore {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final JdbcTemplate jdbc;

    /** The pseudonyms of moved patient records are rewritten with the facts' key when persons merge. */
    private final FactStore facts;

    JdbcRecordStore(JdbcTemplate jdbc, FactStore facts) {
        this.jdbc = jdbc;
        this.facts = facts;
    }

    /** Serialises writers of resources across processes; readers are never blocked. */
    void lockForIngest() {
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('openics.record.ingest'))", Object.class);
    }

    /** The current version of a stored resource, its hash and the organisation (source) that recorded it. */
    record Current(int version, String hash, String source) {}

    private <T> T withKeys(
            Collection<String> keys, String sql, java.util.function.Function<PreparedStatement, T> body) {
        return jdbc.execute((Connection c) -> {
            String[] types = new String[keys.size()];
            String[] ids = new String[keys.size()];
            int i = 0;
            for (String key : keys) {
                int slash = key.indexOf('/');
                types[i] = key.substring(0, slash);
                ids[i++] = key.substring(slash + 1);
            }
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                statement.setArray(1, c.createArrayOf("text", types));
                statement.setArray(2, c.createArrayOf("text", ids));
                return body.apply(statement);
            }
        });
    }

    /** The current version and hash of each of the given {@code Type/id} keys that are stored. */
    Map<String, Current> current(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return withKeys(
                keys,
                "select r.type, r.id, r.version, r.hash, r.source from record.resource r"
                        + " join unnest(?::text[], ?::text[]) as k(type, id) on r.type = k.type and r.id = k.id",
                statement -> {
                    Map<String, Current> result = new HashMap<>();
                    try (var rs = statement.executeQuery()) {
                        while (rs.next()) {
                            result.put(
                                    rs.getString(1) + "/" + rs.getString(2),
                                    new Current(rs.getInt(3), rs.getString(4), rs.getString(5)));
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    return result;
                });
    }

    record NewVersion(
            String type,
            String id,
            int version,
            String hash,
            String patientId,
            String body,
            String source,
            String file,
            long line) {}

    /**
     * New versions. Each body is written once: the current version's in {@code resource}; a history row gets its
     * body when a newer version supersedes it. First versions go in by COPY (under the ingest lock, after looking
     * up the current versions in the same transaction, neither row can exist yet); a later version first moves
     * the body it supersedes into the history, then replaces the current row.
     */
    void store(List<NewVersion> versions, Instant at) {
        if (versions.isEmpty()) {
            return;
        }
        copy(
                "record.resource_version",
                List.of("type", "id", "version", "hash", "source", "file", "line", "received_at"),
                versions.stream()
                        .map(v -> new Object[] {
                            v.type(), v.id(), v.version(), v.hash(), v.source(), v.file(), v.line(), at
                        })
                        .toList());
        copy(
                "record.resource",
                List.of("type", "id", "version", "hash", "patient_id", "body", "source", "file", "updated_at"),
                versions.stream()
                        .filter(v -> v.version() == 1)
                        .map(v -> new Object[] {
                            v.type(), v.id(), v.version(), v.hash(), v.patientId(), v.body(), v.source(), v.file(), at
                        })
                        .toList());
        // rounds in which each resource appears once, in the order received (a chunk may carry versions 2 and 3 of one
        // resource)
        List<List<NewVersion>> rounds = new ArrayList<>();
        List<Set<String>> keys = new ArrayList<>();
        for (NewVersion v : versions) {
            if (v.version() == 1) {
                continue;
            }
            int round = 0;
            while (round < rounds.size() && keys.get(round).contains(v.type() + "/" + v.id())) {
                round++;
            }
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
                keys.add(new HashSet<>());
            }
            rounds.get(round).add(v);
            keys.get(round).add(v.type() + "/" + v.id());
        }
        Timestamp now = Timestamp.from(at);
        for (List<NewVersion> round : rounds) {
            withKeys(
                    round.stream().map(v -> v.type() + "/" + v.id()).toList(),
                    "update record.resource_version v set body = r.body"
                            + " from record.resource r join unnest(?::text[], ?::text[]) as k(type, id) on r.type = k.type and r.id = k.id"
                            + " where v.type = r.type and v.id = r.id and v.version = r.version and v.body is null",
                    statement -> {
                        try {
                            return statement.executeUpdate();
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
            jdbc.batchUpdate(
                    "update record.resource set version = ?, hash = ?, patient_id = ?, body = ?::jsonb, source = ?, file = ?,"
                            + " updated_at = ? where type = ? and id = ?",
                    round,
                    1000,
                    (ps, v) -> {
                        ps.setInt(1, v.version());
                        ps.setString(2, v.hash());
                        ps.setString(3, v.patientId());
                        ps.setString(4, v.body());
                        ps.setString(5, v.source());
                        ps.setString(6, v.file());
                        ps.setTimestamp(7, now);
                        ps.setString(8, v.type());
                        ps.setString(9, v.id());
                    });
        }
    }

    /**
     * Rows into a table with PostgreSQL COPY (text format) on the transaction's connection: one round trip and no
     * statement per row, several times faster than batched inserts. Values: text, numbers, booleans, dates, instants.
     */
    void copy(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(rows.size() * 256);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                copyValue(text, row[i]);
            }
            text.append('\n');
        }
        byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        jdbc.execute((Connection c) -> {
            try {
                return c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "copy " + table + " (" + String.join(", ", columns) + ") from stdin",
                                new java.io.ByteArrayInputStream(bytes));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    static void copyValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        String text = value instanceof Boolean b ? (b ? "t" : "f") : value.toString();
        if (text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            out.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    /**
     * @param waitingFor the references it waits for, when that is all that is wrong with it (empty otherwise)
     * @param canonical  the resource as read, for re-processing (null when it could not be read)
     * @param writtenBy  the account or feed that sent it, null for the operator's load
     */
    record Quarantined(
            String source,
            String file,
            long line,
            String type,
            String id,
            List<org.openics.record.Problem> problems,
            byte[] original,
            String hash,
            List<String> waitingFor,
            String canonical,
            String writtenBy) {

        /** The problems as stored next to their text: {@code [{"kind": ..., "detail": ...}, ...]}. */
        String problemsJson() {
            com.fasterxml.jackson.databind.node.ArrayNode array = JSON.createArrayNode();
            problems.forEach(p -> array.addObject().put("kind", p.kind().name()).put("detail", p.detail()));
            return array.toString();
        }
    }

    void quarantine(List<Quarantined> items, Instant at) {
        if (items.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(at);
        jdbc.batchUpdate(
                "insert into record.quarantine (received_at, source, file, line, resource_type, resource_id, reason, original, hash,"
                        + " waiting_for, canonical, written_by, problems) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))"
                        + " on conflict (source, file, line, hash) do update"
                        // the same bytes refused again (a re-run, a re-processing): the row says why now, and is open
                        + " set reason = excluded.reason, problems = excluded.problems, waiting_for = excluded.waiting_for, canonical = coalesce(excluded.canonical,"
                        + " record.quarantine.canonical), written_by = excluded.written_by, released_at = null",
                items,
                1000,
                (ps, q) -> {
                    ps.setTimestamp(1, now);
                    ps.setString(2, q.source());
                    ps.setString(3, q.file());
                    ps.setLong(4, q.line());
                    ps.setString(5, q.type());
                    ps.setString(6, q.id());
                    ps.setString(7, org.openics.record.Problem.text(q.problems()));
                    ps.setBytes(8, q.original());
                    ps.setString(9, q.hash());
                    ps.setArray(
                            10,
                            q.waitingFor().isEmpty()
                                    ? null
                                    : ps.getConnection()
                                            .createArrayOf(
                                                    "text", q.waitingFor().toArray()));
                    ps.setString(11, q.canonical());
                    ps.setString(12, q.writtenBy());
                    ps.setString(13, q.problemsJson());
                });
    }

    /** An open quarantine row as re-processing reads it: what to read again, and under whose rules. */
    record Waiting(
            long id,
            String source,
            String file,
            long line,
            String text,
            String original,
            List<String> waitingFor,
            String writtenBy) {}

    /** The references each open quarantine row waits for (rows quarantined for nothing else), by row id. */
    Map<Long, List<String>> waitingReferences() {
        Map<Long, List<String>> result = new java.util.LinkedHashMap<>();
        jdbc.query(
                "select id, waiting_for from record.quarantine where released_at is null and waiting_for is not null order by id",
                rs -> {
                    result.put(rs.getLong(1), List.of((String[]) rs.getArray(2).getArray()));
                });
        return result;
    }

    /** Open quarantine rows, oldest first: all of them, or those with the given ids. */
    List<Waiting> openQuarantine(Collection<Long> only) {
        if (only != null && only.isEmpty()) {
            return List.of();
        }
        String ids = only == null ? "" : " and id = any(?::bigint[])";
        Object[] args = only == null
                ? new Object[0]
                : new Object[] {
                    "{" + String.join(",", only.stream().map(String::valueOf).toList()) + "}"
                };
        return jdbc.query(
                "select id, source, file, line, coalesce(canonical, convert_from(original, 'UTF8')) as text,"
                        + " convert_from(original, 'UTF8') as original, waiting_for, written_by from record.quarantine where released_at is null"
                        + ids + " order by id",
                (rs, n) -> {
                    java.sql.Array waiting = rs.getArray("waiting_for");
                    return new Waiting(
                            rs.getLong("id"),
                            rs.getString("source"),
                            rs.getString("file"),
                            rs.getLong("line"),
                            rs.getString("text"),
                            rs.getString("original"),
                            waiting == null ? List.of() : List.of((String[]) waiting.getArray()),
                            rs.getString("written_by"));
                },
                args);
    }

    /**
     * The stored resources each conditional reference matches ({@code Type?identifier=...} to {@code Type/id} keys), by
     * the identifiers in their current version (the GIN index on {@code body -> 'identifier'}).
     */
    Map<String, Set<String>> matching(Collection<ConditionalReference> references) {
        Map<String, Set<String>> result = new HashMap<>();
        for (ConditionalReference reference : references) {
            com.fasterxml.jackson.databind.node.ObjectNode identifier = JSON.createObjectNode();
            if (reference.system() != null) {
                identifier.put("system", reference.system());
            }
            identifier.put("value", reference.value());
            String contains = JSON.createArrayNode().add(identifier).toString();
            List<String> ids = jdbc.queryForList(
                    "select id from record.resource where type = ? and body -> 'identifier' @> ?::jsonb limit 10",
                    String.class,
                    reference.type(),
                    contains);
            if (!ids.isEmpty()) {
                result.put(
                        reference.key(),
                        new HashSet<>(ids.stream()
                                .map(id -> reference.type() + "/" + id)
                                .toList()));
            }
        }
        return result;
    }

    private static final RowMapper<QuarantinedResource> QUARANTINED = (rs, n) -> new QuarantinedResource(
            rs.getLong("id"),
            rs.getTimestamp("received_at").toInstant(),
            rs.getString("source"),
            rs.getString("file"),
            rs.getLong("line"),
            rs.getString("resource_type"),
            rs.getString("resource_id"),
            rs.getString("reason"),
            new String(rs.getBytes("original"), java.nio.charset.StandardCharsets.UTF_8),
            rs.getTimestamp("released_at") != null);

    List<QuarantinedResource> quarantined(int limit, boolean includeReleased) {
        return jdbc.query(
                "select * from record.quarantine" + (includeReleased ? "" : " where released_at is null")
                        + " order by id desc limit ?",
                QUARANTINED,
                limit);
    }

    void release(long quarantineId, Instant at) {
        jdbc.update("update record.quarantine set released_at = ? where id = ?", Timestamp.from(at), quarantineId);
    }

    // ---- master person index ----

    record Link(long person, String method) {}

    Map<String, Link> links(Collection<String> patientIds) {
        Map<String, Link> result = new HashMap<>();
        if (patientIds.isEmpty()) {
            return result;
        }
        jdbc.query(
                "select patient_id, person_id, method from record.person_link where patient_id = any(?)",
                rs -> {
                    result.put(rs.getString(1), new Link(rs.getLong(2), rs.getString(3)));
                },
                (Object) patientIds.toArray(String[]::new));
        return result;
    }

    /** The person of each NHS number, creating those not yet known. */
    Map<String, Long> personsByNhsNumber(Collection<String> nhsNumbers, Map<String, String> matchKeys) {
        Map<String, Long> result = new HashMap<>();
        if (nhsNumbers.isEmpty()) {
            return result;
        }
        List<String> numbers = new ArrayList<>(new HashSet<>(nhsNumbers));
        jdbc.batchUpdate(
                "insert into record.person (nhs_number, match_key) values (?, ?) on conflict (nhs_number) do nothing",
                numbers,
                1000,
                (ps, n) -> {
                    ps.setString(1, n);
                    ps.setString(2, matchKeys.get(n));
                });
        jdbc.query(
                "select nhs_number, id from record.person where nhs_number = any(?)",
                rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                },
                (Object) numbers.toArray(String[]::new));
        return result;
    }

    Optional<Long> personByMatchKey(String matchKey) {
        return jdbc
                .query(
                        "select id from record.person where match_key = ? order by id limit 1",
                        (rs, n) -> rs.getLong(1),
                        matchKey)
                .stream()
                .findFirst();
    }

    long newPerson(String matchKey, String localId) {
        return jdbc.queryForObject(
                "insert into record.person (match_key, local_id) values (?, ?) returning id",
                Long.class,
                matchKey,
                localId);
    }

    void link(Map<String, Link> links) {
        jdbc.batchUpdate(
                "insert into record.person_link (patient_id, person_id, method) values (?, ?, ?)"
                        + " on conflict (patient_id) do update set person_id = excluded.person_id, method = excluded.method",
                new ArrayList<>(links.entrySet()),
                1000,
                (ps, e) -> {
                    ps.setString(1, e.getKey());
                    ps.setLong(2, e.getValue().person());
                    ps.setString(3, e.getValue().method());
                });
    }

    Optional<Long> personByNhsNumber(String nhsNumber) {
        return jdbc
                .query("select id from record.person where nhs_number = ?", (rs, n) -> rs.getLong(1), nhsNumber)
                .stream()
                .findFirst();
    }

    List<String> patientsOf(long person) {
        return jdbc.queryForList(
                "select patient_id from record.person_link where person_id = ? order by patient_id",
                String.class,
                person);
    }

    boolean personExists(long person) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from record.person where id = ?)", Boolean.class, person));
    }

    long recordMerge(long from, long into, List<String> patients, String actor, String reason) {
        return jdbc.execute((Connection c) -> {
            Array array = c.createArrayOf("text", patients.toArray());
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into record.person_merge (from_person, into_person, patients, actor, reason)"
                            + " values (?, ?, ?, ?, ?) returning id")) {
                ps.setLong(1, from);
                ps.setLong(2, into);
                ps.setArray(3, array);
                ps.setString(4, actor);
                ps.setString(5, reason);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    void markUnmerged(long id, String actor) {
        jdbc.update("update record.person_merge set unmerged_at = now(), unmerged_by = ? where id = ?", actor, id);
    }

    void moveLinks(List<String> patients, long person, String method) {
        jdbc.update(
                "update record.person_link set person_id = ?, method = ? where patient_id = any(?)",
                person,
                method,
                patients.toArray(String[]::new));
        String pseudonym = facts.pseudonym(person);
        for (String table : List.of(
                "fact_person",
                "fact_condition",
                "fact_observation",
                "fact_encounter",
                "fact_death",
                "fact_waiting_list")) {
            jdbc.update(
                    "update record." + table + " set pseudonym = ? where patient_id = any(?)",
                    pseudonym,
                    patients.toArray(String[]::new));
        }
    }

    // ---- relationships for access decisions ----

    /** Rows of patient, organisation, relationship, the record it comes from and who wrote that record. */
    void relate(Collection<List<String>> rows) {
        jdbc.batchUpdate(
                "insert into record.patient_organisation (patient_id, organisation, relationship, source_resource, written_by)"
                        + " values (?, ?, ?, ?, ?) on conflict do nothing",
                new ArrayList<>(rows),
                1000,
                (ps, r) -> {
                    for (int i = 0; i < 5; i++) {
                        ps.setString(i + 1, r.get(i));
                    }
                });
    }

    /**
     * What access decisions need to know of a person: its NHS number and, over every patient record of the person,
     * organisation → relationship in words.
     */
    record PersonRelations(Optional<String> nhsNumber, Map<String, String> organisations) {}

    /**
     * For many persons in two queries (a page of search results, a cohort's candidates); persons that do not exist
     * are absent from the result.
     */
    Map<Long, PersonRelations> relationsOf(java.util.Collection<Long> persons) {
        Long[] ids = persons.stream().distinct().toArray(Long[]::new);
        Map<Long, PersonRelations> result = new HashMap<>();
        jdbc.query(
                "select id, nhs_number from record.person where id = any(?)",
                rs -> {
                    result.put(
                            rs.getLong(1), new PersonRelations(Optional.ofNullable(rs.getString(2)), new HashMap<>()));
                },
                (Object) ids);
        jdbc.query(
                "select l.person_id, o.organisation, o.relationship, o.source_resource, o.written_by from record.patient_organisation o"
                        + " join record.person_link l on l.patient_id = o.patient_id where l.person_id = any(?)"
                        + " order by l.person_id, o.relationship, o.source_resource",
                rs -> {
                    PersonRelations relations = result.get(rs.getLong(1));
                    if (relations != null) {
                        relations
                                .organisations()
                                .putIfAbsent(
                                        rs.getString(2),
                                        rs.getString(3) + provenance(rs.getString(4), rs.getString(5)));
                    }
                },
                (Object) ids);
        return result;
    }

    /** The record a relationship relies on, and who wrote it, as the access decision's reason names them. */
    private static String provenance(String resource, String writtenBy) {
        return resource == null
                ? ""
                : " (from " + resource + (writtenBy == null ? "" : ", written by " + writtenBy) + ")";
    }

    /** The person each of these patient records is linked to (absent when none). */
    Map<String, Long> personsOfPatients(Collection<String> patients) {
        Map<String, Long> result = new HashMap<>();
        jdbc.query(
                "select patient_id, person_id from record.person_link where patient_id = any(?)",
                rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                },
                (Object) patients.stream().distinct().toArray(String[]::new));
        return result;
    }

    static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    // ---- reads for the FHIR server and pages ----

    record Stored(String type, String id, int version, String body, String source, Instant updated) {}

    private static final RowMapper<Stored> STORED = (rs, n) -> new Stored(
            rs.getString("type"),
            rs.getString("id"),
            rs.getInt("version"),
            rs.getString("body"),
            rs.getString("source"),
            rs.getTimestamp("updated_at").toInstant());

    Optional<Stored> read(String type, String id) {
        return jdbc
                .query(
                        "select type, id, version, body::text as body, source, updated_at from record.resource where type = ? and id = ?",
                        STORED,
                        type,
                        id)
                .stream()
                .findFirst();
    }

    Optional<Stored> readVersion(String type, String id, int version) {
        // a history row without a body is the current version
        return jdbc
                .query(
                        "select v.type, v.id, v.version, coalesce(v.body, r.body)::text as body, v.source, v.received_at as updated_at"
                                + " from record.resource_version v join record.resource r on r.type = v.type and r.id = v.id"
                                + " where v.type = ? and v.id = ? and v.version = ? and (v.body is not null or r.version = v.version)",
                        STORED,
                        type,
                        id,
                        version)
                .stream()
                .findFirst();
    }

    Optional<String> patientOf(String type, String id) {
        return jdbc
                .query(
                        "select patient_id from record.resource where type = ? and id = ?",
                        (rs, n) -> rs.getString(1),
                        type,
                        id)
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    Optional<Long> personOfPatient(String patientId) {
        return jdbc
                .query(
                        "select person_id from record.person_link where patient_id = ?",
                        (rs, n) -> rs.getLong(1),
                        patientId)
                .stream()
                .findFirst();
    }

    List<Stored> search(String sql, Object... args) {
        return jdbc.query(
                "select type, id, version, body::text as body, source, updated_at from record.resource where " + sql,
                STORED,
                args);
    }

    /** Every current resource of every patient record linked to the person. */
    List<Stored> everything(long person) {
        return jdbc.query(
                "select r.type, r.id, r.version, r.body::text as body, r.source, r.updated_at from record.resource r"
                        + " join record.person_link l on l.patient_id = r.patient_id where l.person_id = ? order by r.type, r.id",
                STORED,
                person);
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from record." + table, Long.class);
    }
}
