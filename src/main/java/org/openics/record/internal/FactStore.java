package org.openics.record.internal;

import java.security.SecureRandom;
import java.util.List;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The pseudonymised facts' store: the {@code record.fact_*} tables and the pseudonym key ({@code record.pseudonym_key}). */
@Repository
class FactStore {

    private final JdbcTemplate jdbc;
    private volatile SecretKeySpec pseudonymKey;

    FactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String pseudonym(long person) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] digest = mac.doFinal(Long.toString(person).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec key() {
        if (pseudonymKey == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.update(
                    "insert into record.pseudonym_key (id, key) values (1, ?) on conflict do nothing", (Object) fresh);
            byte[] stored = jdbc.queryForObject("select key from record.pseudonym_key where id = 1", byte[].class);
            pseudonymKey = new SecretKeySpec(stored, "HmacSHA256");
        }
        return pseudonymKey;
    }

    void facts(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    void streamFacts(String sql, Consumer<java.sql.ResultSet> row) {
        jdbc.query(sql, rs -> {
            row.accept(rs);
        });
    }
}
