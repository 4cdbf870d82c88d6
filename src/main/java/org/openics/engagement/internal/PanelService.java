package org.openics.engagement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openics.engagement.AgeBand;
import org.openics.engagement.ConsultationStatus;
import org.openics.engagement.Created;
import org.openics.engagement.Panel;
import org.openics.engagement.PanelEvent;
import org.openics.engagement.PanelMember;
import org.openics.engagement.Partner;
import org.openics.engagement.Problem;
import org.openics.engagement.ProblemKind;
import org.openics.engagement.Representation;
import org.openics.engagement.analysis.Representativeness;
import org.springframework.stereotype.Component;

/**
 * The citizens' panel behind the entry point (which checks the roles): members, their representativeness against the
 * registry's residents, invitations, events and partners. Every write is logged in the engagement log.
 */
@Component
class PanelService {

    private final JdbcPanelStore panel;
    private final JdbcEngagementStore store;
    private final RegistryPlaces places;
    private final Clock clock = Clock.systemDefaultZone();

    PanelService(JdbcPanelStore panel, JdbcEngagementStore store, RegistryPlaces places) {
        this.panel = panel;
        this.store = store;
        this.places = places;
    }

    Panel panel(LocalDate asAt) {
        List<PanelMember> members = panel.members();
        List<PanelMember> active =
                members.stream().filter(m -> m.activeOn(asAt)).toList();
        var all = places.places(asAt, List.of());
        Map<String, Long> byPlace =
                active.stream().collect(Collectors.groupingBy(PanelMember::place, Collectors.counting()));
        Map<String, Long> byAge = active.stream()
                .filter(m -> m.ageBand().isPresent())
                .collect(Collectors.groupingBy(m -> m.ageBand().get().name(), Collectors.counting()));
        Map<String, Long> byQuintile = active.stream()
                .map(m -> m.lsoa().flatMap(l -> places.quintile(asAt, l)))
                .flatMap(Optional::stream)
                .collect(Collectors.groupingBy(q -> Integer.toString(q), Collectors.counting()));
        List<Representation> representation = List.of(
                Representativeness.table(
                        "Place",
                        all,
                        byPlace,
                        places.residents(asAt, all),
                        "not calculated: the registry holds no residents for the places (import the LSOA populations)"),
                Representativeness.table(
                        "Age band",
                        Arrays.stream(AgeBand.values())
                                .map(b -> new Representativeness.Group(b.name(), b.label()))
                                .toList(),
                        byAge,
                        places.residentsByAge(asAt, all),
                        "not calculated: the registry holds no residents by age band (the demo has none; import the ONS LSOA populations by age)"),
                Representativeness.table(
                        "Deprivation quintile of home LSOA (1 = most deprived fifth of England)",
                        IntStream.rangeClosed(1, 5)
                                .mapToObj(q -> new Representativeness.Group(Integer.toString(q), "Quintile " + q))
                                .toList(),
                        byQuintile,
                        places.residentsByQuintile(asAt, all),
                        "not calculated: the registry holds no deprivation or residents for the places' LSOAs"));
        return new Panel(members, active.size(), representation, panel.invitations(), panel.events(), panel.partners());
    }

    Created recruit(String by, PanelMember m, String reference) {
        LocalDate today = LocalDate.now(clock);
        List<Problem> problems = new ArrayList<>();
        if (m.place() == null || !places.names(today).containsKey(m.place())) {
            problems.add(
                    invalid("place", "the member's place must be a place in the registry (got '" + m.place() + "')"));
        } else {
            m.lsoa()
                    .filter(l -> !places.lsoaIn(today, l, m.place()))
                    .ifPresent(l -> problems.add(invalid("lsoa", "'" + l + "' is not an LSOA of " + m.place())));
        }
        if (m.consentedOn() == null || m.consentedOn().isAfter(today)) {
            problems.add(invalid("consentedOn", "a member joins with their consent, on a date not after today"));
        }
        m.recruitedBy()
                .filter(p -> partner(p).isEmpty())
                .ifPresent(p -> problems.add(invalid("recruitedBy", "'" + p + "' is not a partner")));
        if (panel.memberExists(reference)) {
            problems.add(new Problem(ProblemKind.DUPLICATE, "reference", "a member " + reference + " exists already"));
        }
        if (!problems.isEmpty()) {
            return new Created(false, problems);
        }
        panel.insertMember(
                new PanelMember(
                        reference,
                        m.place(),
                        m.ageBand(),
                        m.lsoa(),
                        m.recruitedBy(),
                        m.consentedOn(),
                        Optional.empty()),
                by);
        store.log(by, clock.instant(), "panel member recruited", reference);
        return new Created(true, List.of());
    }

