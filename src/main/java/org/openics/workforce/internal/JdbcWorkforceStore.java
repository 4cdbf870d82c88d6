package org.openics.workforce.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.openics.kernel.Actor;
import org.openics.kernel.OdsCode;
import org.openics.workforce.Denominator;
import org.openics.workforce.Deployment;
import org.openics.workforce.DeploymentKind;
import org.openics.workforce.StaffGroup;
import org.openics.workforce.StaffingFigure;
import org.openics.workforce.WorkforcePlan;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The workforce schema: returns keyed by organisation, group, place and period; deployments; the change log. */
@Repository
class JdbcWorkforceStore {

    private final JdbcTemplate jdbc;

    JdbcWorkforceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a figure unless the same one is there; true when something was written (new or changed). */
    boolean upsert(StaffingFigure f, String source, String by, Instant at) {
        return jdbc.update(
                        """
                insert into workforce.staffing (organisation, staff_group, place, period, in_post_fte, headcount, establishment_fte, leavers,
                    sickness_days_lost, sickness_days_available, agency_fte, bank_fte, source, loaded_by, loaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (organisation, staff_group, place, period) do update set in_post_fte = excluded.in_post_fte,
                    headcount = excluded.headcount, establishment_fte = excluded.establishment_fte, leavers = excluded.leavers,
                    sickness_days_lost = excluded.sickness_days_lost, sickness_days_available = excluded.sickness_days_available,
                    agency_fte = excluded.agency_fte, bank_fte = excluded.bank_fte, source = excluded.source,
                    loaded_by = excluded.loaded_by, loaded_at = excluded.loaded_at
                where (workforce.staffing.in_post_fte, workforce.staffing.headcount, workforce.staffing.establishment_fte,
                       workforce.staffing.leavers, workforce.staffing.sickness_days_lost, workforce.staffing.sickness_days_available,
                       workforce.staffing.agency_fte, workforce.staffing.bank_fte)
                   is distinct from (excluded.in_post_fte, excluded.headcount, excluded.establishment_fte, excluded.leavers,
                       excluded.sickness_days_lost, excluded.sickness_days_available, excluded.agency_fte, excluded.bank_fte)
                """,
                        f.organisation().value(),
                        f.group().name(),
                        f.place(),
                        Date.valueOf(f.period()),
                        decimal(f.inPostFte()),
                        f.headcount(),
                        value(f.establishmentFte()),
                        f.leavers().isPresent() ? f.leavers().getAsInt() : null,
                        value(f.sicknessDaysLost()),
                        value(f.sicknessDaysAvailable()),
                        value(f.agencyFte()),
                        value(f.bankFte()),
                        source,
                        by,
                        Timestamp.from(at))
                > 0;
    }

    List<StaffingFigure> figures(LocalDate onOrBefore) {
        return jdbc.query(
                "select * from workforce.staffing where period <= ? order by organisation, staff_group, place, period",
                (rs, n) -> new StaffingFigure(
                        OdsCode.of(rs.getString("organisation")),
                        StaffGroup.valueOf(rs.getString("staff_group")),
                        rs.getString("place"),
                        rs.getDate("period").toLocalDate(),
                        rs.getBigDecimal("in_post_fte").doubleValue(),
                        rs.getInt("headcount"),
                        optional(rs, "establishment_fte"),
                        optionalInt(rs, "leavers"),
                        optional(rs, "sickness_days_lost"),
                        optional(rs, "sickness_days_available"),
                        optional(rs, "agency_fte"),
                        optional(rs, "bank_fte")),
                Date.valueOf(onOrBefore));
    }

