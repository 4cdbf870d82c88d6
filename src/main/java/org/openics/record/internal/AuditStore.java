package org.openics.record.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.openics.kernel.UserRole;
import org.openics.record.AuditEntry;
import org.openics.record.audit.AuditChain;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The audit log's store: {@code record.audit_log}, a hash chain with a MAC per entry under the anchor's key. */
@Repository
class AuditStore {

    private final JdbcTemplate jdbc;
    private final AuditAnchor anchor;

    AuditStore(JdbcTemplate jdbc, AuditAnchor anchor) {
        this.jdbc = jdbc;
        this.anchor = anchor;
    }

    AuditEntry appendAudit(
            Instant at,
            String username,
            UserRole role,
            String organisation,
            Long person,
            String purpose,
            String what,
            boolean granted,
            String reason) {
        return appendAudit(List.of(new AuditEntry(
                        0, at, username, role, organisation, person, purpose, what, granted, reason, null)))
                .get(0);
    }

    /**
     * Appends entries (their sequence and hash are ignored) to the hash chain in the current transaction, in order,
     * under a lock that serialises every writer of the chain, and returns them as stored.
     */
    List<AuditEntry> appendAudit(List<AuditEntry> entries) {
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('openics.record.audit'))", Object.class);
        record Last(long seq, String hash) {}
        Last last = jdbc
                .query(
                        "select seq, hash from record.audit_log order by seq desc limit 1",
                        (rs, n) -> new Last(rs.getLong(1), rs.getString(2)))
                .stream()
                .findFirst()
                .orElse(new Last(0, AuditChain.GENESIS));
        List<AuditEntry> chained = new ArrayList<>(entries.size());
        long seq = last.seq();
        String previous = last.hash();
        for (AuditEntry e : entries) {
            // PostgreSQL keeps microseconds: hash what is stored
            AuditEntry unsigned = new AuditEntry(
                    ++seq,
                    e.at().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                    e.username(),
                    e.role(),
                    e.organisation(),
                    e.person(),
                    e.purpose(),
                    e.what(),
                    e.granted(),
                    e.reason(),
                    null);
            previous = AuditChain.hash(previous, unsigned);
            chained.add(new AuditEntry(
                    unsigned.sequence(),
                    unsigned.at(),
                    e.username(),
                    e.role(),
                    e.organisation(),
                    e.person(),
                    e.purpose(),
                    e.what(),
                    e.granted(),
                    e.reason(),
                    previous));
        }
        jdbc.batchUpdate(
                "insert into record.audit_log (seq, at, username, role, organisation, person_id, purpose, what, granted, reason, hash,"
                        + " mac) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                chained,
                1000,
                (ps, e) -> {
                    ps.setLong(1, e.sequence());
                    ps.setTimestamp(2, Timestamp.from(e.at()));
                    ps.setString(3, e.username());
                    ps.setString(4, e.role().name());
                    ps.setString(5, e.organisation());
                    if (e.person() == null) {
                        ps.setNull(6, Types.BIGINT);
                    } else {
                        ps.setLong(6, e.person());
                    }
                    ps.setString(7, e.purpose());
                    ps.setString(8, e.what());
                    ps.setBoolean(9, e.granted());
                    ps.setString(10, e.reason());
                    ps.setString(11, e.hash());
                    ps.setString(12, anchor.mac(e.hash()));
                });
        if (!chained.isEmpty()) {
            AuditEntry newest = chained.get(chained.size() - 1);
            anchor.afterCommit(newest.sequence(), newest.hash());
        }
        return chained;
    }

    private static final RowMapper<AuditEntry> AUDIT = (rs, n) -> new AuditEntry(
            rs.getLong("seq"),
            rs.getTimestamp("at").toInstant(),
            rs.getString("username"),
            UserRole.valueOf(rs.getString("role")),
            rs.getString("organisation"),
            rs.getObject("person_id") == null ? null : rs.getLong("person_id"),
            rs.getString("purpose"),
            rs.getString("what"),
            rs.getBoolean("granted"),
            rs.getString("reason"),
            rs.getString("hash"));

    List<AuditEntry> auditOf(long person) {
        return jdbc.query("select * from record.audit_log where person_id = ? order by seq desc", AUDIT, person);
    }

    void eachAuditEntry(Consumer<AuditEntry> consumer) {
        eachAuditEntry((entry, mac) -> consumer.accept(entry));
    }

    /** Every entry in sequence order with its stored MAC (null for entries written before anchoring). */
    void eachAuditEntry(java.util.function.BiConsumer<AuditEntry, String> consumer) {
        jdbc.query("select * from record.audit_log order by seq", rs -> {
            consumer.accept(AUDIT.mapRow(rs, 0), rs.getString("mac"));
        });
    }
}