    Created withdraw(String by, String member, LocalDate on) {
        if (panel.withdraw(member, on) == 0) {
            return new Created(
                    false, List.of(new Problem(ProblemKind.NOT_FOUND, "member", "no active member " + member)));
        }
        store.log(by, clock.instant(), "panel member withdrawn", member);
        return new Created(true, List.of());
    }

    Created invite(String by, String consultation, Optional<String> place) {
        LocalDate today = LocalDate.now(clock);
        var c = store.consultations().stream()
                .filter(x -> x.code().equals(consultation))
                .findFirst();
        if (c.isEmpty()) {
            return new Created(
                    false,
                    List.of(new Problem(
                            ProblemKind.NO_SUCH_CONSULTATION,
                            "consultation",
                            "no consultation '" + consultation + "'")));
        }
        if (c.get().status(today) == ConsultationStatus.CLOSED) {
            return new Created(
                    false,
                    List.of(new Problem(
                            ProblemKind.CLOSED,
                            "consultation",
                            consultation + " closed on " + c.get().closes())));
        }
        int invited = 0;
        for (PanelMember m : panel.members()) {
            if (m.activeOn(today)
                    && place.map(m.place()::equals).orElse(true)
                    && (c.get().audiencePlaces().isEmpty()
                            || c.get().audiencePlaces().contains(m.place()))) {
                invited += panel.invite(consultation, m.reference(), today);
            }
        }
        store.log(
                by,
                clock.instant(),
                "panel invited",
                consultation + " " + invited + " members"
                        + place.map(p -> " of " + p).orElse(""));
        return new Created(true, List.of());
    }

    Created tookPart(String by, String consultation, String member) {
        if (panel.tookPart(consultation, member) == 0) {
            return new Created(
                    false,
                    List.of(new Problem(
                            ProblemKind.NOT_FOUND, "member", member + " was not invited to " + consultation)));
        }
        store.log(by, clock.instant(), "panel participation recorded", consultation + " " + member);
        return new Created(true, List.of());
    }

    Created recordEvent(String by, PanelEvent e) {
        List<Problem> problems = new ArrayList<>();
        if (e.title() == null || e.title().isBlank()) {
            problems.add(invalid("title", "an event needs a title"));
        }
        if (e.heldOn() == null) {
            problems.add(invalid("heldOn", "an event needs its date"));
        }
        if (e.place() == null || !places.names(LocalDate.now(clock)).containsKey(e.place())) {
            problems.add(invalid("place", "an event is held in a place of the registry (got '" + e.place() + "')"));
        }
        if (e.attendance() < 0) {
            problems.add(invalid("attendance", "attendance is a count, 0 or more"));
        }
        e.partner()
                .filter(p -> partner(p).isEmpty())
                .ifPresent(p -> problems.add(invalid("partner", "'" + p + "' is not a partner")));
        if (!problems.isEmpty()) {
            return new Created(false, problems);
        }
        panel.insertEvent(e);
        store.log(by, clock.instant(), "event recorded", e.title() + " " + e.heldOn());
        return new Created(true, List.of());
    }

    Created addPartner(String by, Partner p) {
        List<Problem> problems = new ArrayList<>();
        if (p.code() == null || !p.code().matches("[A-Za-z0-9][A-Za-z0-9-]{0,39}")) {
            problems.add(invalid("code", "a partner's code is 1 to 40 letters, digits or hyphens"));
        } else if (partner(p.code()).isPresent()) {
            problems.add(new Problem(ProblemKind.DUPLICATE, "code", "a partner " + p.code() + " exists already"));
        }
        if (p.name() == null || p.name().isBlank() || p.kind() == null) {
            problems.add(invalid("name", "a partner needs a name and a kind"));
        }
        if (p.place() != null && !places.names(LocalDate.now(clock)).containsKey(p.place())) {
            problems.add(invalid("place", "'" + p.place() + "' is not a place in the registry"));
        }
        if (!problems.isEmpty()) {
            return new Created(false, problems);
        }
        panel.insertPartner(p);
        store.log(by, clock.instant(), "partner added", p.code());
        return new Created(true, List.of());
    }

    List<Partner> partners() {
        return panel.partners();
    }

    Optional<Partner> partner(String code) {
        return panel.partners().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    private static Problem invalid(String field, String detail) {
        return new Problem(ProblemKind.INVALID_FIELD, field, detail);
    }
}
