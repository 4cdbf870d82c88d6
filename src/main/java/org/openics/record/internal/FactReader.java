package org.openics.record.internal;

import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.function.Consumer;
import org.openics.record.AnalyticFacts;

/** Streams the fact tables as the public fact records, without the internal patient and resource ids. */
final class FactReader {

    private FactReader() {
    }

    static void read(JdbcRecordStore store, AnalyticFacts.Kind kind, Consumer<Object> sink) {
        LocalDate today = LocalDate.now();
        switch (kind) {
            case PERSON -> store.streamFacts("select * from record.fact_person order by pseudonym", rs -> sink.accept(call(() ->
                    new AnalyticFacts.Person(rs.getString("pseudonym"), rs.getString("place"), rs.getString("pcn"), rs.getString("practice"),
                            rs.getString("lsoa"), age(day(rs.getDate("birth_date")), today), rs.getString("sex"), rs.getString("ethnicity")))));
            case CONDITION -> store.streamFacts("select * from record.fact_condition order by pseudonym", rs -> sink.accept(call(() ->
                    new AnalyticFacts.Condition(rs.getString("pseudonym"), rs.getString("code"), rs.getString("system"),
                            day(rs.getDate("onset")), rs.getString("recorder")))));
            case OBSERVATION -> store.streamFacts("select * from record.fact_observation order by pseudonym", rs -> sink.accept(call(() ->
                    new AnalyticFacts.Observation(rs.getString("pseudonym"), rs.getString("code"), rs.getString("system"),
                            day(rs.getDate("effective")), (Double) rs.getObject("value"), rs.getString("unit"), rs.getString("recorder")))));
            case ENCOUNTER -> store.streamFacts("select * from record.fact_encounter order by pseudonym", rs -> sink.accept(call(() ->
                    new AnalyticFacts.Encounter(rs.getString("pseudonym"), rs.getString("class"), rs.getString("type"),
                            day(rs.getDate("start_date")), day(rs.getDate("end_date")), rs.getBoolean("emergency_admission"),
                            rs.getString("provider")))));
            case DEATH -> store.streamFacts("select * from record.fact_death order by pseudonym", rs -> sink.accept(call(() ->
                    new AnalyticFacts.Death(rs.getString("pseudonym"), day(rs.getDate("death_date"))))));
            case WAITING_LIST -> store.streamFacts("select * from record.fact_waiting_list order by pseudonym", rs -> sink.accept(call(() ->
                    new AnalyticFacts.WaitingListEntry(rs.getString("pseudonym"), rs.getString("provider"), rs.getString("treatment_function"),
                            day(rs.getDate("clock_start")), rs.getString("priority"), rs.getString("status")))));
        }
    }

    interface Row<T> {
        T get() throws SQLException;
    }

    private static <T> T call(Row<T> row) {
        try {
            return row.get();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Integer age(LocalDate birth, LocalDate today) {
        return birth == null ? null : Period.between(birth, today).getYears();
    }
}
