package org.openics.finance.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.finance.Budget;
import org.openics.finance.FinanceChange;
import org.openics.finance.ForecastAdjustment;
import org.openics.finance.LedgerLine;
import org.openics.finance.NeedComponent;
import org.openics.finance.PooledFund;
import org.openics.finance.need.PracticeWeights;
import org.openics.kernel.Actor;
import org.openics.kernel.Money;
import org.openics.kernel.OdsCode;
import org.openics.kernel.PlaceCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The finance schema; nothing else reads it. */
@Repository
class JdbcFinanceStore {

    private final JdbcTemplate jdbc;

    JdbcFinanceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // --- weighted populations

    Optional<String> weightedDigest(String year) {
        return jdbc
                .query("select digest from finance.weighted_import where year = ?", (rs, n) -> rs.getString(1), year)
                .stream()
                .findFirst();
    }

    void replaceWeighted(
            String year, String file, String digest, List<PracticeWeights> practices, String by, Instant at) {
        jdbc.update("delete from finance.weighted_import where year = ?", year);
        jdbc.update(
                "insert into finance.weighted_import (year, file, digest, rows, imported_at, imported_by) values (?, ?, ?, ?, ?, ?)",
                year,
                file,
                digest,
                practices.size(),
                Timestamp.from(at),
                by);
        jdbc.batchUpdate(
                "insert into finance.practice_weight (year, practice, name, pcn, pcn_name, sub_icb, sub_icb_name, ics, ics_name, la,"
                        + " la_name, district, district_name, registered, weighted) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                practices,
                1000,
                (ps, p) -> {
                    ps.setString(1, year);
                    ps.setString(2, p.practice());
                    ps.setString(3, p.name());
                    ps.setString(4, p.pcn());
                    ps.setString(5, p.pcnName());
                    ps.setString(6, p.subIcb());
                    ps.setString(7, p.subIcbName());
                    ps.setString(8, p.ics());
                    ps.setString(9, p.icsName());
                    ps.setString(10, p.localAuthority());
                    ps.setString(11, p.localAuthorityName());
                    ps.setString(12, p.district());
                    ps.setString(13, p.districtName());
                    ps.setBigDecimal(14, p.registered());
                    BigDecimal[] w = new BigDecimal[NeedComponent.values().length];
                    for (NeedComponent c : NeedComponent.values()) {
                        w[c.ordinal()] = p.weighted().get(c);
                    }
                    ps.setArray(15, ps.getConnection().createArrayOf("numeric", w));
                });
    }

    List<String> weightedYears() {
        return jdbc.queryForList("select year from finance.weighted_import order by year desc", String.class);
    }

    List<PracticeWeights> practices(String year, String ics) {
        return jdbc.query(
                "select * from finance.practice_weight where year = ? and ics = ? order by practice",
                (rs, n) -> {
                    Map<NeedComponent, BigDecimal> weighted = new EnumMap<>(NeedComponent.class);
                    Array array = rs.getArray("weighted");
                    Object[] values = (Object[]) array.getArray();
                    for (NeedComponent c : NeedComponent.values()) {
                        if (c.ordinal() < values.length && values[c.ordinal()] != null) {
                            weighted.put(c, (BigDecimal) values[c.ordinal()]);
                        }
                    }
                    return new PracticeWeights(
                            rs.getString("practice"),
                            rs.getString("name"),
                            rs.getString("pcn"),
                            rs.getString("pcn_name"),
                            rs.getString("sub_icb"),
                            rs.getString("sub_icb_name"),
                            rs.getString("ics"),
                            rs.getString("ics_name"),
                            rs.getString("la"),
                            rs.getString("la_name"),
                            rs.getString("district"),
                            rs.getString("district_name"),
                            rs.getBigDecimal("registered"),
                            weighted);
                },
                year,
                ics);
    }

    // --- allocation runs

    long insertRun(String name, Instant at, String by, Long rerunOf, String inputs, String result) {
        return jdbc.queryForObject(
                "insert into finance.allocation_run (name, created_at, created_by, rerun_of, inputs, result)"
                        + " values (?, ?, ?, ?, ?, ?) returning id",
                Long.class,
                name,
                Timestamp.from(at),
                by,
                rerunOf,
                inputs,
                result);
    }

    record StoredRun(
            long id,
            String name,
            Instant createdAt,
            String createdBy,
            Optional<Long> rerunOf,
            String inputs,
            String result) {}

