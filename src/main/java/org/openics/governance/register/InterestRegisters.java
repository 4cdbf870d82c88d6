package org.openics.governance.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openics.governance.Appointment;
import org.openics.governance.Body;
import org.openics.governance.InterestRegister;
import org.openics.governance.model.GovernanceModel;
import org.openics.kernel.Csv;

/** Builds the published register of interests from the governance model as it stood on a date. Pure. */
public final class InterestRegisters {

    private InterestRegisters() {}

    /**
     * @param organisationName registry code to name (the code itself when unknown)
     */
    public static InterestRegister asAt(
            GovernanceModel model, LocalDate date, Function<String, String> organisationName) {
        Map<String, List<Appointment>> seatsByPerson = new LinkedHashMap<>();
        for (Body body : model.bodies(date)) {
            for (Appointment seat : model.seats(body.code(), date)) {
                seatsByPerson
                        .computeIfAbsent(seat.person(), p -> new ArrayList<>())
                        .add(seat);
            }
        }
        List<InterestRegister.Entry> entries = new ArrayList<>();
        for (Map.Entry<String, List<Appointment>> e : seatsByPerson.entrySet()) {
            String person = e.getKey();
            List<InterestRegister.Seat> seats = e.getValue().stream()
                    .map(a -> new InterestRegister.Seat(
                            a.body(),
                            model.body(a.body()).map(Body::name).orElse(a.body()),
                            a.role().label(),
                            a.role().name()))
                    .toList();
            List<InterestRegister.Office> offices = model.affiliations(person, date).stream()
                    .map(a -> new InterestRegister.Office(
                            a.organisation(),
                            organisationName.apply(a.organisation()),
                            a.office(),
                            a.validFrom(),
                            a.validTo()))
                    .toList();
            List<InterestRegister.Declaration> interests = model.interests(person, date).stream()
                    .map(i -> new InterestRegister.Declaration(
                            i.kind().label(),
                            i.organisation(),
                            organisationName.apply(i.organisation()),
                            i.description(),
                            i.validFrom(),
                            i.validTo()))
                    .toList();
            entries.add(new InterestRegister.Entry(person, model.nameOf(person), seats, offices, interests));
        }
        entries.sort(Comparator.comparing(InterestRegister.Entry::name).thenComparing(InterestRegister.Entry::person));
        return new InterestRegister(date, entries);
    }

    /** The register as CSV: one row per declaration, or one "nil declaration" row per person without any. */
    public static String csv(InterestRegister register) {
        Csv csv = Csv.withHeader(
                "as_at",
                "person",
                "name",
                "seats",
                "type",
                "organisation_code",
                "organisation",
                "description",
                "from",
                "to");
        String asAt = register.asAt().toString();
        for (InterestRegister.Entry e : register.entries()) {
            String seats = String.join(
                    "; ",
                    e.seats().stream().map(s -> s.role() + ", " + s.bodyName()).toList());
            if (e.nil()) {
                csv.row(asAt, e.person(), e.name(), seats, "Nil declaration", "", "", "", "", "");
            }
            for (InterestRegister.Office o : e.offices()) {
                csv.row(
                        asAt,
                        e.person(),
                        e.name(),
                        seats,
                        "Office held elsewhere",
                        o.organisation(),
                        o.organisationName(),
                        o.office(),
                        text(o.from()),
                        text(o.to()));
            }
            for (InterestRegister.Declaration d : e.interests()) {
                csv.row(
                        asAt,
                        e.person(),
                        e.name(),
                        seats,
                        d.kind(),
                        d.organisation(),
                        d.organisationName(),
                        d.description(),
                        text(d.from()),
                        text(d.to()));
            }
        }
        return csv.toString();
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
