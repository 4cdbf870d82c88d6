package org.openics.engagement.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.engagement.Cell;
import org.openics.engagement.Representation;

/**
 * Who was heard against who lives there. Shares are of the respondents who said which group they are in (not of
 * everyone), compared with each group's share of the residents of the same groups: a description of who responded,
 * not an estimate, so it carries no confidence interval. Shares of withheld counts are withheld too.
 */
public final class Representativeness {

    private Representativeness() {}

    /** A group of a dimension: its code (a place code, an age band, a quintile) and its label. */
    public record Group(String code, String label) {}

    /**
     * @param counts     respondents per group code (absent: none)
     * @param population residents per group code; empty map when the registry holds none
     * @param noPopulation the reason given when the population is missing
     */
    public static Representation table(
            String dimension,
            List<Group> groups,
            Map<String, Long> counts,
            Map<String, Long> population,
            String noPopulation) {
        List<Long> values =
                groups.stream().map(g -> counts.getOrDefault(g.code(), 0L)).toList();
        List<Cell> cells = SmallNumbers.suppress(values);
        long total = values.stream().mapToLong(Long::longValue).sum();
        boolean hasPopulation = groups.stream().allMatch(g -> population.getOrDefault(g.code(), 0L) > 0);
        long residents = hasPopulation
                ? groups.stream().mapToLong(g -> population.get(g.code())).sum()
                : 0;
        List<Representation.Row> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            Cell cell = cells.get(i);
            Double share = cell.suppressed() || total == 0 ? null : 100.0 * cell.count() / total;
            Long pop = hasPopulation ? population.get(g.code()) : null;
            Double popShare = hasPopulation ? 100.0 * pop / residents : null;
            Double gap = share != null && popShare != null ? share - popShare : null;
            rows.add(new Representation.Row(g.code(), g.label(), cell, share, pop, popShare, gap));
        }
        Optional<String> reason = hasPopulation ? Optional.empty() : Optional.of(noPopulation);
        return new Representation(dimension, rows, total, reason);
    }
}
