package org.openics.analytics.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openics.analytics.Level;
import org.openics.record.OptOutExclusions;

/**
 * Removes opted-out people from the facts store: the record stops handing out their facts, and this deletes what it
 * handed out before they opted out (every fact table, {@code person} and {@code segment}). Then counts them per area.
 */
final class OptOutPurge {

    private static final List<String> DERIVED = List.of("person", "segment");

    private OptOutPurge() {}

    /** People left out in one area. */
    record AreaCount(Level level, String code, long people) {}

    /** Deletes every row of the opted-out pseudonyms; returns how many fact rows went. */
    static long purge(Connection connection, OptOutExclusions exclusions) throws SQLException {
        if (exclusions.pseudonyms().isEmpty()) {
            return 0;
        }
        FactsStore.execute(connection, "create or replace temp table opted_out (pseudonym varchar)");
        try (DuckDBAppender a = ((DuckDBConnection) connection).createAppender("temp", "main", "opted_out")) {
            for (String pseudonym : exclusions.pseudonyms()) {
                a.beginRow();
                a.append(pseudonym);
                a.endRow();
            }
        }
        long deleted = 0;
        List<String> tables = new ArrayList<>(FactsStore.FACT_TABLES);
        for (String table : DERIVED) {
            if (SegmentationJob.exists(connection, table)) {
                tables.add(table);
            }
        }
        for (String table : tables) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "delete from " + table + " where pseudonym in (select pseudonym from opted_out)")) {
                deleted += ps.executeUpdate();
            }
        }
        FactsStore.execute(connection, "drop table opted_out");
        return deleted;
    }

    /** The people left out per ICS, place, PCN and practice, from the record's counts per practice and the registry's look-up. */
    static List<AreaCount> perArea(Connection connection, Map<String, Long> byPractice) throws SQLException {
        List<AreaCount> counts = new ArrayList<>();
        if (byPractice.isEmpty()) {
            return counts;
        }
        FactsStore.execute(
                connection, "create or replace temp table opted_out_practice (practice varchar, people bigint)");
        try (DuckDBAppender a = ((DuckDBConnection) connection).createAppender("temp", "main", "opted_out_practice")) {
            for (Map.Entry<String, Long> e : byPractice.entrySet()) {
                a.beginRow();
                a.append(e.getKey());
                a.append(e.getValue().longValue());
                a.endRow();
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("""
                select 'PRACTICE', o.practice, sum(o.people) from opted_out_practice o group by o.practice
                union all select 'PCN', p.pcn, sum(o.people) from opted_out_practice o join practice_ics p using (practice) where p.pcn is not null group by p.pcn
                union all select 'PLACE', p.place, sum(o.people) from opted_out_practice o join practice_ics p using (practice) where p.place is not null group by p.place
                union all select 'ICS', p.ics, sum(o.people) from opted_out_practice o join practice_ics p using (practice) group by p.ics
                """);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.add(new AreaCount(Level.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3)));
            }
        }
        FactsStore.execute(connection, "drop table opted_out_practice");
        return counts;
    }
}
