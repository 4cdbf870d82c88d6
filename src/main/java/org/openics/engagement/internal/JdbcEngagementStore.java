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
import org.openics.engagement.Consultation;
import org.openics.engagement.Document;
import org.openics.engagement.LogEntry;
import org.openics.engagement.Question;
import org.openics.engagement.QuestionKind;
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
            documents.computeIfAbsent(rs.getString("consultation"), k -> new ArrayList<>())
                    .add(new Document(rs.getString("title"), rs.getString("address")));
        });
        Map<String, List<Question>> questions = new HashMap<>();
        jdbc.query("select * from engagement.question order by consultation, position", (ResultSet rs) -> {
            questions.computeIfAbsent(rs.getString("consultation"), k -> new ArrayList<>()).add(question(rs));
        });
        return jdbc.query("select * from engagement.consultation order by opens desc, code", (rs, n) -> new Consultation(
                rs.getString("code"), rs.getString("title"), rs.getString("summary"), rs.getString("owner_body"),
                rs.getString("audience"), rs.getDate("opens").toLocalDate(), rs.getDate("closes").toLocalDate(),
                rs.getDate("internal_deadline").toLocalDate(), documents.getOrDefault(rs.getString("code"), List.of()),
                questions.getOrDefault(rs.getString("code"), List.of())));
    }

    private static Question question(ResultSet rs) throws SQLException {
        Array options = rs.getArray("options");
        return new Question(rs.getString("key"), QuestionKind.valueOf(rs.getString("kind")), rs.getString("text"),
                Arrays.asList((String[]) options.getArray()), rs.getInt("scale_min"), rs.getInt("scale_max"),
                rs.getBoolean("required"));
    }

    boolean exists(String code) {
        Integer n = jdbc.queryForObject("select count(*) from engagement.consultation where code = ?", Integer.class, code);
        return n != null && n > 0;
    }

    boolean hasConsultations() {
        Integer n = jdbc.queryForObject("select count(*) from engagement.consultation", Integer.class);
        return n != null && n > 0;
    }

    void insert(Consultation c, String by, Instant at) {
        jdbc.update("insert into engagement.consultation (code, title, summary, owner_body, audience, opens, closes, "
                        + "internal_deadline, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.code(), c.title(), c.summary(), c.ownerBody(), c.audience(), Date.valueOf(c.opens()),
                Date.valueOf(c.closes()), Date.valueOf(c.internalDeadline()), by, Timestamp.from(at));
        for (int i = 0; i < c.documents().size(); i++) {
            Document d = c.documents().get(i);
            jdbc.update("insert into engagement.document (consultation, position, title, address) values (?, ?, ?, ?)",
                    c.code(), i, d.title(), d.address());
        }
        for (int i = 0; i < c.questions().size(); i++) {
            Question q = c.questions().get(i);
            int position = i;
            jdbc.update(con -> {
                var ps = con.prepareStatement("insert into engagement.question (consultation, position, key, kind, text, "
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
        Long id = jdbc.queryForObject("insert into engagement.response (consultation, reference, received_at) values (?, ?, ?) "
                + "returning id", Long.class, consultation, reference, Timestamp.from(at));
        answers.forEach((key, value) -> jdbc.update("insert into engagement.answer (response, key, value) values (?, ?, ?)",
                id, key, value));
    }

    long responseCount(String consultation) {
        Long n = jdbc.queryForObject("select count(*) from engagement.response where consultation = ?", Long.class, consultation);
        return n == null ? 0 : n;
    }

    /** The answers of one response, by reference (for tests and, later, staff analysis). */
    Map<String, String> answers(String reference) {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        jdbc.query("select a.key, a.value from engagement.answer a join engagement.response r on r.id = a.response "
                + "where r.reference = ? order by a.key", (ResultSet rs) -> {
            answers.put(rs.getString(1), rs.getString(2));
        }, reference);
        return answers;
    }

    void log(String who, Instant at, String action, String subject) {
        jdbc.update("insert into engagement.log (who, at, action, subject) values (?, ?, ?, ?)", who, Timestamp.from(at), action, subject);
    }

    List<LogEntry> log() {
        return jdbc.query("select * from engagement.log order by id", (rs, n) -> new LogEntry(rs.getString("who"),
                rs.getTimestamp("at").toInstant(), rs.getString("action"), rs.getString("subject")));
    }
}
