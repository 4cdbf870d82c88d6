package org.openics.analytics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openics.analytics.cohorts.CohortDefinition;
import org.openics.analytics.cohorts.ObservationCriterion;
import org.openics.analytics.segmentation.Segment;

/**
 * Compiles a cohort definition into one parameterised DuckDB query over the agreed facts tables ({@code person},
 * {@code condition}, {@code observation}) and the {@code segment} table: a {@code select} of the cohort's
 * members with the columns the breakdowns need. Every value is a parameter; only fixed SQL text is concatenated.
 */
final class CohortSql {

    /** The age bands of the breakdown, as SQL over {@code p.age}. */
    static final String AGE_BAND =
            "case when p.age is null then 'Unknown' when p.age < 18 then '0-17' when p.age < 45 then '18-44'"
                    + " when p.age < 65 then '45-64' when p.age < 75 then '65-74' when p.age < 85 then '75-84' else '85+' end";

    record Compiled(String sql, List<Object> parameters) {}

    private CohortSql() {}

    static Compiled members(CohortDefinition definition, LocalDate asAt) {
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        Date day = Date.valueOf(asAt);
        if (!definition.includeDeceased()) {
            where.add("(p.death_date is null or p.death_date > ?)");
            parameters.add(day);
        }
        for (String code : definition.conditions()) {
            where.add(
                    "p.pseudonym in (select pseudonym from condition where code = ? and (onset is null or onset <= ?))");
            parameters.add(code);
            parameters.add(day);
        }
        for (String code : definition.withoutConditions()) {
            where.add(
                    "p.pseudonym not in (select pseudonym from condition where code = ? and (onset is null or onset <= ?))");
            parameters.add(code);
            parameters.add(day);
        }
        for (ObservationCriterion criterion : definition.observations()) {
            observation(criterion, day, asAt, where, parameters);
        }
        if (definition.minAge() != null) {
            where.add("p.age >= ?");
            parameters.add(definition.minAge());
        }
        if (definition.maxAge() != null) {
            where.add("p.age <= ?");
            parameters.add(definition.maxAge());
        }
        in("lower(p.sex)", definition.sexes(), where, parameters);
        in("p.ethnic_group", definition.ethnicGroups(), where, parameters);
        in("p.imd_quintile", definition.imdQuintiles(), where, parameters);
        in("p.place", definition.places(), where, parameters);
        in("p.pcn", definition.pcns(), where, parameters);
        in("p.practice", definition.practices(), where, parameters);
        in("s.segment", definition.segments().stream().map(Segment::name).toList(), where, parameters);
        if (definition.minCms() != null) {
            where.add("s.cms_score >= ?");
            parameters.add(definition.minCms());
        }
        if (definition.maxCms() != null) {
            where.add("s.cms_score <= ?");
            parameters.add(definition.maxCms());
        }
        String sql =
                "select p.pseudonym, p.place, p.practice, cast(p.imd_quintile as varchar) as imd_quintile, p.ethnic_group, "
                        + AGE_BAND
                        + " as age_band, p.sex, s.segment from person p left join segment s on s.pseudonym = p.pseudonym"
                        + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return new Compiled(sql, parameters);
    }

    private static void observation(
            ObservationCriterion criterion, Date day, LocalDate asAt, List<String> where, List<Object> parameters) {
        StringBuilder sub = new StringBuilder("select pseudonym from observation where code = ? and effective <= ?");
        parameters.add(criterion.code());
        parameters.add(day);
        if (criterion.withinMonths() != null) {
            sub.append(" and effective > ?");
            parameters.add(Date.valueOf(asAt.minusMonths(criterion.withinMonths())));
        }
        if (criterion.bounded()) {
            // the latest value in the window decides, as QOF-style indicators read it
            List<String> having = new ArrayList<>();
            bound(having, parameters, ">", criterion.above());
            bound(having, parameters, ">=", criterion.atLeast());
            bound(having, parameters, "<", criterion.below());
            bound(having, parameters, "<=", criterion.atMost());
            sub.append(" and value is not null group by pseudonym having ").append(String.join(" and ", having));
        }
        where.add("p.pseudonym " + (criterion.absent() ? "not in" : "in") + " (" + sub + ")");
    }

    private static void bound(List<String> having, List<Object> parameters, String operator, Double value) {
        if (value != null) {
            having.add("arg_max(value, effective) " + operator + " ?");
            parameters.add(value);
        }
    }

    private static void in(String column, Collection<?> values, List<String> where, List<Object> parameters) {
        if (values.isEmpty()) {
            return;
        }
        where.add(column + " in (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")");
        values.stream().sorted(java.util.Comparator.comparing(Object::toString)).forEach(parameters::add);
    }
}
