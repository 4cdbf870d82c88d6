package org.openics.engagement.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.engagement.Innovation;
import org.openics.engagement.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The innovation pipeline in the engagement schema: innovations, the gates they passed, their adoptions per place. */
@Repository
class JdbcInnovationStore {

    private final JdbcTemplate jdbc;

    JdbcInnovationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Innovation> innovations() {
        Map<String, List<Innovation.Gate>> gates = new HashMap<>();
        jdbc.query("select * from engagement.gate order by passed_on, stage", rs -> {
            gates.computeIfAbsent(rs.getString("innovation"), k -> new ArrayList<>())
                    .add(new Innovation.Gate(
                            Stage.valueOf(rs.getString("stage")),
                            rs.getDate("passed_on").toLocalDate(),
                            rs.getString("passed_by")));
        });
        // several gates passed on one day keep the pipeline's order, not the alphabet's
        gates.values()
                .forEach(g -> g.sort(java.util.Comparator.comparing(Innovation.Gate::passedOn)
                        .thenComparing(Innovation.Gate::stage)));
        Map<String, List<Innovation.Adoption>> adoptions = new HashMap<>();
        jdbc.query("select * from engagement.adoption order by adopted_on, place", rs -> {
            adoptions
                    .computeIfAbsent(rs.getString("innovation"), k -> new ArrayList<>())
                    .add(new Innovation.Adoption(
                            rs.getString("place"), rs.getDate("adopted_on").toLocalDate()));
        });
        return jdbc.query(
                "select * from engagement.innovation order by code",
                (rs, n) -> new Innovation(
                        rs.getString("code"),
                        rs.getString("title"),
                        rs.getString("need"),
                        Optional.ofNullable(rs.getString("indicator")),
                        JdbcEngagementStore.strings(rs, "worst_places"),
                        rs.getString("owner"),
                        Optional.ofNullable(rs.getString("opportunity")),
                        Optional.ofNullable(rs.getString("evidence")),
                        Optional.ofNullable(rs.getString("evaluation")),
                        Optional.ofNullable(rs.getString("validated_by")),
                        Stage.valueOf(rs.getString("stage")),
                        Optional.ofNullable(rs.getDate("due")).map(Date::toLocalDate),
                        gates.getOrDefault(rs.getString("code"), List.of()),
                        adoptions.getOrDefault(rs.getString("code"), List.of())));
    }

    Optional<Innovation> innovation(String code) {
        return innovations().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    void insert(Innovation i, String by, Instant at) {
        jdbc.update(con -> {
            var ps = con.prepareStatement(
                    "insert into engagement.innovation (code, title, need, indicator, worst_places, owner, opportunity, "
                            + "evidence, evaluation, validated_by, stage, due, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            ps.setString(1, i.code());
            ps.setString(2, i.title());
            ps.setString(3, i.need());
            ps.setString(4, i.indicator().orElse(null));
            ps.setArray(5, con.createArrayOf("text", i.worstPlaces().toArray()));
            ps.setString(6, i.owner());
            ps.setString(7, i.opportunity().orElse(null));
            ps.setString(8, i.evidence().orElse(null));
            ps.setString(9, i.evaluation().orElse(null));
            ps.setString(10, i.validatedBy().orElse(null));
            ps.setString(11, Stage.NEED.name());
            ps.setDate(12, i.due().map(Date::valueOf).orElse(null));
            ps.setString(13, by);
            ps.setTimestamp(14, Timestamp.from(at));
            return ps;
        });
    }

    void describe(Innovation i) {
        jdbc.update(con -> {
            var ps = con.prepareStatement(
                    "update engagement.innovation set title = ?, need = ?, indicator = ?, worst_places = ?, owner = ?, "
                            + "opportunity = ?, evidence = ?, evaluation = ?, validated_by = ?, due = ? where code = ?");
            ps.setString(1, i.title());
            ps.setString(2, i.need());
            ps.setString(3, i.indicator().orElse(null));
            ps.setArray(4, con.createArrayOf("text", i.worstPlaces().toArray()));
            ps.setString(5, i.owner());
            ps.setString(6, i.opportunity().orElse(null));
            ps.setString(7, i.evidence().orElse(null));
            ps.setString(8, i.evaluation().orElse(null));
            ps.setString(9, i.validatedBy().orElse(null));
            ps.setDate(10, i.due().map(Date::valueOf).orElse(null));
            ps.setString(11, i.code());
            return ps;
        });
    }

    void advance(String code, Stage stage, LocalDate on, String by) {
        jdbc.update("update engagement.innovation set stage = ? where code = ?", stage.name(), code);
        jdbc.update(
                "insert into engagement.gate (innovation, stage, passed_on, passed_by) values (?, ?, ?, ?)",
                code,
                stage.name(),
                Date.valueOf(on),
                by);
    }

    void adopt(String code, String place, LocalDate on, String by) {
        jdbc.update(
                "insert into engagement.adoption (innovation, place, adopted_on, recorded_by) values (?, ?, ?, ?)",
                code,
                place,
                Date.valueOf(on),
                by);
    }
}
