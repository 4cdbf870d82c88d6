package org.openics.mutualaid.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.Pseudonym;
import org.openics.mutualaid.AidRequest;
import org.openics.mutualaid.AuditEvent;
import org.openics.mutualaid.CapacityOffer;
import org.openics.mutualaid.DiagnosticCapacity;
import org.openics.mutualaid.DiagnosticWaiting;
import org.openics.mutualaid.Location;
import org.openics.mutualaid.Modality;
import org.openics.mutualaid.PatientTransfer;
import org.openics.mutualaid.RefusalReason;
import org.openics.mutualaid.Site;
import org.openics.mutualaid.SiteKind;
import org.openics.mutualaid.TransferStatus;
import org.openics.mutualaid.TravelLimit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The mutualaid schema: sites, offers, requests, transfers, diagnostic capacity and returns, and the audit log. */
@Repository
class JdbcMutualAidStore {

    private final JdbcTemplate jdbc;

    JdbcMutualAidStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<CapacityOffer> offers() {
        return jdbc.query("select * from mutualaid.offer order by id", (rs, n) -> offer(rs));
    }

    Optional<CapacityOffer> offer(long id) {
        return jdbc.query("select * from mutualaid.offer where id = ?", (rs, n) -> offer(rs), id).stream()
                .findFirst();
    }

    /** Locks the offer's row for the rest of the transaction, so two acceptances cannot take the same last slot. */
    Optional<CapacityOffer> offerForUpdate(long id) {
        return jdbc.query("select * from mutualaid.offer where id = ? for update", (rs, n) -> offer(rs), id).stream()
                .findFirst();
    }

    private static CapacityOffer offer(ResultSet rs) throws SQLException {
        return new CapacityOffer(
                rs.getLong("id"),
                rs.getString("provider"),
                rs.getString("site"),
                rs.getString("specialty"),
                rs.getInt("slots_per_week"),
                rs.getInt("weeks"),
                rs.getDate("expires").toLocalDate(),
                rs.getInt("slots_left"),
                rs.getString("offered_by"));
    }

    CapacityOffer insertOffer(
            String provider,
            String site,
            String specialty,
            int slotsPerWeek,
            int weeks,
            java.time.LocalDate expires,
            String by) {
        Long id = jdbc.queryForObject(
                "insert into mutualaid.offer (provider, site, specialty, slots_per_week, weeks, expires, slots_left,"
                        + " offered_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id",
                Long.class,
                provider,
                site,
                specialty,
                slotsPerWeek,
                weeks,
                Date.valueOf(expires),
                slotsPerWeek * weeks,
                by);
        return offer(id).orElseThrow();
    }

    void takeSlot(long offerId) {
        jdbc.update("update mutualaid.offer set slots_left = slots_left - 1 where id = ? and slots_left > 0", offerId);
    }

    List<AidRequest> requests() {
        return jdbc.query(
                "select * from mutualaid.aid_request order by id",
                (rs, n) -> new AidRequest(
                        rs.getLong("id"),
                        rs.getString("provider"),
                        rs.getString("specialty"),
                        rs.getInt("patients"),
                        rs.getString("note"),
                        rs.getString("requested_by")));
    }

    AidRequest insertRequest(String provider, String specialty, int patients, String note, String by) {
        Long id = jdbc.queryForObject(
                "insert into mutualaid.aid_request (provider, specialty, patients, note, requested_by)"
                        + " values (?, ?, ?, ?, ?) returning id",
                Long.class,
                provider,
                specialty,
                patients,
                note,
                by);
        return new AidRequest(id, provider, specialty, patients, note, by);
    }

    List<PatientTransfer> transfers() {
        return jdbc.query("select * from mutualaid.transfer order by id", (rs, n) -> transfer(rs));
    }

    Optional<PatientTransfer> transfer(long id) {
        return jdbc
                .query("select * from mutualaid.transfer where id = ? for update", (rs, n) -> transfer(rs), id)
                .stream()
                .findFirst();
    }

