package org.openics.record.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openics.record.StoreDigest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fingerprints of the record's content for {@link StoreDigest}. Person ids, fact ids, change sequences and
 * pseudonyms are left out (they depend on the order of loading and the store's key); a person is known by
 * the patient records linked to it.
 */
@Component
class StoreDigests {

    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("resources", "select type || '/' || id || '/' || version || '/' || hash as row from record.resource");
        PARTS.put(
                "versions",
                "select type || '/' || id || '/' || version || '/' || hash || '/' || (body is null) as row "
                        + "from record.resource_version");
        PARTS.put(
                "persons",
                "select coalesce(p.nhs_number, '') || '|' || coalesce(p.match_key, '') || '|' "
                        + "|| string_agg(l.patient_id || ':' || l.method, ',' order by l.patient_id) as row "
                        + "from record.person p join record.person_link l on l.person_id = p.id group by p.id");
        PARTS.put(
                "persons without a record",
                "select coalesce(nhs_number, '') || '|' || coalesce(match_key, '') as row "
                        + "from record.person p where not exists (select 1 from record.person_link l where l.person_id = p.id)");
        PARTS.put(
                "relationships",
                "select patient_id || '|' || organisation || '|' || relationship as row from record.patient_organisation");
        for (String kind : new String[] {"person", "condition", "observation", "encounter", "death", "waiting_list"}) {
            PARTS.put(
                    "facts: " + kind.replace('_', ' '),
                    "select (to_jsonb(f) - 'fact_id' - 'change_seq' - 'pseudonym')::text as row " + "from record.fact_"
                            + kind + " f");
        }
        PARTS.put(
                "quarantine",
                "select source || '|' || file || '|' || line || '|' || hash || '|' || reason as row "
                        + "from record.quarantine where released_at is null");
    }

    /**
     * Order-independent and streaming (no sort, no one string of every row, which would pass PostgreSQL's 1 GB limit
     * at full size): each row's MD5 split into two 64-bit halves, summed (a multiset, so repeated rows count) and
     * xor-ed, and the two totals hashed together.
     */
    private static final String FINGERPRINT =
            "select count(*), md5(coalesce(sum(('x' || substr(h, 1, 16))::bit(64)::bigint::numeric), 0)"
                    + " || ':' || coalesce(bit_xor(('x' || substr(h, 17, 16))::bit(64)::bigint), 0)) from (select md5(row) as h from (%s) r) d";

    private final JdbcTemplate jdbc;

    StoreDigests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    StoreDigest digest() {
        Map<String, StoreDigest.Part> parts = new LinkedHashMap<>();
        PARTS.forEach((name, rows) -> parts.put(
                name,
                jdbc.queryForObject(
                        FINGERPRINT.formatted(rows), (rs, i) -> new StoreDigest.Part(rs.getLong(1), rs.getString(2)))));
        return new StoreDigest(parts);
    }
}
