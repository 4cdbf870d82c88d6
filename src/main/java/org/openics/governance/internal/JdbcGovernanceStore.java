package org.openics.governance.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.openics.governance.Affiliation;
import org.openics.governance.Appointment;
import org.openics.governance.Body;
import org.openics.governance.BodyKind;
import org.openics.governance.ConstitutionRule;
import org.openics.governance.DecisionRecord;
import org.openics.governance.DeclaredInterest;
import org.openics.governance.DelegateKind;
import org.openics.governance.Delegation;
import org.openics.governance.Exclusion;
import org.openics.governance.FunctionCategory;
import org.openics.governance.GovernedFunction;
import org.openics.governance.HistoryEntry;
import org.openics.governance.InterestKind;
import org.openics.governance.Level;
import org.openics.governance.Outcome;
import org.openics.governance.Person;
import org.openics.governance.QuorumRule;
import org.openics.governance.Role;
import org.openics.governance.RuleKind;
import org.openics.governance.TermsOfReference;
import org.openics.governance.model.GovernanceModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Governance tables in PostgreSQL (schema {@code governance}). */
@Repository
class JdbcGovernanceStore {

    private static final TypeReference<List<org.openics.governance.MemberVote>> VOTES = new TypeReference<>() {};
    private static final TypeReference<List<Exclusion>> EXCLUSIONS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    JdbcGovernanceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises writers across processes (demo load, scheme import, decisions). */
    void lockForWriting() {
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('openics.governance'))", Object.class);
    }

    boolean hasSystem() {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from governance.system)", Boolean.class));
    }

    GovernanceModel load() {
        String icb = jdbc.query("select icb from governance.system", rs -> rs.next() ? rs.getString(1) : null);
        List<Body> bodies = jdbc.query(
                "select code, name, kind, level, parent, place, quorum_members, quorum_independent, valid_from,"
                        + " valid_to from governance.body order by code",
                (rs, n) -> new Body(
                        rs.getString(1),
                        rs.getString(2),
                        BodyKind.valueOf(rs.getString(3)),
                        Level.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        new QuorumRule(rs.getInt(7), rs.getInt(8)),
                        date(rs, 9),
                        date(rs, 10)));
        List<Person> people = jdbc.query(
                "select id, name from governance.person order by id",
                (rs, n) -> new Person(rs.getString(1), rs.getString(2)));
        List<Appointment> appointments = jdbc.query(
                "select person, body, role, represents, valid_from, valid_to"
                        + " from governance.appointment order by id",
                (rs, n) -> new Appointment(
                        rs.getString(1),
                        rs.getString(2),
                        Role.valueOf(rs.getString(3)),
                        rs.getString(4),
                        date(rs, 5),
                        date(rs, 6)));
        List<Affiliation> affiliations = jdbc.query(
                "select person, organisation, office, valid_from, valid_to"
                        + " from governance.affiliation order by id",
                (rs, n) ->
                        new Affiliation(rs.getString(1), rs.getString(2), rs.getString(3), date(rs, 4), date(rs, 5)));
        List<DeclaredInterest> interests = jdbc.query(
                "select person, kind, organisation, description, valid_from, valid_to"
                        + " from governance.interest order by id",
                (rs, n) -> new DeclaredInterest(
                        rs.getString(1),
                        InterestKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        date(rs, 5),
                        date(rs, 6)));
        List<ConstitutionRule> rules = jdbc.query(
                "select id, version, applies_to, kind, role, minimum, text, reason, valid_from,"
                        + " valid_to from governance.rule order by id, version",
                (rs, n) -> new ConstitutionRule(
                        rs.getString(1),
                        rs.getInt(2),
                        BodyKind.valueOf(rs.getString(3)),
                        RuleKind.valueOf(rs.getString(4)),
                        rs.getString(5) == null ? null : Role.valueOf(rs.getString(5)),
                        rs.getInt(6),
                        rs.getString(7),
                        rs.getString(8),
                        date(rs, 9),
                        date(rs, 10)));
        List<GovernedFunction> functions = jdbc.query(
                "select code, name, category, plain_english from governance.function order by position",
                (rs, n) -> new GovernedFunction(
                        rs.getString(1), rs.getString(2), FunctionCategory.valueOf(rs.getString(3)), rs.getString(4)));
        List<Delegation> delegations = jdbc.query(
                "select id, function, delegated_by, delegate, kind, place, limit_pounds, conditions,"
                        + " valid_from, valid_to from governance.delegation order by id",
                (rs, n) -> new Delegation(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        DelegateKind.valueOf(rs.getString(5)),
                        rs.getString(6),
                        rs.getObject(7, Long.class),
                        rs.getString(8),
                        date(rs, 9),
                        date(rs, 10)));
        List<TermsOfReference> terms = jdbc.query(
                "select body, remit, quorum_members, quorum_independent, members, valid_from, valid_to,"
                        + " named_votes from governance.terms order by id",
                (rs, n) -> new TermsOfReference(
                        rs.getString(1),
                        rs.getString(2),
                        new QuorumRule(rs.getInt(3), rs.getInt(4)),
                        Arrays.stream((String[]) rs.getArray(5).getArray())
                                .map(Role::valueOf)
                                .toList(),
                        date(rs, 6),
                        date(rs, 7),
                        rs.getBoolean(8)));
        return new GovernanceModel(
                icb, bodies, people, appointments, affiliations, interests, rules, functions, delegations, terms);
    }

    /** Writes the bodies, people, seats, interests and rules of a new system (the scheme goes through {@link #replaceScheme}). */
    void saveStructure(GovernanceModel model) {
        jdbc.update("insert into governance.system (icb) values (?)", model.icb());
        jdbc.batchUpdate(
                "insert into governance.body (code, name, kind, level, parent, place, quorum_members, quorum_independent,"
                        + " valid_from, valid_to) values (?,?,?,?,?,?,?,?,?,?)",
                model.allBodies().stream()
                        .map(b -> new Object[] {
                            b.code(),
                            b.name(),
                            b.kind().name(),
                            b.level().name(),
                            b.parent(),
                            b.place(),
                            b.quorum().minimumMembers(),
                            b.quorum().minimumIndependent(),
                            sql(b.validFrom()),
                            sql(b.validTo())
                        })
                        .toList());
        jdbc.batchUpdate(
                "insert into governance.person (id, name) values (?,?)",
                model.people().stream()
                        .map(p -> new Object[] {p.id(), p.name()})
                        .toList());
        jdbc.batchUpdate(
                "insert into governance.appointment (person, body, role, represents, valid_from, valid_to) values (?,?,?,?,?,?)",
                model.appointments().stream()
                        .map(a -> new Object[] {
                            a.person(), a.body(), a.role().name(), a.represents(), sql(a.validFrom()), sql(a.validTo())
                        })
                        .toList());
        jdbc.batchUpdate(
                "insert into governance.affiliation (person, organisation, office, valid_from, valid_to) values (?,?,?,?,?)",
                model.affiliations().stream()
                        .map(a -> new Object[] {
                            a.person(), a.organisation(), a.office(), sql(a.validFrom()), sql(a.validTo())
                        })
                        .toList());
        jdbc.batchUpdate(
                "insert into governance.interest (person, kind, organisation, description, valid_from, valid_to)"
                        + " values (?,?,?,?,?,?)",
                model.interests().stream()
                        .map(i -> new Object[] {
                            i.person(),
                            i.kind().name(),
                            i.organisation(),
                            i.description(),
                            sql(i.validFrom()),
                            sql(i.validTo())
                        })
                        .toList());
        jdbc.batchUpdate(
                "insert into governance.rule (id, version, applies_to, kind, role, minimum, text, reason, valid_from, valid_to)"
                        + " values (?,?,?,?,?,?,?,?,?,?)",
                model.rules().stream()
                        .map(r -> new Object[] {
                            r.id(),
                            r.version(),
                            r.appliesTo().name(),
                            r.kind().name(),
                            r.role() == null ? null : r.role().name(),
                            r.minimum(),
                            r.text(),
                            r.reason(),
                            sql(r.validFrom()),
                            sql(r.validTo())
                        })
                        .toList());
        jdbc.batchUpdate(
                "insert into governance.terms (body, remit, quorum_members, quorum_independent, members, valid_from, valid_to,"
                        + " named_votes) values (?,?,?,?,?,?,?,?)",
                model.terms().stream()
                        .map(t -> new Object[] {
                            t.body(),
                            t.remit(),
                            t.quorum().minimumMembers(),
                            t.quorum().minimumIndependent(),
                            t.members().stream().map(Role::name).toArray(String[]::new),
                            sql(t.validFrom()),
                            sql(t.validTo()),
                            t.namedVotes()
                        })
                        .toList());
    }

    /** Replaces bodies, people, seats, offices, interests and rules (the scheme goes through {@link #replaceScheme}). */
    void replaceStructure(GovernanceModel model) {
        jdbc.update("delete from governance.terms");
        jdbc.update("delete from governance.appointment");
        jdbc.update("delete from governance.affiliation");
        jdbc.update("delete from governance.interest");
        jdbc.update("delete from governance.rule");
        jdbc.update("delete from governance.person");
        jdbc.update("delete from governance.body");
        jdbc.update("delete from governance.system");
        saveStructure(model);
    }

    /** Keeps the model as it now stands (after an import or a change); returns the new model version. */
    int recordModelVersion(String source, String document, ModelCounts counts) {
        return jdbc.queryForObject(
                "insert into governance.model_version (source, bodies, people, seats, offices, interests, rules,"
                        + " scheme_entries, document) values (?,?,?,?,?,?,?,?,?) returning version",
                Integer.class,
                source,
                counts.bodies(),
                counts.people(),
                counts.seats(),
                counts.offices(),
                counts.interests(),
                counts.rules(),
                counts.entries(),
                document);
    }

    /** Governance's one history, newest first. */
    List<HistoryEntry> history(int limit) {
        return jdbc.query(
                "select l.id, l.at, l.username, l.role, l.action, l.detail, l.model_version from governance.change_log l"
                        + " order by l.at desc, l.id desc limit ?",
                (rs, n) -> new HistoryEntry(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        roleLabel(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, Integer.class)),
                limit);
    }

    private static String roleLabel(String role) {
        try {
            return org.openics.kernel.UserRole.valueOf(role).label();
        } catch (IllegalArgumentException e) {
            return role;
        }
    }

    /** The model document a version kept, if there is one. */
    Optional<String> modelDocument(int version) {
        return jdbc
                .query(
                        "select document from governance.model_version where version = ?",
                        (rs, n) -> rs.getString(1),
                        version)
                .stream()
                .findFirst();
    }

    int modelVersion() {
        return jdbc.queryForObject("select coalesce(max(version), 0) from governance.model_version", Integer.class);
    }

    /** How many of each kind an imported model held. */
    record ModelCounts(int bodies, int people, int seats, int offices, int interests, int rules, int entries) {}

    /** Replaces the scheme's functions and entries; returns the new scheme version. */
    int replaceScheme(List<GovernedFunction> functions, List<Delegation> delegations, String source) {
        jdbc.update("delete from governance.delegation");
        jdbc.update("delete from governance.function");
        int[] position = {0};
        jdbc.batchUpdate(
                "insert into governance.function (code, name, category, plain_english, position) values (?,?,?,?,?)",
                functions.stream()
                        .map(f ->
                                new Object[] {f.code(), f.name(), f.category().name(), f.plainEnglish(), position[0]++})
                        .toList());
        jdbc.batchUpdate(
                "insert into governance.delegation (id, function, delegated_by, delegate, kind, place, limit_pounds, conditions,"
                        + " valid_from, valid_to) values (?,?,?,?,?,?,?,?,?,?)",
                delegations.stream()
                        .map(d -> new Object[] {
                            d.id(),
                            d.function(),
                            d.delegatedBy(),
                            d.delegate(),
                            d.kind().name(),
                            d.place(),
                            d.limitPounds(),
                            d.conditions(),
                            sql(d.validFrom()),
                            sql(d.validTo())
                        })
                        .toList());
        return jdbc.queryForObject(
                "insert into governance.scheme_version (source, functions, entries) values (?,?,?) returning version",
                Integer.class,
                source,
                functions.size(),
                delegations.size());
    }

    int schemeVersion() {
        return jdbc.queryForObject("select coalesce(max(version), 0) from governance.scheme_version", Integer.class);
    }

    List<DecisionRecord> decisions() {
        return jdbc.query(
                "select sequence, recorded_at, body, meeting_date, item, proposal, function, value_pounds, place,"
                        + " counterparties, outcome, reason, entry, excluded, confidential_ground, previous_hash, hash, votes"
                        + " from governance.decision order by sequence",
                (rs, n) -> decision(rs));
    }

    Optional<DecisionRecord> lastDecision() {
        return jdbc
                .query(
                        "select sequence, recorded_at, body, meeting_date, item, proposal, function, value_pounds, place,"
                                + " counterparties, outcome, reason, entry, excluded, confidential_ground, previous_hash, hash, votes"
                                + " from governance.decision order by sequence desc limit 1",
                        (rs, n) -> decision(rs))
                .stream()
                .findFirst();
    }

    /** One row of who changed what, in the caller's transaction: the history every governance write lands in. */
    void logChange(org.openics.kernel.Actor actor, org.openics.kernel.Permission action, String detail) {
        logChange(actor, action, detail, null);
    }

    /** The same, for a write that kept a model version. */
    void logChange(
            org.openics.kernel.Actor actor, org.openics.kernel.Permission action, String detail, Integer modelVersion) {
        jdbc.update(
                "insert into governance.change_log (username, role, action, detail, model_version) values (?,?,?,?,?)",
                actor.username(),
                actor.role().name(),
                action.action(),
                detail,
                modelVersion);
    }

    void append(DecisionRecord r) {
        jdbc.update(
                "insert into governance.decision (sequence, recorded_at, body, meeting_date, item, proposal, function, value_pounds,"
                        + " place, counterparties, outcome, reason, entry, excluded, confidential_ground, previous_hash, hash, votes)"
                        + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?::jsonb,?,?,?,?::jsonb)",
                r.sequence(),
                Timestamp.from(r.recordedAt()),
                r.body(),
                sql(r.meetingDate()),
                r.item(),
                r.proposal(),
                r.function(),
                r.valuePounds(),
                r.place(),
                r.counterparties().toArray(String[]::new),
                r.outcome().name(),
                r.reason(),
                r.entry(),
                toJson(r.excluded()),
                r.confidentialGround(),
                r.previousHash(),
                r.hash(),
                r.votes().isEmpty() ? null : toJson(r.votes()));
    }

    private DecisionRecord decision(ResultSet rs) throws SQLException {
        Array counterparties = rs.getArray(10);
        return new DecisionRecord(
                rs.getLong(1),
                rs.getTimestamp(2).toInstant(),
                rs.getString(3),
                date(rs, 4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getLong(8),
                rs.getString(9),
                Arrays.asList((String[]) counterparties.getArray()),
                Outcome.valueOf(rs.getString(11)),
                rs.getString(12),
                rs.getString(13),
                fromJson(rs.getString(14), EXCLUSIONS),
                rs.getString(15),
                rs.getString(18) == null ? List.of() : fromJson(rs.getString(18), VOTES),
                rs.getString(16),
                rs.getString(17));
    }

    private String toJson(List<?> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a decision's exclusions or votes as JSON", e);
        }
    }

    private <T> List<T> fromJson(String text, TypeReference<List<T>> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored decision's exclusions or votes are not valid JSON: " + text, e);
        }
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Date sql(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
