package org.openics.governance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.openics.governance.constitution.SystemOrganisations;
import org.openics.governance.model.GovernanceModel;

/** The demo governance and the registry facts its rules need, without a database. */
public final class Fixtures {

    public static final Set<String> LOCAL_AUTHORITIES = Set.of(
            "LAZ-E09000004", "LAZ-E09000006", "LAZ-E09000011", "LAZ-E09000022", "LAZ-E09000023", "LAZ-E09000028");

    private Fixtures() {}

    public static GovernanceModel demo() {
        return org.openics.governance.internal.DemoModel.model();
    }

    /** The synthetic South East London ICS as the registry's demo describes it. */
    public static SystemOrganisations southEastLondon() {
        Map<String, String> names = new HashMap<>(Map.of(
                "QZZ",
                "NHS South East London (synthetic) ICB",
                "RJ1",
                "Guy's and St Thomas' NHS Foundation Trust",
                "RJZ",
                "King's College Hospital NHS Foundation Trust",
                "RJ2",
                "Lewisham and Greenwich NHS Trust",
                "RV5",
                "South London and Maudsley NHS Foundation Trust",
                "RPG",
                "Oxleas NHS Foundation Trust",
                "Z00100",
                "Heathside Surgery",
                "LCPZ-E09000022",
                "Lambeth Local Care Partnership"));
        names.put("LAZ-E09000004", "London Borough of Bexley");
        Set<String> partners = new java.util.HashSet<>(Set.of("RJ1", "RJZ", "RJ2", "RV5", "RPG", "Z00100"));
        partners.addAll(LOCAL_AUTHORITIES);
        return new SystemOrganisations("QZZ", names, partners, LOCAL_AUTHORITIES);
    }

    /** The demo with some appointments removed. */
    public static GovernanceModel withoutSeats(GovernanceModel model, Predicate<Appointment> removed) {
        return with(
                model, model.appointments().stream().filter(removed.negate()).toList(), model.affiliations());
    }

    public static GovernanceModel withSeat(GovernanceModel model, Appointment seat) {
        List<Appointment> seats = new ArrayList<>(model.appointments());
        seats.add(seat);
        return with(model, seats, model.affiliations());
    }

    public static GovernanceModel withoutAffiliations(GovernanceModel model) {
        return with(model, model.appointments(), List.of());
    }

    private static GovernanceModel with(GovernanceModel m, List<Appointment> seats, List<Affiliation> affiliations) {
        return new GovernanceModel(
                m.icb(),
                m.allBodies(),
                m.people(),
                seats,
                affiliations,
                m.interests(),
                m.rules(),
                m.functions(),
                m.delegations());
    }
}
