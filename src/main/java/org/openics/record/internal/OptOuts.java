package org.openics.record.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openics.kernel.Actor;
import org.openics.kernel.NhsNumber;
import org.openics.record.AccountResult;
import org.openics.record.OptOutChoice;
import org.openics.record.OptOutExclusions;
import org.openics.record.OptOutImport;
import org.openics.record.OptOutKind;
import org.openics.record.optout.ConsentChoice;
import org.openics.record.optout.OptOutList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The opt-outs store: imports (lists of NHS numbers, FHIR Consent), residents' own choices, and what analytics must
 * leave out. Each change commits with its audit entry; a withdrawn opt-out re-sends the person's facts to analytics.
 */
@Component
class OptOuts {

    /** Rows of the fact tables of persons holding an opt-out, as a SQL condition on {@code f.patient_id}. */
    static final String OPTED_OUT =
            "exists (select 1 from record.person_link l join record.person p on p.id = l.person_id"
                    + " join record.opt_out o on o.nhs_number = p.nhs_number and o.opted_out where l.patient_id = f.patient_id)";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final JdbcRecordStore store;
    private final AuditStore audits;
    private final FactStore facts;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    OptOuts(
            JdbcTemplate jdbc,
            JdbcRecordStore store,
            AuditStore audits,
            FactStore facts,
            TransactionTemplate transactions) {
        this.facts = facts;
        this.audits = audits;
        this.jdbc = jdbc;
        this.store = store;
        this.transactions = transactions;
    }

    /** One choice read from a file, at its line (or Bundle entry). */
    private record Read(NhsNumber nhsNumber, boolean optedOut, long line) {}

