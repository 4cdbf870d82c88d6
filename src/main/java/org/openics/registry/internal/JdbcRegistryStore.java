package org.openics.registry.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openics.kernel.OdsCode;
import org.openics.registry.Coverage;
import org.openics.registry.Deprivation;
import org.openics.registry.ImportReport;
import org.openics.registry.Link;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;
import org.openics.registry.PopulationMeasure;
import org.openics.registry.Relation;
import org.openics.registry.SystemOfSystems;
import org.openics.registry.domain.Keys.LinkKey;
import org.openics.registry.domain.Keys.LinkValue;
import org.openics.registry.domain.Keys.OrganisationValue;
import org.openics.registry.domain.Keys.PopulationKey;
import org.openics.registry.domain.RegistryState;
import org.openics.registry.domain.Timeline;
import org.openics.registry.domain.Version;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The registry's tables in PostgreSQL (schema {@code registry}). */
@Repository
class JdbcRegistryStore {

    private final JdbcTemplate jdbc;

    JdbcRegistryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises writers: imports and the demo load run one at a time across processes. */
    void lockForWriting() {
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('openics.registry'))", Object.class);
    }

    RegistryState load() {
        List<Version<OdsCode, OrganisationValue>> organisations = jdbc.query(
                "select id, code, name, kind, subtype, valid_from, valid_to, source from registry.organisation_version",
                (rs, n) -> new Version<>(
                        rs.getLong(1),
                        OdsCode.of(rs.getString(2)),
                        new OrganisationValue(
                                rs.getString(3), OrganisationKind.valueOf(rs.getString(4)), rs.getString(5)),
                        date(rs, 6),
                        date(rs, 7),
                        rs.getString(8)));
        List<Version<LinkKey, LinkValue>> links = jdbc.query(
                "select id, child, relation, slot, parent, role, coverage, share, valid_from, valid_to, source from registry.link_version",
                (rs, n) -> new Version<>(
                        rs.getLong(1),
                        new LinkKey(OdsCode.of(rs.getString(2)), Relation.valueOf(rs.getString(3)), rs.getString(4)),
                        new LinkValue(
                                OdsCode.of(rs.getString(5)), rs.getString(6), coverage(rs.getString(7)), share(rs)),
                        date(rs, 9),
                        date(rs, 10),
                        rs.getString(11)));
        List<Version<PopulationKey, Double>> populations = jdbc.query(
                "select id, code, measure, value, valid_from, valid_to, source from registry.population_version",
                (rs, n) -> new Version<>(
                        rs.getLong(1),
                        new PopulationKey(OdsCode.of(rs.getString(2)), PopulationMeasure.valueOf(rs.getString(3))),
                        rs.getDouble(4),
                        date(rs, 5),
                        date(rs, 6),
                        rs.getString(7)));
        List<Version<OdsCode, Deprivation>> deprivation = jdbc.query(
                "select id, lsoa, score, rank, decile, valid_from, valid_to, source from registry.deprivation_version",
                (rs, n) -> new Version<>(
                        rs.getLong(1),
                        OdsCode.of(rs.getString(2)),
                        new Deprivation(rs.getDouble(3), rs.getInt(4), rs.getInt(5)),
                        date(rs, 6),
                        date(rs, 7),
                        rs.getString(8)));
        return new RegistryState(organisations, links, populations, deprivation);
    }

    /** Writes what the state changed: deletes, then ended or revalued versions, then new ones. */
    long save(RegistryState state) {
        long written = 0;
        written += write(
                state.organisations(),
                "organisation_version",
                "insert into registry.organisation_version (code, name, kind, subtype, valid_from, valid_to, source) values (?,?,?,?,?,?,?)",
                "update registry.organisation_version set name = ?, kind = ?, subtype = ?, valid_to = ?, source = ? where id = ?",
                (ps, v) -> {
                    ps.setString(1, v.key().value());
                    ps.setString(2, v.value().name());
                    ps.setString(3, v.value().kind().name());
                    ps.setString(4, v.value().subtype());
                    dates(ps, 5, v);
                    ps.setString(7, v.source());
                },
                (ps, v) -> {
                    ps.setString(1, v.value().name());
                    ps.setString(2, v.value().kind().name());
                    ps.setString(3, v.value().subtype());
                    setDate(ps, 4, v.to());
                    ps.setString(5, v.source());
                    ps.setLong(6, v.id());
                });
        written += write(
                state.links(),
                "link_version",
                "insert into registry.link_version (child, relation, slot, parent, role, coverage, share, valid_from, valid_to, source) values (?,?,?,?,?,?,?,?,?,?)",
                "update registry.link_version set parent = ?, role = ?, coverage = ?, share = ?, valid_to = ?, source = ? where id = ?",
                (ps, v) -> {
                    ps.setString(1, v.key().child().value());
                    ps.setString(2, v.key().relation().name());
                    ps.setString(3, v.key().slot());
                    ps.setString(4, v.value().parent().value());
                    ps.setString(5, v.value().role());
                    ps.setString(
                            6,
                            v.value().coverage() == null
                                    ? null
                                    : v.value().coverage().name());
                    setShare(ps, 7, v.value().share());
                    dates(ps, 8, v);
                    ps.setString(10, v.source());
                },
                (ps, v) -> {
                    ps.setString(1, v.value().parent().value());
                    ps.setString(2, v.value().role());
                    ps.setString(
                            3,
                            v.value().coverage() == null
                                    ? null
                                    : v.value().coverage().name());
                    setShare(ps, 4, v.value().share());
                    setDate(ps, 5, v.to());
                    ps.setString(6, v.source());
                    ps.setLong(7, v.id());
                });
        written += write(
                state.populations(),
                "population_version",
                "insert into registry.population_version (code, measure, value, valid_from, valid_to, source) values (?,?,?,?,?,?)",
                "update registry.population_version set value = ?, valid_to = ?, source = ? where id = ?",
                (ps, v) -> {
                    ps.setString(1, v.key().code().value());
                    ps.setString(2, v.key().measure().name());
                    ps.setDouble(3, v.value());
                    dates(ps, 4, v);
                    ps.setString(6, v.source());
                },
                (ps, v) -> {
                    ps.setDouble(1, v.value());
                    setDate(ps, 2, v.to());
                    ps.setString(3, v.source());
                    ps.setLong(4, v.id());
                });
        written += write(
                state.deprivation(),
                "deprivation_version",
                "insert into registry.deprivation_version (lsoa, score, rank, decile, valid_from, valid_to, source) values (?,?,?,?,?,?,?)",
                "update registry.deprivation_version set score = ?, rank = ?, decile = ?, valid_to = ?, source = ? where id = ?",
                (ps, v) -> {
                    ps.setString(1, v.key().value());
                    ps.setDouble(2, v.value().score());
                    ps.setInt(3, v.value().rank());
                    ps.setInt(4, v.value().decile());
                    dates(ps, 5, v);
                    ps.setString(7, v.source());
                },
                (ps, v) -> {
                    ps.setDouble(1, v.value().score());
                    ps.setInt(2, v.value().rank());
                    ps.setInt(3, v.value().decile());
                    setDate(ps, 4, v.to());
                    ps.setString(5, v.source());
                    ps.setLong(6, v.id());
                });
        if (written > 0) {
            jdbc.update("update registry.revision set revision = revision + 1");
        }
        return written;
    }

    private <K, V> long write(
            Timeline<K, V> timeline,
            String table,
            String insert,
            String update,
            Binder<K, V> insertBinder,
            Binder<K, V> updateBinder) {
        Timeline.Changes<K, V> changes = timeline.changes();
        if (!changes.deletes().isEmpty()) {
            jdbc.batchUpdate(
                    "delete from registry." + table + " where id = ?",
                    changes.deletes(),
                    1000,
                    (ps, v) -> ps.setLong(1, v.id()));
        }
        // end versions before inserting the ones that follow them
        jdbc.batchUpdate(update, changes.updates(), 1000, updateBinder::bind);
        jdbc.batchUpdate(insert, changes.inserts(), 1000, insertBinder::bind);
        return changes.size();
    }

    void logImport(ImportReport report) {
        jdbc.update(
                "insert into registry.import_log (file, format, effective, rows_read, rows_loaded, rows_rejected, changes)"
                        + " values (?,?,?,?,?,?,?)",
                report.file(),
                report.format().name(),
                report.effective() == null ? null : Date.valueOf(report.effective()),
                report.read(),
                report.loaded(),
                report.rejected().size(),
                report.changes());
    }

    long revision() {
        Long revision = jdbc.queryForObject("select revision from registry.revision", Long.class);
        return revision == null ? 0 : revision;
    }

    boolean exists(OdsCode code) {
        Integer n = jdbc.queryForObject(
                "select count(*) from registry.organisation_version where code = ?", Integer.class, code.value());
        return n != null && n > 0;
    }

    SystemOfSystems snapshot(LocalDate asAt) {
        Date d = Date.valueOf(asAt);
        String valid = " where valid_from <= ? and (valid_to is null or valid_to > ?)";
        List<Organisation> organisations = jdbc.query(
                "select code, name, kind, subtype, valid_from, valid_to from registry.organisation_version" + valid,
                (rs, n) -> new Organisation(
                        OdsCode.of(rs.getString(1)),
                        rs.getString(2),
                        OrganisationKind.valueOf(rs.getString(3)),
                        rs.getString(4),
                        date(rs, 5),
                        date(rs, 6)),
                d,
                d);
        List<Link> links = jdbc.query(
                "select child, relation, parent, role, coverage, share, valid_from, valid_to from registry.link_version"
                        + valid,
                (rs, n) -> new Link(
                        OdsCode.of(rs.getString(1)),
                        Relation.valueOf(rs.getString(2)),
                        OdsCode.of(rs.getString(3)),
                        rs.getString(4),
                        coverage(rs.getString(5)),
                        share(rs, 6),
                        date(rs, 7),
                        date(rs, 8)),
                d,
                d);
        Map<OdsCode, Map<PopulationMeasure, Double>> populations = new HashMap<>();
        jdbc.query(
                "select code, measure, value from registry.population_version" + valid,
                rs -> {
                    populations
                            .computeIfAbsent(
                                    OdsCode.of(rs.getString(1)), k -> new java.util.EnumMap<>(PopulationMeasure.class))
                            .put(PopulationMeasure.valueOf(rs.getString(2)), rs.getDouble(3));
                },
                d,
                d);
        Map<OdsCode, Deprivation> deprivation = new HashMap<>();
        jdbc.query(
                "select lsoa, score, rank, decile from registry.deprivation_version" + valid,
                rs -> {
                    deprivation.put(
                            OdsCode.of(rs.getString(1)), new Deprivation(rs.getDouble(2), rs.getInt(3), rs.getInt(4)));
                },
                d,
                d);
        return new SystemOfSystems(asAt, organisations, links, populations, deprivation);
    }

    @FunctionalInterface
    interface Binder<K, V> {
        void bind(PreparedStatement ps, Version<K, V> version) throws SQLException;
    }

    private static <K, V> void dates(PreparedStatement ps, int index, Version<K, V> v) throws SQLException {
        setDate(ps, index, v.from());
        setDate(ps, index + 1, v.to());
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(date));
        }
    }

    private static void setShare(PreparedStatement ps, int index, Double share) throws SQLException {
        if (share == null) {
            ps.setNull(index, Types.NUMERIC);
        } else {
            ps.setDouble(index, share);
        }
    }

    private static LocalDate date(ResultSet rs, int index) throws SQLException {
        Date d = rs.getDate(index);
        return d == null ? null : d.toLocalDate();
    }

    private static Coverage coverage(String value) {
        return value == null ? null : Coverage.valueOf(value);
    }

    private static Double share(ResultSet rs) throws SQLException {
        return share(rs, 8);
    }

    private static Double share(ResultSet rs, int index) throws SQLException {
        double value = rs.getDouble(index);
        return rs.wasNull() ? null : value;
    }
}
