package org.openics.record.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.openics.record.PersonId;
import org.openics.record.PersonMerge;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The master person index's merge ledger ({@code record.person_merge}) as read by the merge commands and checks. */
@Repository
class PersonMerges {

    private static final String COLUMNS =
            "select id, from_person, into_person, patients, actor, reason, merged_at, unmerged_at, unmerged_by"
                    + " from record.person_merge";

    private final JdbcTemplate jdbc;

    PersonMerges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PersonMerge> find(long id) {
        return jdbc.query(COLUMNS + " where id = ?", PersonMerges::row, id).stream()
                .findFirst();
    }

    /** The merge in force that moved this person's records away, if any (at most one: V65). */
    Optional<PersonMerge> activeFrom(long person) {
        return jdbc
                .query(COLUMNS + " where from_person = ? and unmerged_at is null", PersonMerges::row, person)
                .stream()
                .findFirst();
    }

    List<PersonMerge> newestFirst(Optional<PersonId> person, int limit) {
        return person.isPresent()
                ? jdbc.query(
                        COLUMNS + " where from_person = ? or into_person = ? order by id desc limit ?",
                        PersonMerges::row,
                        person.get().value(),
                        person.get().value(),
                        limit)
                : jdbc.query(COLUMNS + " order by id desc limit ?", PersonMerges::row, limit);
    }

    private static PersonMerge row(ResultSet rs, int n) throws SQLException {
        Timestamp unmerged = rs.getTimestamp("unmerged_at");
        return new PersonMerge(
                rs.getLong("id"),
                new PersonId(rs.getLong("from_person")),
                new PersonId(rs.getLong("into_person")),
                List.of((String[]) rs.getArray("patients").getArray()),
                rs.getString("actor"),
                rs.getString("reason"),
                rs.getTimestamp("merged_at").toInstant(),
                Optional.ofNullable(unmerged).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getString("unmerged_by")));
    }
}
