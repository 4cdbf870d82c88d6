package org.openics.estates.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.estates.Backlog;
import org.openics.estates.Condition;
import org.openics.estates.EstatePlan;
import org.openics.estates.Hub;
import org.openics.estates.PlanKind;
import org.openics.estates.PlanStatus;
import org.openics.estates.RoomType;
import org.openics.estates.Site;
import org.openics.estates.Tenure;
import org.openics.kernel.Actor;
import org.openics.kernel.Money;
import org.openics.kernel.OdsCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The estates schema: site returns by site and period, hubs with services and neighbourhoods, plans, the change log. */
@Repository
class JdbcEstatesStore {

    private final JdbcTemplate jdbc;

    JdbcEstatesStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a site return unless the same one is there; true when something was written. */
    boolean upsert(Site s, String source, String by, Instant at) {
        Object[] values = {
            s.siteCode(),
            Date.valueOf(s.period()),
            s.name(),
            s.owner().value(),
            s.place(),
            s.address(),
            s.postcode(),
            s.latitude().orElse(null),
            s.longitude().orElse(null),
            s.tenure().map(Enum::name).orElse(null),
            tenth(s.floorAreaM2()),
            s.condition().map(Enum::name).orElse(null),
            s.backlog().high().pence(),
            s.backlog().significant().pence(),
            s.backlog().moderate().pence(),
            s.backlog().low().pence(),
            s.runningCost().map(Money::pence).orElse(null),
            tenth(s.utilisation().get(RoomType.CLINICAL)),
            tenth(s.utilisation().get(RoomType.CONSULTING)),
            tenth(s.utilisation().get(RoomType.OFFICE)),
            tenth(s.voidM2().orElse(null)),
            tenth(s.carbonTonnes().orElse(null)),
            source,
            by,
            Timestamp.from(at)
        };
        String columns =
                "name, owner, place, address, postcode, latitude, longitude, tenure, floor_area_m2, condition, backlog_high,"
                        + " backlog_significant, backlog_moderate, backlog_low, running_cost, clinical_utilisation, consulting_utilisation,"
                        + " office_utilisation, void_m2, carbon_tonnes";
        String[] names = columns.split(",\\s*");
        String set = String.join(
                ", ", Arrays.stream(names).map(c -> c + " = excluded." + c).toList());
        String old = String.join(
                ", ", Arrays.stream(names).map(c -> "estates.site." + c).toList());
        String fresh =
                String.join(", ", Arrays.stream(names).map(c -> "excluded." + c).toList());
        return jdbc.update(
                        "insert into estates.site (site_code, period, " + columns
                                + ", source, loaded_by, loaded_at) values ("
                                + "?, ".repeat(values.length - 1) + "?) on conflict (site_code, period) do update set "
                                + set
                                + ", source = excluded.source, loaded_by = excluded.loaded_by, loaded_at = excluded.loaded_at"
                                + " where (" + old + ") is distinct from (" + fresh + ")",
                        values)
                > 0;
    }

    List<Site> sites(LocalDate onOrBefore) {
        return jdbc.query(
                "select * from estates.site where period <= ? order by site_code, period",
                (rs, n) -> site(rs),
                Date.valueOf(onOrBefore));
    }

