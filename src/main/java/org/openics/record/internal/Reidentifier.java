package org.openics.record.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.NhsNumber;
import org.openics.record.AccessDecision;
import org.openics.record.AccessRequest;
import org.openics.record.PersonId;
import org.openics.record.PersonSummary;
import org.openics.record.Reidentification;
import org.openics.record.access.AccessPolicy;
import org.openics.record.access.PersonListPolicy;
import org.openics.record.access.Relationships;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-identifies analytics pseudonyms for direct care ({@code SharedCareRecord.reidentify}): the list policy
 * first, then the access policy per person (no break glass), one audit entry per person disclosed and one
 * for the request as a whole (how many were withheld, or why it was refused).
 */
@Component
class Reidentifier {

    static final String WHAT = "person list";

    private final JdbcTemplate jdbc;
    private final JdbcRecordStore store;
    private final AuditStore audits;
    private final AccessService access;
    private final AccessPolicy policy = new AccessPolicy();
    private final PersonListPolicy listPolicy = new PersonListPolicy();
    private final Clock clock = Clock.systemUTC();

    Reidentifier(JdbcTemplate jdbc, JdbcRecordStore store, AuditStore audits, AccessService access) {
        this.audits = audits;
        this.jdbc = jdbc;
        this.store = store;
        this.access = access;
    }

    @Transactional
    public Reidentification reidentify(Actor actor, Collection<String> pseudonyms, String purpose) {
        String why = purpose == null || purpose.isBlank() ? "direct care" : purpose;
        AccessDecision mayAsk = listPolicy.mayAsk(actor);
        if (!mayAsk.granted()) {
            audit(
                    actor,
                    null,
                    why,
                    WHAT + " of " + pseudonyms.size() + " pseudonymised people",
                    false,
                    mayAsk.reason());
            return new Reidentification(mayAsk, List.of(), pseudonyms.size());
        }
        List<String> units = access.units(actor);
        String[] wanted = pseudonyms.stream().distinct().toArray(String[]::new);
        long resolved = jdbc.queryForObject(
                "select count(distinct l.person_id) from record.fact_person f"
                        + " join record.person_link l on l.patient_id = f.patient_id where f.pseudonym = any(?)",
                Long.class,
                (Object) wanted);
        // only people related to the actor's units can be granted without break glass: ask the policy about those
        List<Candidate> candidates = jdbc.query(
                "select distinct on (l.person_id) l.person_id, f.pseudonym, f.practice,"
                        + " r.body -> 'name' -> 0 ->> 'family' as family, r.body -> 'name' -> 0 -> 'given' ->> 0 as given"
                        + " from record.fact_person f join record.person_link l on l.patient_id = f.patient_id"
                        + " left join record.resource r on r.type = 'Patient' and r.id = f.patient_id"
                        + " where f.pseudonym = any(?) and exists (select 1 from record.person_link l2 join record.patient_organisation o"
                        + " on o.patient_id = l2.patient_id where l2.person_id = l.person_id and o.organisation = any(?))"
                        + " order by l.person_id, f.patient_id",
                (rs, n) -> new Candidate(
                        rs.getLong(1), rs.getString(2), rs.getString(3), name(rs.getString(5), rs.getString(4))),
                wanted,
                units.toArray(String[]::new));
        List<PersonSummary> shown = new ArrayList<>();
        Map<Long, JdbcRecordStore.PersonRelations> relations =
                store.relationsOf(candidates.stream().map(Candidate::person).toList());
        for (Candidate candidate : candidates) {
            JdbcRecordStore.PersonRelations known = relations.get(candidate.person());
            if (known == null) {
                continue; // merged away or removed since the candidates were read
            }
            Optional<NhsNumber> nhs = known.nhsNumber().map(NhsNumber::new);
            PersonId person = new PersonId(candidate.person());
            AccessDecision decision = policy.decide(
                    new AccessRequest(actor, person, WHAT, why, Optional.empty()),
                    new Relationships(nhs, known.organisations()),
                    units);
            if (decision.granted()) {
                audit(actor, candidate.person(), why, WHAT, true, decision.reason());
                shown.add(new PersonSummary(
                        person, nhs, candidate.name(), candidate.practice(), candidate.pseudonym(), decision.reason()));
            }
        }
        long withheld = resolved - shown.size() + (wanted.length - resolved);
        audit(
                actor,
                null,
                why,
                WHAT + " of " + wanted.length + " pseudonymised people",
                true,
                shown.size() + " shown; " + withheld + " withheld (no legitimate relationship, or not in the record)");
        return new Reidentification(mayAsk, shown, withheld);
    }

    private record Candidate(long person, String pseudonym, String practice, String name) {}

    private static String name(String given, String family) {
        String name = ((given == null ? "" : given) + " "
                        + (family == null ? "" : family.toUpperCase(java.util.Locale.ROOT)))
                .trim();
        return name.isEmpty() ? "Unknown" : name;
    }

    private void audit(Actor actor, Long person, String purpose, String what, boolean granted, String reason) {
        audits.appendAudit(
                clock.instant(),
                actor.username(),
                actor.role(),
                actor.organisation().orElse(null),
                person,
                purpose,
                what,
                granted,
                reason);
    }
}
