package org.openics.governance.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.governance.AgendaItem;
import org.openics.governance.ItemPurpose;
import org.openics.governance.Meeting;
import org.openics.governance.MeetingDeclaration;
import org.openics.governance.Minutes;
import org.openics.governance.Paper;
import org.openics.governance.ProposedDecision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Meetings, their agenda items, papers and declarations (schema {@code governance}); a meeting is saved whole. */
@Repository
class JdbcMeetingStore {

    private final JdbcTemplate jdbc;

    JdbcMeetingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new meeting or replaces a stored one with its items, papers and declarations; returns its id. */
    long save(Meeting m) {
        Minutes minutes = m.minutes();
        Object[] values = {
            m.body(),
            Date.valueOf(m.date()),
            m.title(),
            m.location(),
            m.present().stream().sorted().toArray(String[]::new),
            m.inAttendance().toArray(String[]::new),
            minutes == null ? null : minutes.publicPart(),
            minutes == null ? null : minutes.privatePart(),
            minutes == null ? null : minutes.approvedAtMeeting(),
            minutes == null || minutes.approvedOn() == null ? null : Date.valueOf(minutes.approvedOn())
        };
        long id;
        if (m.id() == 0) {
            id = jdbc.queryForObject(
                    "insert into governance.meeting (body, meeting_date, title, location, present, in_attendance, minutes_public,"
                            + " minutes_private, minutes_approved_at, minutes_approved_on) values (?,?,?,?,?,?,?,?,?,?) returning id",
                    Long.class,
                    values);
        } else {
            id = m.id();
            Object[] withId = Arrays.copyOf(values, values.length + 1);
            withId[values.length] = id;
            jdbc.update(
                    "update governance.meeting set body = ?, meeting_date = ?, title = ?, location = ?, present = ?, in_attendance = ?,"
                            + " minutes_public = ?, minutes_private = ?, minutes_approved_at = ?, minutes_approved_on = ? where id = ?",
                    withId);
            jdbc.update("delete from governance.meeting_declaration where meeting = ?", id);
            jdbc.update("delete from governance.agenda_item where meeting = ?", id);
        }
        for (AgendaItem i : m.items()) {
            ProposedDecision d = i.decision();
            jdbc.update(
                    "insert into governance.agenda_item (meeting, number, title, purpose, presenter, confidential_ground, proposal, function,"
                            + " value_pounds, place, counterparties, decision) values (?,?,?,?,?,?,?,?,?,?,?,?)",
                    id,
                    i.number(),
                    i.title(),
                    i.purpose().name(),
                    i.presenter(),
                    i.confidentialGround(),
                    i.proposal(),
                    d == null ? null : d.function(),
                    d == null ? null : d.valuePounds(),
                    d == null ? null : d.place(),
                    d == null ? new String[0] : d.counterparties().toArray(String[]::new),
                    i.decisionSequence());
            for (Paper p : i.papers()) {
                jdbc.update(
                        "insert into governance.paper (meeting, item, title, author, link) values (?,?,?,?,?)",
                        id,
                        i.number(),
                        p.title(),
                        p.author(),
                        p.link());
            }
        }
        for (MeetingDeclaration d : m.declarations()) {
            jdbc.update(
                    "insert into governance.meeting_declaration (meeting, item, person, interest) values (?,?,?,?)",
                    id,
                    d.item(),
                    d.person(),
                    d.interest());
        }
        return id;
    }

    Optional<Meeting> find(long id) {
        return load("where id = ?", id).stream().findFirst();
    }

    /** Every meeting, by date. */
    List<Meeting> all() {
        return load("");
    }

    private List<Meeting> load(String where, Object... args) {
        Map<Long, java.time.LocalDate> dates = new HashMap<>();
        jdbc.query(
                "select id, meeting_date from governance.meeting " + where,
                rs -> {
                    dates.put(rs.getLong(1), rs.getDate(2).toLocalDate());
                },
                args);
        Map<Long, List<AgendaItem>> items = new HashMap<>();
        Map<String, List<Paper>> papers = new HashMap<>();
        String scope = where.isEmpty() ? "" : " where meeting in (select id from governance.meeting " + where + ")";
        jdbc.query(
                "select meeting, item, title, author, link from governance.paper" + scope + " order by id",
                rs -> {
                    papers.computeIfAbsent(rs.getLong(1) + "/" + rs.getInt(2), k -> new ArrayList<>())
                            .add(new Paper(rs.getString(3), rs.getString(4), rs.getString(5)));
                },
                args);
        jdbc.query(
                "select meeting, number, title, purpose, presenter, confidential_ground, proposal, function, value_pounds, place,"
                        + " counterparties, decision from governance.agenda_item" + scope + " order by meeting, number",
                rs -> {
                    long meeting = rs.getLong(1);
                    int number = rs.getInt(2);
                    ProposedDecision decision = rs.getString(8) == null
                            ? null
                            : new ProposedDecision(
                                    rs.getString(8),
                                    rs.getLong(9),
                                    rs.getString(10),
                                    Arrays.asList(strings(rs.getArray(11))),
                                    dates.get(meeting));
                    items.computeIfAbsent(meeting, k -> new ArrayList<>())
                            .add(new AgendaItem(
                                    number,
                                    rs.getString(3),
                                    ItemPurpose.valueOf(rs.getString(4)),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    decision,
                                    papers.getOrDefault(meeting + "/" + number, List.of()),
                                    rs.getObject(12, Long.class)));
                },
                args);
        Map<Long, List<MeetingDeclaration>> declarations = new HashMap<>();
        jdbc.query(
                "select meeting, person, item, interest from governance.meeting_declaration" + scope + " order by id",
                rs -> {
                    declarations
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new MeetingDeclaration(rs.getString(2), rs.getInt(3), rs.getString(4)));
                },
                args);
        return jdbc.query(
                "select id, body, meeting_date, title, location, present, in_attendance, minutes_public,"
                        + " minutes_private, minutes_approved_at, minutes_approved_on from governance.meeting " + where
                        + " order by meeting_date, id",
                (rs, n) -> meeting(rs, items, declarations),
                args);
    }

    private static Meeting meeting(
            ResultSet rs, Map<Long, List<AgendaItem>> items, Map<Long, List<MeetingDeclaration>> declarations)
            throws SQLException {
        long id = rs.getLong(1);
        Minutes minutes = rs.getString(8) == null
                ? null
                : new Minutes(
                        rs.getString(8),
                        rs.getString(9),
                        rs.getObject(10) != null,
                        rs.getObject(10, Long.class),
                        rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate());
        return new Meeting(
                id,
                rs.getString(2),
                rs.getDate(3).toLocalDate(),
                rs.getString(4),
                rs.getString(5),
                items.getOrDefault(id, List.of()),
                new LinkedHashSet<>(Arrays.asList(strings(rs.getArray(6)))),
                Arrays.asList(strings(rs.getArray(7))),
                declarations.getOrDefault(id, List.of()),
                minutes);
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