    boolean hasSites() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from estates.site)", Boolean.class));
    }

    boolean hasSite(String siteCode) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from estates.site where site_code = ?)", Boolean.class, siteCode));
    }

    private static Site site(ResultSet rs) throws SQLException {
        Map<RoomType, Double> utilisation = new EnumMap<>(RoomType.class);
        put(utilisation, RoomType.CLINICAL, rs.getBigDecimal("clinical_utilisation"));
        put(utilisation, RoomType.CONSULTING, rs.getBigDecimal("consulting_utilisation"));
        put(utilisation, RoomType.OFFICE, rs.getBigDecimal("office_utilisation"));
        long running = rs.getLong("running_cost");
        Optional<Money> runningCost = rs.wasNull() ? Optional.empty() : Optional.of(Money.ofPence(running));
        return new Site(
                rs.getString("site_code"),
                rs.getString("name"),
                OdsCode.of(rs.getString("owner")),
                rs.getString("place"),
                rs.getString("address"),
                rs.getString("postcode"),
                Optional.ofNullable((Double) rs.getObject("latitude")),
                Optional.ofNullable((Double) rs.getObject("longitude")),
                Optional.ofNullable(rs.getString("tenure")).map(Tenure::valueOf),
                rs.getBigDecimal("floor_area_m2").doubleValue(),
                Optional.ofNullable(rs.getString("condition")).map(Condition::valueOf),
                new Backlog(
                        Money.ofPence(rs.getLong("backlog_high")),
                        Money.ofPence(rs.getLong("backlog_significant")),
                        Money.ofPence(rs.getLong("backlog_moderate")),
                        Money.ofPence(rs.getLong("backlog_low"))),
                runningCost,
                utilisation,
                Optional.ofNullable(rs.getBigDecimal("void_m2")).map(BigDecimal::doubleValue),
                Optional.ofNullable(rs.getBigDecimal("carbon_tonnes")).map(BigDecimal::doubleValue),
                rs.getDate("period").toLocalDate());
    }

    private static void put(Map<RoomType, Double> map, RoomType type, BigDecimal value) {
        if (value != null) {
            map.put(type, value.doubleValue());
        }
    }

    private static BigDecimal tenth(Double v) {
        return v == null ? null : BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP);
    }

    void replaceHub(Hub hub, String by, Instant at) {
        jdbc.update("delete from estates.hub where site_code = ?", hub.siteCode());
        jdbc.update(
                "insert into estates.hub (site_code, name, updated_by, updated_at) values (?, ?, ?, ?)",
                hub.siteCode(),
                hub.name(),
                by,
                Timestamp.from(at));
        for (int i = 0; i < hub.services().size(); i++) {
            Hub.HostedService s = hub.services().get(i);
            jdbc.update(
                    "insert into estates.hub_service (site_code, position, service, provider, pcns) values (?, ?, ?, ?, ?)",
                    hub.siteCode(),
                    i,
                    s.service(),
                    s.provider(),
                    s.pcns().toArray(String[]::new));
        }
        for (Hub.Neighbourhood n : hub.neighbourhoods()) {
            jdbc.update(
                    "insert into estates.hub_neighbourhood (site_code, pcn, latitude, longitude) values (?, ?, ?, ?)",
                    hub.siteCode(),
                    n.pcn(),
                    n.latitude(),
                    n.longitude());
        }
    }

    List<Hub> hubs() {
        Map<String, List<Hub.HostedService>> services = new LinkedHashMap<>();
        jdbc.query("select * from estates.hub_service order by site_code, position", (ResultSet rs) -> {
            services.computeIfAbsent(rs.getString("site_code"), k -> new ArrayList<>())
                    .add(new Hub.HostedService(
                            rs.getString("service"), rs.getString("provider"), Arrays.asList((String[])
                                    rs.getArray("pcns").getArray())));
        });
        Map<String, List<Hub.Neighbourhood>> neighbourhoods = new LinkedHashMap<>();
        jdbc.query("select * from estates.hub_neighbourhood order by site_code, pcn", (ResultSet rs) -> {
            neighbourhoods
                    .computeIfAbsent(rs.getString("site_code"), k -> new ArrayList<>())
                    .add(new Hub.Neighbourhood(
                            rs.getString("pcn"), rs.getDouble("latitude"), rs.getDouble("longitude")));
        });
        return jdbc.query(
                "select * from estates.hub order by name",
                (rs, n) -> new Hub(
                        rs.getString("site_code"),
                        rs.getString("name"),
                        services.getOrDefault(rs.getString("site_code"), List.of()),
                        neighbourhoods.getOrDefault(rs.getString("site_code"), List.of())));
    }

    long savePlan(EstatePlan p, String by, Instant at) {
        Object[] values = {
            p.kind().name(),
            p.siteCode(),
            p.targetSite().orElse(null),
            p.title(),
            Date.valueOf(p.due()),
            p.status().name(),
            tenth(p.floorAreaChangeM2()),
            p.runningCostChange().pence(),
            p.capitalBid().orElse(null),
            by,
            Timestamp.from(at)
        };
        if (p.id() == 0) {
            return jdbc.queryForObject(
                    "insert into estates.plan (kind, site_code, target_site, title, due, status, floor_area_change_m2,"
                            + " running_cost_change, capital_bid, updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                    Long.class,
                    values);
        }
        Object[] withId = Arrays.copyOf(values, values.length + 1);
        withId[values.length] = p.id();
        int updated = jdbc.update(
                "update estates.plan set kind = ?, site_code = ?, target_site = ?, title = ?, due = ?, status = ?,"
                        + " floor_area_change_m2 = ?, running_cost_change = ?, capital_bid = ?, updated_by = ?, updated_at = ? where id = ?",
                withId);
        return updated == 0 ? 0 : p.id();
    }

    List<EstatePlan> plans() {
        return jdbc.query(
                "select * from estates.plan order by due, id",
                (rs, n) -> new EstatePlan(
                        rs.getLong("id"),
                        PlanKind.valueOf(rs.getString("kind")),
                        rs.getString("site_code"),
                        Optional.ofNullable(rs.getString("target_site")),
                        rs.getString("title"),
                        rs.getDate("due").toLocalDate(),
                        PlanStatus.valueOf(rs.getString("status")),
                        rs.getBigDecimal("floor_area_change_m2").doubleValue(),
                        Money.ofPence(rs.getLong("running_cost_change")),
                        Optional.ofNullable(rs.getString("capital_bid"))));
    }

    void log(Actor actor, String action, String detail, Instant at) {
        jdbc.update(
                "insert into estates.change_log (at, actor, role, action, detail) values (?, ?, ?, ?, ?)",
                Timestamp.from(at),
                actor.username(),
                actor.role().name(),
                action,
                detail);
    }
}
