package org.openics.analytics.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openics.analytics.AttributableDeaths;
import org.openics.analytics.Breakdown;
import org.openics.analytics.Change;
import org.openics.analytics.Comparison;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Inequality;
import org.openics.analytics.Level;
import org.openics.analytics.PopulationDescribed;
import org.openics.analytics.RefreshReport;
import org.openics.analytics.ValidityNote;
import org.openics.analytics.indicators.IndicatorEngine;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The refresh results in PostgreSQL (schema {@code analytics}), replaced whole by each refresh and read cheaply by index. */
@Repository
class ResultStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALUE_COLUMNS =
            "indicator_id, level, code, name, breakdown, category, period, numerator, denominator, value,"
                    + " lower95, upper95, lower998, upper998, suppressed, suppression_reason, vs_benchmark95, vs_benchmark998, vs_parent95, vs_parent998,"
                    + " note_reason, note_detail";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    ResultStore(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Latest TOTAL values of the given indicators, by indicator, level and code (to find what moved). */
    Map<String, IndicatorValue> currentTotals(Set<String> indicators) {
        Map<String, IndicatorValue> result = new HashMap<>();
        jdbc.query(
                "select " + VALUE_COLUMNS
                        + " from analytics.indicator_value where breakdown = 'TOTAL' and period_order = 10"
                        + " and indicator_id = any(?)",
                rs -> {
                    IndicatorValue v = VALUES.mapRow(rs, 0);
                    result.put(key(v), v);
                },
                (Object) indicators.toArray(String[]::new));
        return result;
    }

    static String key(IndicatorValue v) {
        return v.indicatorId() + "|" + v.level() + "|" + v.code();
    }

    void replace(
            IndicatorEngine.Results results,
            List<Change> changes,
            RefreshReport report,
            java.time.LocalDate reference) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute(
                    "truncate analytics.indicator_value, analytics.inequality, analytics.attributable_deaths, analytics.value_change");
            copy(
                    "analytics.indicator_value (" + VALUE_COLUMNS + ", period_order, parent, ancestors)",
                    valuesCsv(results.values()));
            jdbc.batchUpdate(
                    "insert into analytics.inequality (indicator_id, level, code, sii, sii_lower95, sii_upper95, rii, rii_lower95,"
                            + " rii_upper95, gap, sii_note_reason, sii_note_detail, rii_note_reason, rii_note_detail)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    results.inequalities(),
                    1000,
                    (ps, i) -> {
                        ps.setString(1, i.indicatorId());
                        ps.setString(2, i.level().name());
                        ps.setString(3, i.code());
                        ps.setObject(4, i.sii());
                        ps.setObject(5, i.siiLower95());
                        ps.setObject(6, i.siiUpper95());
                        ps.setObject(7, i.rii());
                        ps.setObject(8, i.riiLower95());
                        ps.setObject(9, i.riiUpper95());
                        ps.setObject(10, i.gapMostVsLeastDeprivedQuintile());
                        ps.setString(11, reason(i.siiNotCalculated()));
                        ps.setString(12, detail(i.siiNotCalculated()));
                        ps.setString(13, reason(i.riiNotCalculated()));
                        ps.setString(14, detail(i.riiNotCalculated()));
                    });
            jdbc.batchUpdate(
                    "insert into analytics.attributable_deaths (level, code, name, observed, expected, attributable, share, note_reason,"
                            + " note_detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    results.attributable(),
                    1000,
                    (ps, a) -> {
                        ps.setString(1, a.level().name());
                        ps.setString(2, a.code());
                        ps.setString(3, a.name());
                        ps.setLong(4, a.observed());
                        ps.setDouble(5, a.expected());
                        ps.setDouble(6, a.attributable());
                        ps.setObject(7, Double.isFinite(a.share()) ? a.share() : null);
                        ps.setString(8, reason(a.note()));
                        ps.setString(9, detail(a.note()));
                    });
            jdbc.batchUpdate(
                    "insert into analytics.value_change values (?, ?, ?, ?, ?, ?, ?)", changes, 1000, (ps, c) -> {
                        ps.setString(1, c.indicatorId());
                        ps.setString(2, c.level().name());
                        ps.setString(3, c.code());
                        ps.setObject(4, c.previous());
                        ps.setObject(5, c.current());
                        ps.setString(6, c.previousVsBenchmark95().name());
                        ps.setString(7, c.currentVsBenchmark95().name());
                    });
            try {
                jdbc.update(
                        "insert into analytics.refresh (finished_at, took_ms, persons, facts, indicators, value_count, notes, reference_date)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                        Timestamp.from(report.finishedAt()),
                        report.took().toMillis(),
                        report.persons(),
                        JSON.writeValueAsString(report.factsByKind()),
                        report.indicators(),
                        report.values(),
                        String.join("\n", report.notes()),
                        reference);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void copy(String target, String csv) {
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("copy " + target + " from stdin with (format csv)", new StringReader(csv));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String valuesCsv(List<IndicatorEngine.Stored> values) {
        StringBuilder csv = new StringBuilder(values.size() * 200);
        for (IndicatorEngine.Stored s : values) {
            IndicatorValue v = s.value();
            Object[] fields = {
                v.indicatorId(),
                v.level(),
                v.code(),
                v.name(),
                v.breakdown(),
                v.category(),
                v.period(),
                v.numerator(),
                v.denominator(),
                v.value(),
                v.lower95(),
                v.upper95(),
                v.lower998(),
                v.upper998(),
                v.suppressed(),
                v.suppressionReason(),
                v.vsBenchmark95(),
                v.vsBenchmark998(),
                v.vsParent95(),
                v.vsParent998(),
                reason(v.note()),
                detail(v.note()),
                s.periodOrder(),
                s.parent(),
                "{" + String.join(",", s.ancestors()) + "}"
            };
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                Object f = fields[i];
                if (f != null) {
                    String text = f.toString();
                    csv.append('"').append(text.replace("\"", "\"\"")).append('"');
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static final RowMapper<IndicatorValue> VALUES = (rs, n) -> new IndicatorValue(
            rs.getString("indicator_id"),
            Level.valueOf(rs.getString("level")),
            rs.getString("code"),
            rs.getString("name"),
            Breakdown.valueOf(rs.getString("breakdown")),
            rs.getString("category"),
            rs.getString("period"),
            number(rs, "numerator"),
            number(rs, "denominator"),
            number(rs, "value"),
            number(rs, "lower95"),
            number(rs, "upper95"),
            number(rs, "lower998"),
            number(rs, "upper998"),
            rs.getBoolean("suppressed"),
            rs.getString("suppression_reason"),
            Comparison.valueOf(rs.getString("vs_benchmark95")),
            Comparison.valueOf(rs.getString("vs_benchmark998")),
            Comparison.valueOf(rs.getString("vs_parent95")),
            Comparison.valueOf(rs.getString("vs_parent998")),
            note(rs, "note_reason", "note_detail"));

    private static String reason(ValidityNote note) {
        return note == null ? null : note.reason().name();
    }

    private static String detail(ValidityNote note) {
        return note == null ? null : note.detail();
    }

    private static ValidityNote note(ResultSet rs, String reasonColumn, String detailColumn) throws SQLException {
        String reason = rs.getString(reasonColumn);
        return reason == null
                ? null
                : new ValidityNote(
                        ValidityNote.Reason.valueOf(reason),
                        Objects.requireNonNullElse(rs.getString(detailColumn), ""));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    List<IndicatorValue> values(String indicator, Level level, Optional<String> parent) {
        return jdbc.query(
                "select " + VALUE_COLUMNS + " from analytics.indicator_value where indicator_id = ? and level = ?"
                        + " and breakdown = 'TOTAL' and period_order = 10 and (?::text is null or ?::text = any(ancestors)) order by name, code",
                VALUES,
                indicator,
                level.name(),
                parent.orElse(null),
                parent.orElse(null));
    }

    Optional<IndicatorValue> value(String indicator, Level level, String code) {
        return jdbc
                .query(
                        "select " + VALUE_COLUMNS
                                + " from analytics.indicator_value where indicator_id = ? and level = ? and code = ?"
                                + " and breakdown = 'TOTAL' and period_order = 10",
                        VALUES,
                        indicator,
                        level.name(),
                        code)
                .stream()
                .findFirst();
    }

    List<IndicatorValue> breakdown(String indicator, Level level, String code, Breakdown by) {
        List<IndicatorValue> values = new ArrayList<>(jdbc.query(
                "select " + VALUE_COLUMNS + " from analytics.indicator_value"
                        + " where indicator_id = ? and level = ? and code = ? and breakdown = ? and period_order = 10",
                VALUES,
                indicator,
                level.name(),
                code,
                by.name()));
        values.sort((a, b) -> compareCategories(a.category(), b.category()));
        return values;
    }

    static int compareCategories(String a, String b) {
        boolean na = a.chars().allMatch(Character::isDigit);
        boolean nb = b.chars().allMatch(Character::isDigit);
        if (na && nb) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return a.compareTo(b);
    }

    List<IndicatorValue> trend(String indicator, Level level, String code) {
        List<IndicatorValue> quarters = jdbc.query(
                "select " + VALUE_COLUMNS + " from analytics.indicator_value where indicator_id = ?"
                        + " and level = ? and code = ? and breakdown = 'TOTAL' and period_order < 10 order by period_order",
                VALUES,
                indicator,
                level.name(),
                code);
        return quarters.isEmpty() ? value(indicator, level, code).map(List::of).orElse(List.of()) : quarters;
    }

    Optional<Inequality> inequality(String indicator, Level level, String code) {
        List<Inequality> found = jdbc.query(
                "select * from analytics.inequality where indicator_id = ? and level = ? and code = ?",
                (rs, n) -> new Inequality(
                        indicator,
                        level,
                        code,
                        number(rs, "sii"),
                        number(rs, "sii_lower95"),
                        number(rs, "sii_upper95"),
                        number(rs, "rii"),
                        number(rs, "rii_lower95"),
                        number(rs, "rii_upper95"),
                        number(rs, "gap"),
                        breakdown(indicator, level, code, Breakdown.LOCAL_DEPRIVATION_DECILE),
                        note(rs, "sii_note_reason", "sii_note_detail"),
                        note(rs, "rii_note_reason", "rii_note_detail")),
                indicator,
                level.name(),
                code);
        return found.stream().findFirst();
    }

    Optional<AttributableDeaths> attributableDeaths(Level level, String code) {
        return jdbc
                .query(
                        "select * from analytics.attributable_deaths where level = ? and code = ?",
                        (rs, n) -> new AttributableDeaths(
                                level,
                                code,
                                rs.getString("name"),
                                rs.getLong("observed"),
                                rs.getDouble("expected"),
                                rs.getDouble("attributable"),
                                Optional.ofNullable(number(rs, "share")).orElse(Double.NaN),
                                note(rs, "note_reason", "note_detail")),
                        level.name(),
                        code)
                .stream()
                .findFirst();
    }

    List<Change> changes(Level level, String code) {
        return jdbc.query(
                "select * from analytics.value_change where level = ? and code = ? order by indicator_id",
                (rs, n) -> new Change(
                        rs.getString("indicator_id"),
                        level,
                        code,
                        number(rs, "previous"),
                        number(rs, "current"),
                        Comparison.valueOf(rs.getString("previous_vs_benchmark95")),
                        Comparison.valueOf(rs.getString("current_vs_benchmark95"))),
                level.name(),
                code);
    }

    /** Records which population the facts describe (replacing what was recorded); the record's people need no row. */
    void describe(PopulationDescribed d) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("delete from analytics.population_described");
            if (d.source() == PopulationDescribed.Source.RECORD) {
                return;
            }
            jdbc.update(
                    "insert into analytics.population_described (id, source, people, scale, seed, as_at, record_people, description)"
                            + " values (1, ?, ?, ?, ?, ?, ?, ?)",
                    d.source().name(),
                    d.people(),
                    d.scale(),
                    d.seed(),
                    d.asAt(),
                    d.recordPeople(),
                    d.description());
        });
    }

    /** The population recorded by {@link #describe}, if any. */
    Optional<PopulationDescribed> described() {
        return jdbc
                .query(
                        "select * from analytics.population_described",
                        (rs, n) -> new PopulationDescribed(
                                PopulationDescribed.Source.valueOf(rs.getString("source")),
                                rs.getLong("people"),
                                number(rs, "scale"),
                                rs.getObject("seed") == null ? null : rs.getLong("seed"),
                                rs.getObject("as_at", java.time.LocalDate.class),
                                rs.getObject("record_people") == null ? null : rs.getLong("record_people"),
                                rs.getString("description")))
                .stream()
                .findFirst();
    }

    Optional<java.time.LocalDate> lastReferenceDate() {
        return jdbc
                .query(
                        "select reference_date from analytics.refresh order by id desc limit 1",
                        (rs, n) -> rs.getObject(1, java.time.LocalDate.class))
                .stream()
                .findFirst();
    }

    Optional<RefreshReport> lastRefresh() {
        return jdbc
                .query("select * from analytics.refresh order by id desc limit 1", (rs, n) -> {
                    Map<String, Long> facts;
                    try {
                        facts = JSON.readValue(
                                rs.getString("facts"), new TypeReference<java.util.LinkedHashMap<String, Long>>() {});
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        facts = Map.of();
                    }
                    String notes = rs.getString("notes");
                    return new RefreshReport(
                            rs.getTimestamp("finished_at").toInstant(),
                            Duration.ofMillis(rs.getLong("took_ms")),
                            rs.getLong("persons"),
                            facts,
                            rs.getInt("indicators"),
                            rs.getLong("value_count"),
                            notes.isEmpty() ? List.of() : Arrays.asList(notes.split("\n")));
                })
                .stream()
                .findFirst();
    }
}