    private static PatientTransfer transfer(ResultSet rs) throws SQLException {
        return new PatientTransfer(
                rs.getLong("id"),
                Pseudonym.of(rs.getString("pseudonym")),
                rs.getString("origin"),
                rs.getLong("offer_id"),
                rs.getString("site"),
                rs.getString("specialty"),
                rs.getDouble("miles"),
                TransferStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("travel_willingness")).map(TravelLimit::valueOf),
                Optional.ofNullable(rs.getString("refusal")).map(RefusalReason::valueOf),
                rs.getString("detail"));
    }

    PatientTransfer insertTransfer(Pseudonym pseudonym, String origin, CapacityOffer offer, double miles) {
        Long id = jdbc.queryForObject(
                "insert into mutualaid.transfer (pseudonym, origin, offer_id, site, specialty, miles, status)"
                        + " values (?, ?, ?, ?, ?, ?, ?) returning id",
                Long.class,
                pseudonym.value(),
                origin,
                offer.id(),
                offer.site(),
                offer.specialty(),
                miles,
                TransferStatus.PROPOSED.name());
        return transfer(id).orElseThrow();
    }

    PatientTransfer update(
            long id,
            TransferStatus status,
            Optional<TravelLimit> willingness,
            Optional<RefusalReason> refusal,
            String detail) {
        jdbc.update(
                "update mutualaid.transfer set status = ?, travel_willingness = coalesce(?, travel_willingness), refusal = ?, detail = ?"
                        + " where id = ?",
                status.name(),
                willingness.map(Enum::name).orElse(null),
                refusal.map(Enum::name).orElse(null),
                detail,
                id);
        return transfer(id).orElseThrow();
    }

    void audit(Actor actor, String action, String subject, String outcome, String why) {
        jdbc.update(
                "insert into mutualaid.audit_log (who, role, action, subject, outcome, why) values (?, ?, ?, ?, ?, ?)",
                actor == null ? "anonymous" : actor.username(),
                actor == null ? "none" : actor.role().name(),
                action,
                subject,
                outcome,
                why == null ? "" : why);
    }

    List<AuditEvent> audit(int limit) {
        return jdbc.query(
                "select * from mutualaid.audit_log order by sequence desc limit ?",
                (rs, n) -> new AuditEvent(
                        rs.getLong("sequence"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("who"),
                        rs.getString("role"),
                        rs.getString("action"),
                        rs.getString("subject"),
                        rs.getString("outcome"),
                        rs.getString("why")),
                limit);
    }

    List<Site> sites() {
        return jdbc.query(
                "select * from mutualaid.site order by code",
                (rs, n) -> new Site(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("provider"),
                        rs.getString("provider_name"),
                        SiteKind.valueOf(rs.getString("kind")) == SiteKind.INDEPENDENT,
                        new Location(rs.getDouble("latitude"), rs.getDouble("longitude")),
                        SiteKind.valueOf(rs.getString("kind"))));
    }

    void upsertSite(Site s, String source) {
        jdbc.update(
                "insert into mutualaid.site (code, name, provider, provider_name, kind, latitude, longitude, source) values (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (code) do update set name = excluded.name, provider = excluded.provider, provider_name = excluded.provider_name,"
                        + " kind = excluded.kind, latitude = excluded.latitude, longitude = excluded.longitude, source = excluded.source, loaded_at = now()",
                s.code(),
                s.name(),
                s.provider(),
                s.providerName(),
                s.kind().name(),
                s.location().latitude(),
                s.location().longitude(),
                source);
    }

    List<DiagnosticCapacity> diagnosticCapacity() {
        return jdbc.query(
                "select * from mutualaid.diagnostic_capacity order by site, modality",
                (rs, n) -> new DiagnosticCapacity(
                        rs.getString("site"),
                        Modality.valueOf(rs.getString("modality")),
                        rs.getInt("tests_per_week"),
                        rs.getInt("offered_per_week")));
    }

    void upsertCapacity(DiagnosticCapacity c, String source) {
        jdbc.update(
                "insert into mutualaid.diagnostic_capacity (site, modality, tests_per_week, offered_per_week, source) values (?, ?, ?, ?, ?)"
                        + " on conflict (site, modality) do update set tests_per_week = excluded.tests_per_week, offered_per_week = excluded.offered_per_week,"
                        + " source = excluded.source, loaded_at = now()",
                c.site(),
                c.modality().name(),
                c.testsPerWeek(),
                c.offeredPerWeek(),
                source);
    }

    /** The latest return on or before the date, if any. */
    Optional<java.time.LocalDate> latestReturn(java.time.LocalDate onOrBefore) {
        Date latest = jdbc.queryForObject(
                "select max(return_date) from mutualaid.diagnostic_waiting where return_date <= ?",
                Date.class,
                Date.valueOf(onOrBefore));
        return Optional.ofNullable(latest).map(Date::toLocalDate);
    }

    List<DiagnosticWaiting> diagnosticWaiting(java.time.LocalDate returnDate) {
        return jdbc.query(
                "select * from mutualaid.diagnostic_waiting where return_date = ? order by provider, modality, weeks_waited",
                (rs, n) -> new DiagnosticWaiting(
                        rs.getString("provider"),
                        Modality.valueOf(rs.getString("modality")),
                        rs.getInt("weeks_waited"),
                        rs.getInt("waiting")),
                Date.valueOf(returnDate));
    }

    /** Replaces a date's return with these counts (the caller's transaction makes it all or nothing). */
    void replaceDiagnosticWaiting(java.time.LocalDate returnDate, List<DiagnosticWaiting> counts, String source) {
        jdbc.update("delete from mutualaid.diagnostic_waiting where return_date = ?", Date.valueOf(returnDate));
        jdbc.batchUpdate(
                "insert into mutualaid.diagnostic_waiting (return_date, provider, modality, weeks_waited, waiting, source)"
                        + " values (?, ?, ?, ?, ?, ?)",
                counts,
                1000,
                (ps, c) -> {
                    ps.setDate(1, Date.valueOf(returnDate));
                    ps.setString(2, c.provider());
                    ps.setString(3, c.modality().name());
                    ps.setInt(4, c.weeksWaited());
                    ps.setInt(5, c.waiting());
                    ps.setString(6, source);
                });
    }
}
