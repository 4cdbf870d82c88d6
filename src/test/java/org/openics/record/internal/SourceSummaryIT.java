package org.openics.record.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openics.record.SharedCareRecord;
import org.openics.record.SourceStatistics;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The per-source summary the data quality page reads (V61) follows every insert and delete of a stored version. */
class SourceSummaryIT extends PlatformIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SharedCareRecord record;

    @Test
    void versionsWrittenAndRemovedAreCountedPerSourceAsAFullCountWould() {
        jdbc.update("""
                insert into record.resource_version (type, id, version, hash, source, file, line, received_at)
                select 'Basic', 'summary-' || g, 1, 'h', 'ZSUM1', 'f', g, timestamptz '2026-01-01 12:00Z' + (g - 1) * interval '1 day' from generate_series(1, 3) g""");
        jdbc.update("delete from record.resource_version where type = 'Basic' and id = 'summary-1'");
        assertThat(record.sourceStatistics())
                .filteredOn(s -> s.source().equals("ZSUM1"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.stored()).isEqualTo(2);
                    assertThat(s.lastReceived())
                            .hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("2026-01-03T12:00:00Z"));
                });
        Map<String, Object> both = jdbc.queryForMap("""
                select (select coalesce(sum(versions), 0) from record.source_summary) as summary,
                       (select count(*) from record.resource_version) as counted""");
        assertThat(((Number) both.get("summary")).longValue()).isEqualTo(((Number) both.get("counted")).longValue());
        jdbc.update("delete from record.resource_version where type = 'Basic' and id like 'summary-%'");
        assertThat(record.sourceStatistics())
                .extracting(SourceStatistics::source)
                .doesNotContain("ZSUM1");
    }
}
