package org.openics.geography.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.openics.geography.BoundaryLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The geography schema: one row per boundary (level, code), replaced by a later import of the same code. */
@Repository
class JdbcBoundaryStore {

    /** A stored boundary: coordinates as a GeoJSON MultiPolygon's. */
    record Row(String code, String name, String coordinates, int points, String source) {

        Row(String code, String name, String coordinates, int points) {
            this(code, name, coordinates, points, null);
        }
    }

    private final JdbcTemplate jdbc;

    JdbcBoundaryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(BoundaryLevel level, List<Row> rows, String source, Instant at) {
        jdbc.batchUpdate("""
                insert into geography.boundary (level, code, name, geometry, points, source, imported_at) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (level, code) do update set name = excluded.name, geometry = excluded.geometry, points = excluded.points,
                    source = excluded.source, imported_at = excluded.imported_at""", rows, 500, (ps, row) -> {
            ps.setString(1, level.name());
            ps.setString(2, row.code());
            ps.setString(3, row.name());
            ps.setString(4, row.coordinates());
            ps.setInt(5, row.points());
            ps.setString(6, source);
            ps.setTimestamp(7, Timestamp.from(at));
        });
    }

    List<Row> rows(BoundaryLevel level) {
        return jdbc.query(
                "select code, name, geometry, source from geography.boundary where level = ? order by code",
                (rs, n) -> new Row(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("geometry"),
                        0,
                        rs.getString("source")),
                level.name());
    }

    java.util.Set<String> codes(BoundaryLevel level) {
        return new java.util.HashSet<>(
                jdbc.queryForList("select code from geography.boundary where level = ?", String.class, level.name()));
    }

    /** Changes whenever boundaries are imported (by this process or another one on the same store). */
    String revision() {
        return jdbc.queryForObject(
                "select count(*) || '@' || coalesce(max(imported_at)::text, '') from geography.boundary", String.class);
    }
}
