package org.openics.engagement.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openics.engagement.AgeBand;
import org.openics.engagement.Consultation;
import org.openics.engagement.Document;
import org.openics.engagement.Finding;
import org.openics.engagement.LogEntry;
import org.openics.engagement.Question;
import org.openics.engagement.QuestionKind;
import org.openics.engagement.Theme;
import org.openics.engagement.analysis.ResponseRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The engagement schema: consultations with their documents and questions, responses with their answers, the log. */
@Repository
class JdbcEngagementStore {

    private final JdbcTemplate jdbc;

    JdbcEngagementStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Consultation> consultations() {
        Map<String, List<Document>> documents = new HashMap<>();
        jdbc.query("select * from engagement.document order by consultation, position", (ResultSet rs) -> {
            documents
                    .computeIfAbsent(rs.getString("consultation"), k -> new ArrayList<>())
                    .add(new Document(rs.getString("title"), rs.getString("address")));
        });
        Map<String, List<Question>> questions = new HashMap<>();
        jdbc.query("select * from engagement.question order by consultation, position", (ResultSet rs) -> {
            questions
                    .computeIfAbsent(rs.getString("consultation"), k -> new ArrayList<>())
                    .add(question(rs));
        });
        return jdbc.query(
                "select * from engagement.consultation order by opens desc, code",
                (rs, n) -> new Consultation(
                        rs.getString("code"),
                        rs.getString("title"),
                        rs.getString("summary"),
                        rs.getString("owner_body"),
                        rs.getString("audience"),
                        rs.getDate("opens").toLocalDate(),
                        rs.getDate("closes").toLocalDate(),
                        rs.getDate("internal_deadline").toLocalDate(),
                        documents.getOrDefault(rs.getString("code"), List.of()),
                        questions.getOrDefault(rs.getString("code"), List.of()),
                        rs.getBoolean("one_per_person"),
                        strings(rs, "audience_places")));
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Question question(ResultSet rs) throws SQLException {
        Array options = rs.getArray("options");
        return new Question(
                rs.getString("key"),
                QuestionKind.valueOf(rs.getString("kind")),
                rs.getString("text"),
                Arrays.asList((String[]) options.getArray()),
                rs.getInt("scale_min"),
                rs.getInt("scale_max"),
                rs.getBoolean("required"));
    }

    boolean exists(String code) {
        Integer n =
                jdbc.queryForObject("select count(*) from engagement.consultation where code = ?", Integer.class, code);
        return n != null && n > 0;
    }

    boolean hasConsultations() {
        Integer n = jdbc.queryForObject("select count(*) from engagement.consultation", Integer.class);
        return n != null && n > 0;
    }

    void insert(Consultation c, String by, Instant at) {
        jdbc.update(con -> {
            var ps = con.prepareStatement(
                    "insert into engagement.consultation (code, title, summary, owner_body, audience, opens, closes, "
                            + "internal_deadline, created_by, created_at, one_per_person, audience_places) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            ps.setString(1, c.code());
            ps.setString(2, c.title());
            ps.setString(3, c.summary());
            ps.setString(4, c.ownerBody());
            ps.setString(5, c.audience());
            ps.setDate(6, Date.valueOf(c.opens()));
            ps.setDate(7, Date.valueOf(c.closes()));
            ps.setDate(8, Date.valueOf(c.internalDeadline()));
            ps.setString(9, by);
            ps.setTimestamp(10, Timestamp.from(at));
            ps.setBoolean(11, c.onePerPerson());
            ps.setArray(12, con.createArrayOf("text", c.audiencePlaces().toArray()));
            return ps;
        });
        insertParts(c);
    }

    /** Replaces what staff may edit (not the code, who made it, or the responses); documents and questions anew. */
    void update(Consultation c, String by, Instant at) {
        jdbc.update(con -> {
            var ps = con.prepareStatement(
                    "update engagement.consultation set title = ?, summary = ?, owner_body = ?, audience = ?, opens = ?, "
                            + "closes = ?, internal_deadline = ?, one_per_person = ?, audience_places = ?, updated_by = ?, updated_at = ? where code = ?");
            ps.setString(1, c.title());
            ps.setString(2, c.summary());
            ps.setString(3, c.ownerBody());
            ps.setString(4, c.audience());
            ps.setDate(5, Date.valueOf(c.opens()));
            ps.setDate(6, Date.valueOf(c.closes()));
            ps.setDate(7, Date.valueOf(c.internalDeadline()));
            ps.setBoolean(8, c.onePerPerson());
            ps.setArray(9, con.createArrayOf("text", c.audiencePlaces().toArray()));
            ps.setString(10, by);
            ps.setTimestamp(11, Timestamp.from(at));
            ps.setString(12, c.code());
            return ps;
        });
        jdbc.update("delete from engagement.document where consultation = ?", c.code());
        jdbc.update("delete from engagement.question where consultation = ?", c.code());
        insertParts(c);
    }

    /** The keys of the questions of a consultation that have at least one answer. */
    Set<String> answeredKeys(String consultation) {
        return new java.util.HashSet<>(jdbc.queryForList(
                "select distinct a.key from engagement.answer a join engagement.response r on r.id = a.response "
                        + "where r.consultation = ?",
                String.class,
                consultation));
    }

    private void insertParts(Consultation c) {
        for (int i = 0; i < c.documents().size(); i++) {
            Document d = c.documents().get(i);
            jdbc.update(
                    "insert into engagement.document (consultation, position, title, address) values (?, ?, ?, ?)",
                    c.code(),
                    i,
                    d.title(),
                    d.address());
        }
        for (int i = 0; i < c.questions().size(); i++) {
            Question q = c.questions().get(i);
            int position = i;
            jdbc.update(con -> {
                var ps = con.prepareStatement(
                        "insert into engagement.question (consultation, position, key, kind, text, "
                                + "options, scale_min, scale_max, required) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                ps.setString(1, c.code());
                ps.setInt(2, position);
                ps.setString(3, q.key());
                ps.setString(4, q.kind().name());
                ps.setString(5, q.text());
                ps.setArray(6, con.createArrayOf("text", q.options().toArray()));
                ps.setInt(7, q.scaleMin());
                ps.setInt(8, q.scaleMax());
                ps.setBoolean(9, q.required());
                return ps;
            });
        }
    }

    void insertResponse(String consultation, String reference, Instant at, Map<String, String> answers) {
        insertResponse(consultation, reference, at, answers, null, null, null);
    }

    void insertResponse(
            String consultation,
            String reference,
            Instant at,
            Map<String, String> answers,
            String personKey,
            String place,
            String ageBand) {
        insertResponse(consultation, reference, at, answers, personKey, place, ageBand, null, null);
    }

    void insertResponse(
            String consultation,
            String reference,
            Instant at,
            Map<String, String> answers,
            String personKey,
            String place,
            String ageBand,
            String lsoa,
            String ethnicGroup) {
        Long id = jdbc.queryForObject(
                "insert into engagement.response (consultation, reference, received_at, person_key, place, age_band, "
                        + "lsoa, ethnic_group) values (?, ?, ?, ?, ?, ?, ?, ?) returning id",
                Long.class,
                consultation,
                reference,
                Timestamp.from(at),
                personKey,
                place,
                ageBand,
                lsoa,
                ethnicGroup);
        answers.forEach((key, value) ->
                jdbc.update("insert into engagement.answer (response, key, value) values (?, ?, ?)", id, key, value));
    }

    long responseCount(String consultation) {
        Long n = jdbc.queryForObject(
                "select count(*) from engagement.response where consultation = ?", Long.class, consultation);
        return n == null ? 0 : n;
    }

    /** The answers of one response, by reference (for tests and, later, staff analysis). */
    Map<String, String> answers(String reference) {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        jdbc.query(
                "select a.key, a.value from engagement.answer a join engagement.response r on r.id = a.response "
                        + "where r.reference = ? order by a.key",
                (ResultSet rs) -> {
                    answers.put(rs.getString(1), rs.getString(2));
                },
                reference);
        return answers;
    }

    boolean responded(String consultation, String personKey) {
        Integer n = jdbc.queryForObject(
                "select count(*) from engagement.response where consultation = ? and person_key = ?",
                Integer.class,
                consultation,
                personKey);
        return n != null && n > 0;
    }

    /** Every response of a consultation with its answers and coded themes, oldest first. */
    List<ResponseRow> responses(String consultation) {
        Map<Long, Map<String, String>> answers = new HashMap<>();
        jdbc.query(
                "select a.response, a.key, a.value from engagement.answer a join engagement.response r on r.id = a.response "
                        + "where r.consultation = ?",
                (ResultSet rs) -> {
                    answers.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeMap<>())
                            .put(rs.getString(2), rs.getString(3));
                },
                consultation);
        Map<Long, Map<String, Set<String>>> themes = new HashMap<>();
        jdbc.query(
                "select c.response, c.key, c.theme from engagement.coding c join engagement.response r on r.id = c.response "
                        + "where r.consultation = ?",
                (ResultSet rs) -> {
                    themes.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new java.util.TreeSet<>())
                            .add(rs.getString(3));
                },
                consultation);
        return jdbc.query(
                "select * from engagement.response where consultation = ? order by received_at, id",
                (rs, n) -> new ResponseRow(
                        rs.getString("reference"),
                        rs.getTimestamp("received_at").toInstant(),
                        Optional.ofNullable(rs.getString("place")),
                        AgeBand.parse(rs.getString("age_band")),
                        Optional.ofNullable(rs.getString("lsoa")),
                        org.openics.engagement.EthnicGroup.parse(rs.getString("ethnic_group")),
                        answers.getOrDefault(rs.getLong("id"), Map.of()),
                        themes.getOrDefault(rs.getLong("id"), Map.of())),
                consultation);
    }

    List<Theme> themes(String consultation) {
        return jdbc.query(
                "select code, label from engagement.theme where consultation = ? order by label",
                (rs, n) -> new Theme(rs.getString(1), rs.getString(2)),
                consultation);
    }

    void insertTheme(String consultation, Theme theme) {
        jdbc.update(
                "insert into engagement.theme (consultation, code, label) values (?, ?, ?)",
                consultation,
                theme.code(),
                theme.label());
    }

    /** The id of a response by its reference within a consultation. */
    Optional<Long> responseId(String consultation, String reference) {
        return jdbc
                .query(
                        "select id from engagement.response where consultation = ? and reference = ?",
                        (rs, n) -> rs.getLong(1),
                        consultation,
                        reference)
                .stream()
                .findFirst();
    }

    void setCoding(long response, String key, Set<String> themes, String by, Instant at) {
        jdbc.update("delete from engagement.coding where response = ? and key = ?", response, key);
        for (String theme : themes) {
            jdbc.update(
                    "insert into engagement.coding (response, key, theme, coded_by, coded_at) values (?, ?, ?, ?, ?)",
                    response,
                    key,
                    theme,
                    by,
                    Timestamp.from(at));
        }
    }

    void insertFinding(Finding f, String by, Instant at) {
        jdbc.update(
                "insert into engagement.finding (consultation, theme, you_said, we_did, decision, indicator, recorded_by, recorded_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)",
                f.consultation(),
                f.theme().orElse(null),
                f.youSaid(),
                f.weDid(),
                f.decision().orElse(null),
                f.indicator().orElse(null),
                by,
                Timestamp.from(at));
    }

    List<Finding> findings() {
        return jdbc.query(
                "select * from engagement.finding order by consultation, id",
                (rs, n) -> new Finding(
                        rs.getString("consultation"),
                        Optional.ofNullable(rs.getString("theme")),
                        rs.getString("you_said"),
                        rs.getString("we_did"),
                        Optional.ofNullable((Long) rs.getObject("decision", Long.class)),
                        Optional.ofNullable(rs.getString("indicator"))));
    }

    void log(String who, Instant at, String action, String subject) {
        jdbc.update(
                "insert into engagement.log (who, at, action, subject) values (?, ?, ?, ?)",
                who,
                Timestamp.from(at),
                action,
                subject);
    }

    List<LogEntry> log() {
        return jdbc.query(
                "select * from engagement.log order by id",
                (rs, n) -> new LogEntry(
                        rs.getString("who"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("action"),
                        rs.getString("subject")));
    }
}
