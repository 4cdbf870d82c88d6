package org.openics.analytics.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.analytics.Level;
import org.openics.analytics.cohorts.CohortCount;
import org.openics.analytics.cohorts.CohortDefinition;
import org.openics.analytics.cohorts.CohortPersons;
import org.openics.analytics.cohorts.Cohorts;
import org.openics.analytics.cohorts.SegmentCount;
import org.openics.analytics.cohorts.SegmentationSummary;
import org.openics.analytics.cohorts.SmallNumbers;
import org.openics.analytics.cohorts.SuppressedCount;
import org.openics.analytics.segmentation.Segment;
import org.openics.kernel.Actor;
import org.openics.record.PersonIndex;
import org.openics.record.Reidentification;
import org.springframework.stereotype.Service;

/**
 * Cohorts and segments on the facts store. Segments are computed on demand: before a query, when the facts they
 * were computed from have changed (a refresh rebuilt {@code person}, new conditions or encounters arrived).
 */
@Service
class CohortService implements Cohorts {

    private final FactsStore facts;
    private final FactsFeed feed;
    private final PersonIndex record;

    CohortService(FactsStore facts, FactsFeed feed, PersonIndex record) {
        this.facts = facts;
        this.feed = feed;
        this.record = record;
    }

    @Override
    public CohortCount count(CohortDefinition definition) {
        LocalDate asAt = upToDate();
        return facts.query(c -> CohortQueries.count(c, definition, definition.referenceDate(asAt)));
    }

    @Override
    public CohortPersons persons(CohortDefinition definition, Actor actor, String purpose) {
        LocalDate asAt = upToDate();
        List<String> members =
                facts.query(c -> CohortQueries.pseudonyms(c, definition, definition.referenceDate(asAt)));
        Reidentification shown = record.reidentify(actor, members, purpose);
        return new CohortPersons(shown.decision(), members.size(), shown.persons(), shown.withheld());
    }

    @Override
    public SegmentationSummary segment(LocalDate asAt) {
        return facts.write(c -> SegmentationJob.run(c, asAt != null ? asAt : reference(c)));
    }

    @Override
    public List<SegmentCount> segments(Level level, Optional<String> code) {
        upToDate();
        String column = switch (level) {
            case ICS -> null;
            case PLACE -> "place";
            case PCN -> "pcn";
            case PRACTICE -> "practice";
            case LSOA -> "lsoa";
        };
        Map<String, Map<Segment, Long>> counts =
                facts.query(c -> CohortQueries.segmentCounts(c, column, code.orElse(null)));
        List<SegmentCount> result = new ArrayList<>();
        counts.forEach((unit, bySegment) -> {
            Map<String, Long> ordered = new LinkedHashMap<>();
            for (Segment segment : Segment.values()) {
                ordered.put(segment.label(), bySegment.getOrDefault(segment, 0L));
            }
            long total = bySegment.values().stream().mapToLong(Long::longValue).sum();
            List<SuppressedCount> shown = SmallNumbers.breakdown(ordered);
            result.add(new SegmentCount(level, unit, SmallNumbers.one("Total", total), shown));
        });
        return result;
    }

    /**
     * Brings the segments up to date (computing them as at the facts' reference date when the facts moved or none
     * were computed) and gives the date they are as at: the default reference date of a cohort.
     */
    private LocalDate upToDate() {
        Optional<SegmentationJob.Run> last = facts.query(SegmentationJob::lastRun);
        String now = facts.query(SegmentationJob::fingerprint);
        if (last.isPresent() && last.get().fingerprint().equals(now)) {
            return last.get().asAt();
        }
        return segment(null).asAt();
    }

    private LocalDate reference(Connection c) throws SQLException {
        return feed.reference(c);
    }
}
