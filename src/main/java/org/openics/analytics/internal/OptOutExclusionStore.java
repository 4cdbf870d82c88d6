package org.openics.analytics.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openics.analytics.Level;
import org.openics.analytics.OptOutsExcluded;
import org.openics.record.OptOutExclusions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The people each area's figures left out at the last refresh because of opt-outs ({@code analytics.opt_out_exclusion}). */
@Repository
class OptOutExclusionStore {

    /** The row for the whole facts store (every area together). */
    static final String ALL = "ALL";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    OptOutExclusionStore(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    void replace(OptOutExclusions all, List<OptOutPurge.AreaCount> areas) {
        Timestamp now = Timestamp.from(Instant.now());
        transactions.executeWithoutResult(status -> {
            jdbc.update("delete from analytics.opt_out_exclusion");
            if (all.people() == 0) {
                return;
            }
            jdbc.update(
                    "insert into analytics.opt_out_exclusion (level, code, people, national, type1, as_at) values (?, ?, ?, ?, ?, ?)",
                    ALL,
                    ALL,
                    all.people(),
                    all.national(),
                    all.type1(),
                    now);
            jdbc.batchUpdate(
                    "insert into analytics.opt_out_exclusion (level, code, people, national, type1, as_at) values (?, ?, ?, null, null, ?)"
                            + " on conflict do nothing",
                    areas,
                    1000,
                    (ps, a) -> {
                        ps.setString(1, a.level().name());
                        ps.setString(2, a.code());
                        ps.setLong(3, a.people());
                        ps.setTimestamp(4, now);
                    });
        });
    }

    Optional<OptOutsExcluded> all() {
        return find(ALL, ALL, null);
    }

    Optional<OptOutsExcluded> area(Level level, String code) {
        return find(level.name(), code, level);
    }

    private Optional<OptOutsExcluded> find(String level, String code, Level asLevel) {
        RowMapper<OptOutsExcluded> row = (rs, n) -> {
            Long national = (Long) rs.getObject("national");
            Long type1 = (Long) rs.getObject("type1");
            return new OptOutsExcluded(
                    asLevel,
                    asLevel == null ? null : code,
                    rs.getLong("people"),
                    national,
                    type1,
                    rs.getTimestamp("as_at").toInstant(),
                    OptOutsExcluded.describe(rs.getLong("people"), national, type1));
        };
        return jdbc
                .query("select * from analytics.opt_out_exclusion where level = ? and code = ?", row, level, code)
                .stream()
                .findFirst();
    }
}
