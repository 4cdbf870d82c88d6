package org.openics.record.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.openics.record.AnalyticFact;
import org.openics.record.AnalyticFacts;

/** Streams the fact tables as the public fact records, without the internal patient and resource ids. */
final class FactReader {

    private FactReader() {}

    static <T extends AnalyticFact> void read(FactStore store, Class<T> type, Consumer<? super T> sink) {
        AnalyticFacts.Kind kind = AnalyticFacts.Kind.of(type);
        LocalDate today = LocalDate.now();
        // persons holding an opt-out are left out here, where facts leave the record (docs/opt-outs.md)
        store.streamFacts(
                "select * from record." + table(kind) + " f where not " + OptOuts.OPTED_OUT + " order by pseudonym",
                rs -> sink.accept(type.cast(call(() -> fact(kind, rs, today)))));
    }

    private static final int PAGE = 50_000;

    /** The facts changed after {@code since}, in change order, read a page at a time; returns the last sequence seen. */
    static <T extends AnalyticFact> long readSince(
            FactStore store, Class<T> type, long since, Consumer<? super AnalyticFacts.Change<T>> sink) {
        AnalyticFacts.Kind kind = AnalyticFacts.Kind.of(type);
        LocalDate today = LocalDate.now();
        AtomicLong last = new AtomicLong(since);
        long pageStart;
        int[] rows = {0};
        do {
            pageStart = last.get();
            rows[0] = 0;
            // opted-out rows are read (so that a page is a page) but not handed out (docs/opt-outs.md)
            store.streamFacts(
                    "select f.*, " + OptOuts.OPTED_OUT + " as opted_out from record." + table(kind)
                            + " f where change_seq > " + pageStart + " order by change_seq limit " + PAGE,
                    rs -> {
                        last.set(call(() -> rs.getLong("change_seq")));
                        rows[0]++;
                        if (!call(() -> rs.getBoolean("opted_out"))) {
                            sink.accept(call(() -> new AnalyticFacts.Change<>(
                                    rs.getLong("change_seq"),
                                    rs.getLong("fact_id"),
                                    type.cast(fact(kind, rs, today)))));
                        }
                    });
        } while (rows[0] == PAGE);
        return last.get();
    }

    static String table(AnalyticFacts.Kind kind) {
        return switch (kind) {
            case PERSON -> "fact_person";
            case CONDITION -> "fact_condition";
            case OBSERVATION -> "fact_observation";
            case ENCOUNTER -> "fact_encounter";
            case DEATH -> "fact_death";
            case WAITING_LIST -> "fact_waiting_list";
        };
    }

    private static AnalyticFact fact(AnalyticFacts.Kind kind, ResultSet rs, LocalDate today) throws SQLException {
        return switch (kind) {
            case PERSON -> {
                LocalDate birth = day(rs.getDate("birth_date"));
                yield new AnalyticFacts.Person(
                        rs.getString("pseudonym"),
                        rs.getString("place"),
                        rs.getString("pcn"),
                        rs.getString("practice"),
                        rs.getString("lsoa"),
                        age(birth, today),
                        rs.getString("sex"),
                        rs.getString("ethnicity"),
                        birth);
            }
            case CONDITION ->
                new AnalyticFacts.Condition(
                        rs.getString("pseudonym"),
                        rs.getString("code"),
                        rs.getString("system"),
                        day(rs.getDate("onset")),
                        rs.getString("recorder"));
            case OBSERVATION ->
                new AnalyticFacts.Observation(
                        rs.getString("pseudonym"),
                        rs.getString("code"),
                        rs.getString("system"),
                        day(rs.getDate("effective")),
                        (Double) rs.getObject("value"),
                        rs.getString("unit"),
                        rs.getString("recorder"),
                        rs.getString("value_code"),
                        (Double) rs.getObject("diastolic"));
            case ENCOUNTER ->
                new AnalyticFacts.Encounter(
                        rs.getString("pseudonym"),
                        rs.getString("class"),
                        rs.getString("type"),
                        day(rs.getDate("start_date")),
                        day(rs.getDate("end_date")),
                        rs.getBoolean("emergency_admission"),
                        rs.getString("provider"));
            case DEATH -> new AnalyticFacts.Death(rs.getString("pseudonym"), day(rs.getDate("death_date")));
            case WAITING_LIST ->
                new AnalyticFacts.WaitingListEntry(
                        rs.getString("pseudonym"),
                        rs.getString("provider"),
                        rs.getString("treatment_function"),
                        day(rs.getDate("clock_start")),
                        rs.getString("priority"),
                        rs.getString("status"));
        };
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