    boolean hasFigures() {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from workforce.staffing)", Boolean.class));
    }

    /** Stores a deployment; empty when the same one (staff id, kind, organisations, start) is there already. */
    Optional<Deployment> insert(Deployment d, String by, Instant at) {
        List<Long> ids = jdbc.queryForList(
                """
                insert into workforce.deployment (pseudonym, kind, from_organisation, to_organisation, staff_group, fte, start_date, end_date,
                    recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id""",
                Long.class,
                d.pseudonym(),
                d.kind().name(),
                d.fromOrganisation(),
                d.toOrganisation(),
                d.group().name(),
                decimal(d.fte()),
                Date.valueOf(d.start()),
                d.end().map(Date::valueOf).orElse(null),
                by,
                Timestamp.from(at));
        return ids.stream().findFirst().map(d::withId);
    }

    List<Deployment> deployments() {
        return jdbc.query(
                "select * from workforce.deployment order by start_date desc, id desc",
                (rs, n) -> new Deployment(
                        rs.getLong("id"),
                        rs.getString("pseudonym"),
                        DeploymentKind.valueOf(rs.getString("kind")),
                        rs.getString("from_organisation"),
                        rs.getString("to_organisation"),
                        StaffGroup.valueOf(rs.getString("staff_group")),
                        rs.getBigDecimal("fte").doubleValue(),
                        rs.getDate("start_date").toLocalDate(),
                        Optional.ofNullable(rs.getDate("end_date")).map(Date::toLocalDate)));
    }

    /** Saves a plan, keyed by group, place and population; the stored plan and whether anything changed. */
    SavedPlan savePlan(WorkforcePlan p, String by, Instant at) {
        List<Long> changed = jdbc.queryForList(
                """
                insert into workforce.plan (title, staff_group, place, denominator, target_per_10k, baseline_date, target_date, saved_by, saved_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (staff_group, place, denominator) do update set title = excluded.title, target_per_10k = excluded.target_per_10k,
                    baseline_date = excluded.baseline_date, target_date = excluded.target_date, saved_by = excluded.saved_by,
                    saved_at = excluded.saved_at
                where (workforce.plan.title, workforce.plan.target_per_10k, workforce.plan.baseline_date, workforce.plan.target_date)
                    is distinct from (excluded.title, excluded.target_per_10k, excluded.baseline_date, excluded.target_date)
                returning id""",
                Long.class,
                p.title(),
                p.group().name(),
                p.place(),
                p.per().name(),
                decimal(p.targetPer10k()),
                Date.valueOf(p.baseline()),
                Date.valueOf(p.targetDate()),
                by,
                Timestamp.from(at));
        long id = changed.isEmpty()
                ? jdbc.queryForObject(
                        "select id from workforce.plan where staff_group = ? and place = ? and denominator = ?",
                        Long.class,
                        p.group().name(),
                        p.place(),
                        p.per().name())
                : changed.get(0);
        return new SavedPlan(p.withId(id), !changed.isEmpty());
    }

    record SavedPlan(WorkforcePlan plan, boolean changed) {}

    List<WorkforcePlan> plans() {
        return jdbc.query(
                "select * from workforce.plan order by staff_group, place, denominator",
                (rs, n) -> new WorkforcePlan(
                        rs.getLong("id"),
                        rs.getString("title"),
                        StaffGroup.valueOf(rs.getString("staff_group")),
                        rs.getString("place"),
                        Denominator.valueOf(rs.getString("denominator")),
                        rs.getBigDecimal("target_per_10k").doubleValue(),
                        rs.getDate("baseline_date").toLocalDate(),
                        rs.getDate("target_date").toLocalDate()));
    }

    void log(Actor actor, String action, String detail, Instant at) {
        jdbc.update(
                "insert into workforce.change_log (at, actor, role, action, detail) values (?, ?, ?, ?, ?)",
                Timestamp.from(at),
                actor.username(),
                actor.role().name(),
                action,
                detail);
    }

    /** The change log, newest first: who, when, what. */
    List<String> changeLog(int limit) {
        return jdbc.query(
                "select * from workforce.change_log order by id desc limit ?",
                (rs, n) -> rs.getTimestamp("at").toInstant() + " " + rs.getString("actor") + " (" + rs.getString("role")
                        + ") " + rs.getString("action") + ": " + rs.getString("detail"),
                limit);
    }

    private static BigDecimal decimal(double fte) {
        return BigDecimal.valueOf(fte).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal value(OptionalDouble v) {
        return v.isPresent() ? decimal(v.getAsDouble()) : null;
    }

    private static OptionalDouble optional(ResultSet rs, String column) throws SQLException {
        BigDecimal v = rs.getBigDecimal(column);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v.doubleValue());
    }

    private static OptionalInt optionalInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
    }
}
