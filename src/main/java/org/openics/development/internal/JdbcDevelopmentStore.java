package org.openics.development.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.development.Condition;
import org.openics.development.ConditionUpdate;
import org.openics.development.DevelopmentPlan;
import org.openics.development.Milestone;
import org.openics.development.MilestoneStatus;
import org.openics.development.Rag;
import org.openics.development.WorkArea;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The development schema: conditions with their append-only updates, work areas and milestones. */
@Repository
class JdbcDevelopmentStore {

    private final JdbcTemplate jdbc;

    JdbcDevelopmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Condition> conditions() {
        Map<String, List<ConditionUpdate>> updates = new LinkedHashMap<>();
        jdbc.query("select * from development.condition_update", (ResultSet rs) -> {
            ConditionUpdate u = new ConditionUpdate(
                    rs.getString("condition_id"),
                    rs.getDate("as_of").toLocalDate(),
                    Rag.valueOf(rs.getString("rag")),
                    rs.getString("note"),
                    rs.getString("author"),
                    rs.getTimestamp("recorded_at").toInstant());
            updates.computeIfAbsent(u.conditionId(), k -> new ArrayList<>()).add(u);
        });
        return jdbc.query(
                "select * from development.condition order by number",
                (rs, n) -> new Condition(
                        rs.getString("id"),
                        rs.getInt("number"),
                        rs.getString("title"),
                        rs.getString("description"),
                        updates.getOrDefault(rs.getString("id"), List.of())));
    }

    boolean hasConditions() {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from development.condition)", Boolean.class));
    }

    void insertCondition(Condition condition) {
        jdbc.update(
                "insert into development.condition (id, number, title, description) values (?, ?, ?, ?)",
                condition.id(),
                condition.number(),
                condition.title(),
                condition.description());
        condition.history().forEach(this::insertUpdate);
    }

    void insertUpdate(ConditionUpdate u) {
        jdbc.update(
                "insert into development.condition_update (condition_id, as_of, rag, note, author, recorded_at) values (?, ?, ?, ?, ?, ?)",
                u.conditionId(),
                Date.valueOf(u.asOf()),
                u.rag().name(),
                u.note(),
                u.author(),
                Timestamp.from(u.recordedAt()));
    }

    DevelopmentPlan plan() {
        Map<String, List<Milestone>> milestones = new LinkedHashMap<>();
        jdbc.query("select * from development.milestone", (ResultSet rs) -> {
            Milestone m = new Milestone(
                    rs.getString("id"),
                    rs.getString("work_area"),
                    rs.getString("title"),
                    Optional.ofNullable(rs.getDate("start_date")).map(Date::toLocalDate),
                    rs.getDate("due_date").toLocalDate(),
                    MilestoneStatus.valueOf(rs.getString("status")),
                    rs.getString("owner"),
                    texts(rs.getArray("indicators")));
            milestones.computeIfAbsent(m.workArea(), k -> new ArrayList<>()).add(m);
        });
        return new DevelopmentPlan(jdbc.query(
                "select * from development.work_area order by number",
                (rs, n) -> new WorkArea(
                        rs.getString("code"),
                        rs.getInt("number"),
                        rs.getString("title"),
                        rs.getString("lead"),
                        rs.getString("destination"),
                        rs.getString("approach"),
                        texts(rs.getArray("completed")),
                        milestones.getOrDefault(rs.getString("code"), List.of()))));
    }

    boolean hasPlan() {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from development.work_area)", Boolean.class));
    }

    void replacePlan(DevelopmentPlan plan, String author, Instant at) {
        jdbc.update("delete from development.work_area");
        for (WorkArea area : plan.areas()) {
            saveArea(area, author, at);
            area.milestones().forEach(m -> saveMilestone(m, author, at));
        }
    }

    void saveArea(WorkArea area, String author, Instant at) {
        jdbc.update(
                "insert into development.work_area (code, number, title, lead, destination, approach, completed, updated_by, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (code) do update set number = excluded.number, title = excluded.title,"
                        + " lead = excluded.lead, destination = excluded.destination, approach = excluded.approach,"
                        + " completed = excluded.completed, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
                area.code(),
                area.number(),
                area.title(),
                area.lead(),
                area.destination(),
                area.approach(),
                area.completed().toArray(String[]::new),
                author,
                Timestamp.from(at));
    }

    void saveMilestone(Milestone m, String author, Instant at) {
        jdbc.update(
                "insert into development.milestone (id, work_area, title, start_date, due_date, status, owner, indicators, updated_by, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do update set work_area = excluded.work_area,"
                        + " title = excluded.title, start_date = excluded.start_date, due_date = excluded.due_date, status = excluded.status,"
                        + " owner = excluded.owner, indicators = excluded.indicators, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
                m.id(),
                m.workArea(),
                m.title(),
                m.start().map(Date::valueOf).orElse(null),
                Date.valueOf(m.due()),
                m.status().name(),
                m.owner(),
                m.indicators().toArray(String[]::new),
                author,
                Timestamp.from(at));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