    List<StoredRun> runs() {
        return jdbc.query("select * from finance.allocation_run order by id desc", JdbcFinanceStore::run);
    }

    Optional<StoredRun> run(long id) {
        return jdbc.query("select * from finance.allocation_run where id = ?", JdbcFinanceStore::run, id).stream()
                .findFirst();
    }

    private static StoredRun run(ResultSet rs, int n) throws SQLException {
        long rerun = rs.getLong("rerun_of");
        Optional<Long> rerunOf = rs.wasNull() ? Optional.empty() : Optional.of(rerun);
        return new StoredRun(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rerunOf,
                rs.getString("inputs"),
                rs.getString("result"));
    }

    // --- budgets and pools

    void saveBudget(Budget b, String entry, String by, Instant at) {
        jdbc.update("delete from finance.budget where code = ?", b.code());
        jdbc.update(
                "insert into finance.budget (code, name, holder, function, place, organisation, pool, amount_pence, year, entry, set_by, set_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                b.code(),
                b.name(),
                b.holder(),
                b.function(),
                b.place() == null ? null : b.place().value(),
                b.organisation().value(),
                b.pool(),
                b.amount().pence(),
                b.year(),
                entry,
                by,
                Timestamp.from(at));
    }

    List<Budget> budgets() {
        return jdbc.query(
                "select * from finance.budget order by code",
                (rs, n) -> new Budget(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("holder"),
                        rs.getString("function"),
                        placeCode(rs.getString("place")),
                        OdsCode.of(rs.getString("organisation")),
                        rs.getString("pool"),
                        Money.ofPence(rs.getLong("amount_pence")),
                        rs.getString("year")));
    }

