package org.openics.analytics.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.openics.analytics.WaitingListFacts;
import org.openics.analytics.WaitingListRow;
import org.springframework.stereotype.Component;

/** The waiting list from the DuckDB facts store: open RTT entries (latest version of each) joined to {@code person}. */
@Component
class WaitingListQueries implements WaitingListFacts {

    private final FactsStore store;

    WaitingListQueries(FactsStore store) {
        this.store = store;
    }

    @Override
    public List<WaitingListRow> openEntries() {
        if (!store.exists()) {
            return List.of();
        }
        return store.query(connection -> {
            List<WaitingListRow> rows = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("""
                    with latest as (
                        select * from fact_waiting_list qualify row_number() over (partition by fact_id order by seq desc) = 1
                    )
                    select w.pseudonym, w.provider, w.treatment_function, w.clock_start, w.priority,
                           p.ics, p.place, p.practice, p.lsoa, p.imd_quintile, p.ethnic_group
                    from latest w left join person p using (pseudonym)
                    where coalesce(w.status, 'active') = 'active' and w.clock_start is not null
                    order by w.provider, w.treatment_function, w.clock_start
                    """);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object quintile = rs.getObject(10);
                    rows.add(new WaitingListRow(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getDate(4).toLocalDate(),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9),
                            quintile == null ? null : ((Number) quintile).intValue(),
                            rs.getString(11)));
                }
            }
            return rows;
        });
    }
}