    OptOutImport importFile(Path file, OptOutKind kind, Actor by) {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return OptOutImport.failed(name, kind, name + " is not UTF-8 text: nothing loaded");
        } catch (IOException e) {
            return OptOutImport.failed(
                    name,
                    kind,
                    "cannot read " + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "): nothing loaded");
        }
        List<Read> reads = new ArrayList<>();
        List<OptOutImport.Rejected> rejected = new ArrayList<>();
        long read;
        long repeated = 0;
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".json") || lower.endsWith(".ndjson")) {
            read = consents(name, lines, lower.endsWith(".ndjson"), reads, rejected);
            if (read < 0) {
                return OptOutImport.failed(name, kind, rejected.get(0).toString() + ": nothing loaded");
            }
        } else {
            OptOutList.Parsed parsed = OptOutList.parse(name, lines);
            read = parsed.read();
            repeated = parsed.repeated();
            rejected.addAll(parsed.rejected());
            parsed.accepted().forEach(n -> reads.add(new Read(n, true, 0)));
        }
        long repeatedInFile = repeated;
        return transactions.execute(tx -> {
            long changed = 0;
            Set<NhsNumber> withdrawn = new HashSet<>();
            for (Read r : reads) {
                if (set(
                        r.nhsNumber(),
                        kind,
                        r.optedOut(),
                        r.line() > 0 ? "Consent in " + name + ":" + r.line() : "list " + name,
                        by)) {
                    changed++;
                    if (!r.optedOut()) {
                        withdrawn.add(r.nhsNumber());
                    }
                }
            }
            withdrawn.forEach(this::resendFacts);
            long loaded = reads.size() + repeatedInFile;
            audits.appendAudit(
                    clock.instant(),
                    by.username(),
                    by.role(),
                    by.organisation().orElse(null),
                    null,
                    "opt-out",
                    "import " + kind.label() + " from " + name,
                    true,
                    "read " + read + ", loaded " + loaded + " (" + changed + " changed, " + (loaded - changed)
                            + " already so), rejected " + rejected.size());
            return new OptOutImport(name, kind, read, loaded, loaded - changed, rejected, null);
        });
    }

    /** Reads Consent resources (NDJSON lines, or one JSON resource or Bundle); returns how many were read, or -1 if the file is not JSON. */
    private static long consents(
            String name, List<String> lines, boolean ndjson, List<Read> reads, List<OptOutImport.Rejected> rejected) {
        long read = 0;
        if (ndjson) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                read++;
                try {
                    consent(JSON.readTree(lines.get(i)), name, i + 1, reads, rejected);
                } catch (IOException e) {
                    rejected.add(new OptOutImport.Rejected(
                            name,
                            i + 1,
                            "not JSON: " + e.getMessage().lines().findFirst().orElse("")));
                }
            }
            return read;
        }
        JsonNode root;
        try {
            root = JSON.readTree(String.join("\n", lines));
        } catch (IOException e) {
            rejected.add(new OptOutImport.Rejected(
                    name, 1, "not JSON: " + e.getMessage().lines().findFirst().orElse("")));
            return -1;
        }
        if (root != null && "Bundle".equals(root.path("resourceType").asText())) {
            JsonNode entries = root.path("entry");
            for (int i = 0; i < entries.size(); i++) {
                read++;
                consent(entries.get(i).path("resource"), name + " entry", i + 1, reads, rejected);
            }
            return read;
        }
        consent(root, name, 1, reads, rejected);
        return 1;
    }

    private static void consent(
            JsonNode resource, String where, long line, List<Read> reads, List<OptOutImport.Rejected> rejected) {
        String nhsNumber = null;
        for (JsonNode identifier : resource.path("patient").path("identifier").isArray()
                ? resource.path("patient").path("identifier")
                : JSON.createArrayNode().add(resource.path("patient").path("identifier"))) {
            if (NhsNumber.SYSTEM.equals(identifier.path("system").asText())) {
                nhsNumber = identifier.path("value").asText(null);
            }
        }
        ConsentChoice.Decision decision = ConsentChoice.decide(
                resource.path("resourceType").asText(null),
                resource.path("status").asText(null),
                resource.path("provision").path("type").asText(null),
                nhsNumber);
        if (decision.accepted()) {
            reads.add(new Read(decision.nhsNumber(), decision.optedOut(), line));
        } else {
            rejected.add(new OptOutImport.Rejected(where, line, decision.rejection()));
        }
    }

    /** Sets one choice; true when it changed anything. Call inside a transaction. */
    private boolean set(NhsNumber nhsNumber, OptOutKind kind, boolean optedOut, String source, Actor by) {
        int rows = jdbc.update(
                "insert into record.opt_out (nhs_number, kind, opted_out, source, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)"
                        + " on conflict (nhs_number, kind) do update set opted_out = excluded.opted_out, source = excluded.source,"
                        + " recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at where record.opt_out.opted_out <> excluded.opted_out",
                nhsNumber.value(),
                kind.name(),
                optedOut,
                source,
                by.username(),
                Timestamp.from(clock.instant()));
        return rows > 0;
    }

    /** A person's facts get a new change sequence, so that the next analytics refresh takes them again (after a withdrawal). */
    private void resendFacts(NhsNumber nhsNumber) {
        for (org.openics.record.AnalyticFacts.Kind kind : org.openics.record.AnalyticFacts.Kind.values()) {
            jdbc.update(
                    "update record." + FactReader.table(kind)
                            + " set change_seq = change_seq where patient_id in (select l.patient_id from record.person_link l"
                            + " join record.person p on p.id = l.person_id where p.nhs_number = ?)",
                    nhsNumber.value());
        }
    }

    Optional<NhsNumber> nhsNumberOf(long person) {
        return jdbc
                .queryForList(
                        "select nhs_number from record.person where id = ? and nhs_number is not null",
                        String.class,
                        person)
                .stream()
                .findFirst()
                .map(NhsNumber::new);
    }

    List<OptOutChoice> choices(NhsNumber nhsNumber) {
        Map<OptOutKind, OptOutChoice> choices = new EnumMap<>(OptOutKind.class);
        for (OptOutKind kind : OptOutKind.values()) {
            choices.put(kind, OptOutChoice.none(kind));
        }
        jdbc.query(
                "select kind, opted_out, source, recorded_by, recorded_at from record.opt_out where nhs_number = ?",
                rs -> {
                    OptOutKind kind = OptOutKind.valueOf(rs.getString(1));
                    choices.put(
                            kind,
                            new OptOutChoice(
                                    kind,
                                    rs.getBoolean(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getTimestamp(5).toInstant()));
                },
                nhsNumber.value());
        return List.copyOf(choices.values());
    }

    /** Records one person's choice with its audit entry, in one transaction. */
    AccountResult record(long person, NhsNumber nhsNumber, OptOutKind kind, boolean optedOut, Actor by) {
        return transactions.execute(tx -> {
            String source = by.nhsNumber().filter(nhsNumber::equals).isPresent()
                    ? "resident self-service"
                    : "recorded by " + by.username();
            boolean changed = set(nhsNumber, kind, optedOut, source, by);
            if (changed && !optedOut) {
                resendFacts(nhsNumber);
            }
            String what = (optedOut ? "opted out: " : "opt-out withdrawn: ") + kind.label();
            audits.appendAudit(
                    clock.instant(),
                    by.username(),
                    by.role(),
                    by.organisation().orElse(null),
                    person,
                    "opt-out",
                    what,
                    true,
                    changed ? source : "unchanged (already so), " + source);
            String message = !changed
                    ? "No change: this choice was already recorded."
                    : optedOut
                            ? "Recorded: you have opted out (" + kind.label()
                                    + "). It applies from the next analytics refresh."
                            : "Recorded: your " + kind.label()
                                    + " is withdrawn. Your information is used again from the next analytics refresh.";
            return new AccountResult(true, message, Optional.empty());
        });
    }

    OptOutExclusions exclusions() {
        record Excluded(Set<String> kinds, String[] practice) {}
        Map<Long, Excluded> persons = new LinkedHashMap<>();
        jdbc.query(
                "select l.person_id, o.kind, max(f.practice) from record.opt_out o join record.person p on p.nhs_number = o.nhs_number"
                        + " join record.person_link l on l.person_id = p.id left join record.fact_person f on f.patient_id = l.patient_id"
                        + " where o.opted_out group by l.person_id, o.kind",
                rs -> {
                    Excluded e =
                            persons.computeIfAbsent(rs.getLong(1), k -> new Excluded(new HashSet<>(), new String[1]));
                    e.kinds().add(rs.getString(2));
                    if (rs.getString(3) != null) {
                        e.practice()[0] = rs.getString(3);
                    }
                });
        Set<String> pseudonyms = new HashSet<>();
        Map<String, Long> byPractice = new HashMap<>();
        long national = 0;
        long type1 = 0;
        for (Map.Entry<Long, Excluded> e : persons.entrySet()) {
            pseudonyms.add(facts.pseudonym(e.getKey()));
            national += e.getValue().kinds().contains(OptOutKind.NATIONAL.name()) ? 1 : 0;
            type1 += e.getValue().kinds().contains(OptOutKind.TYPE1.name()) ? 1 : 0;
            if (e.getValue().practice()[0] != null) {
                byPractice.merge(e.getValue().practice()[0], 1L, Long::sum);
            }
        }
        return new OptOutExclusions(pseudonyms, national, type1, byPractice);
    }
}