    boolean hasBudgets() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from finance.budget)", Boolean.class));
    }

    void savePool(PooledFund f) {
        jdbc.update("delete from finance.pooled_fund where code = ?", f.code());
        jdbc.update(
                "insert into finance.pooled_fund (code, name, host, place, year, basis) values (?, ?, ?, ?, ?, ?)",
                f.code(),
                f.name(),
                f.host().value(),
                f.place() == null ? null : f.place().value(),
                f.year(),
                f.basis().name());
        int position = 0;
        for (PooledFund.Partner p : f.partners()) {
            jdbc.update(
                    "insert into finance.pool_partner (pool, position, organisation, name, kind, contribution_pence, agreed_percent, cap_pence)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                    f.code(),
                    position++,
                    p.organisation().value(),
                    p.name(),
                    p.kind().name(),
                    p.contribution().pence(),
                    p.agreedPercent().orElse(null),
                    p.cap().map(Money::pence).orElse(null));
        }
    }

    List<PooledFund> pools() {
        Map<String, List<PooledFund.Partner>> partners = new LinkedHashMap<>();
        jdbc.query("select * from finance.pool_partner order by pool, position", (ResultSet rs) -> {
            long cap = rs.getLong("cap_pence");
            Optional<Money> capped = rs.wasNull() ? Optional.empty() : Optional.of(Money.ofPence(cap));
            partners.computeIfAbsent(rs.getString("pool"), k -> new ArrayList<>())
                    .add(new PooledFund.Partner(
                            OdsCode.of(rs.getString("organisation")),
                            rs.getString("name"),
                            PooledFund.PartnerKind.valueOf(rs.getString("kind")),
                            Money.ofPence(rs.getLong("contribution_pence")),
                            Optional.ofNullable(rs.getBigDecimal("agreed_percent")),
                            capped));
        });
        return jdbc.query(
                "select * from finance.pooled_fund order by code",
                (rs, n) -> new PooledFund(
                        rs.getString("code"),
                        rs.getString("name"),
                        OdsCode.of(rs.getString("host")),
                        placeCode(rs.getString("place")),
                        rs.getString("year"),
                        PooledFund.RiskBasis.valueOf(rs.getString("basis")),
                        partners.getOrDefault(rs.getString("code"), List.of())));
    }

    private static PlaceCode placeCode(String place) {
        return place == null || place.isBlank() ? null : PlaceCode.of(place);
    }

    // --- ledger

    record StoredLine(LedgerLine line, String file, long lineNumber) {}

    List<LedgerLine> ledger(YearMonth period, String organisation) {
        return jdbc.query(
                "select * from finance.ledger_line where period = ? and organisation = ? order by id",
                JdbcFinanceStore::line,
                period.toString(),
                organisation);
    }

    List<LedgerLine> ledger() {
        return jdbc.query(
                "select * from finance.ledger_line order by period, organisation, id", JdbcFinanceStore::line);
    }

    private static LedgerLine line(ResultSet rs, int n) throws SQLException {
        return new LedgerLine(
                YearMonth.parse(rs.getString("period")),
                OdsCode.of(rs.getString("organisation")),
                rs.getString("budget_code"),
                rs.getString("subjective"),
                Money.ofPence(rs.getLong("amount_pence")));
    }

    void replaceLedger(YearMonth period, String organisation, List<StoredLine> lines) {
        jdbc.update(
                "delete from finance.ledger_line where period = ? and organisation = ?",
                period.toString(),
                organisation);
        jdbc.batchUpdate(
                "insert into finance.ledger_line (period, organisation, budget_code, subjective, amount_pence, file, line)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                lines,
                1000,
                (ps, l) -> {
                    ps.setString(1, l.line().period().toString());
                    ps.setString(2, l.line().organisation().value());
                    ps.setString(3, l.line().budget());
                    ps.setString(4, l.line().subjective());
                    ps.setLong(5, l.line().amount().pence());
                    ps.setString(6, l.file());
                    ps.setLong(7, l.lineNumber());
                });
    }

    void addAdjustment(ForecastAdjustment a, String by, Instant at) {
        jdbc.update(
                "insert into finance.forecast_adjustment (budget_code, amount_pence, note, set_by, set_at) values (?, ?, ?, ?, ?)",
                a.budget(),
                a.amount().pence(),
                a.note(),
                by,
                Timestamp.from(at));
    }

    List<ForecastAdjustment> adjustments() {
        return jdbc.query(
                "select * from finance.forecast_adjustment order by id",
                (rs, n) -> new ForecastAdjustment(
                        rs.getString("budget_code"), Money.ofPence(rs.getLong("amount_pence")), rs.getString("note")));
    }

    // --- change log

    void log(Actor actor, Instant at, String action, String subject, String detail) {
        jdbc.update(
                "insert into finance.change_log (at, actor, role, action, subject, detail) values (?, ?, ?, ?, ?, ?)",
                Timestamp.from(at),
                actor.username(),
                actor.role().name(),
                action,
                subject,
                detail);
    }

    List<FinanceChange> changes(int limit) {
        return jdbc.query(
                "select * from finance.change_log order by id desc limit ?",
                (rs, n) -> new FinanceChange(
                        rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("role"),
                        rs.getString("action"),
                        rs.getString("subject"),
                        rs.getString("detail")),
                limit);
    }

    // --- capital rounds

    record StoredRound(
            String id,
            String name,
            String round,
            String submittedBy,
            Instant submittedAt,
            String plan,
            String plannedBy,
            Instant plannedAt) {}

    void saveRound(String id, String name, String round, String by, Instant at) {
        jdbc.update(
                "insert into finance.capital_round (id, name, round, submitted_by, submitted_at, plan, planned_by, planned_at)"
                        + " values (?, ?, ?, ?, ?, '', ?, ?) on conflict (id) do update set name = excluded.name, round = excluded.round,"
                        + " submitted_by = excluded.submitted_by, submitted_at = excluded.submitted_at",
                id,
                name,
                round,
                by,
                Timestamp.from(at),
                by,
                Timestamp.from(at));
    }

    void savePlan(String id, String plan, String by, Instant at) {
        jdbc.update(
                "update finance.capital_round set plan = ?, planned_by = ?, planned_at = ? where id = ?",
                plan,
                by,
                Timestamp.from(at),
                id);
    }

    List<StoredRound> rounds() {
        return jdbc.query("select * from finance.capital_round order by id", (rs, n) -> round(rs));
    }

    Optional<StoredRound> round(String id) {
        return jdbc.query("select * from finance.capital_round where id = ?", (rs, n) -> round(rs), id).stream()
                .findFirst();
    }

    private static StoredRound round(ResultSet rs) throws SQLException {
        return new StoredRound(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("round"),
                rs.getString("submitted_by"),
                rs.getTimestamp("submitted_at").toInstant(),
                rs.getString("plan"),
                rs.getString("planned_by"),
                rs.getTimestamp("planned_at").toInstant());
    }
}
