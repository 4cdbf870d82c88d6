package org.openics.governance.meetings;

import java.util.List;
import org.openics.governance.Appointment;
import org.openics.governance.Exclusion;
import org.openics.governance.QuorumRule;

/**
 * Who of the members present may take part in an item, who must leave it and why, and whether those who remain are quorate
 * under the terms of reference in force on the day.
 */
public record ItemQuorum(
        String bodyName,
        List<Appointment> present,
        List<Appointment> eligible,
        List<Exclusion> excluded,
        QuorumRule quorum) {

    public ItemQuorum {
        present = List.copyOf(present);
        eligible = List.copyOf(eligible);
        excluded = List.copyOf(excluded);
    }

    public long independent() {
        return eligible.stream().filter(a -> a.role().independent()).count();
    }

    public boolean met() {
        return eligible.size() >= quorum.minimumMembers() && independent() >= quorum.minimumIndependent();
    }

    /** "4 of the 5 members present were eligible after excluding Dr X for declared interests (1 independent)". */
    public String count() {
        return eligible.size() + " of the " + present.size() + " members present "
                + (eligible.size() == 1 ? "was" : "were") + " eligible"
                + (excluded.isEmpty()
                        ? ""
                        : " after excluding "
                                + String.join(
                                        ", ",
                                        excluded.stream().map(Exclusion::name).toList()) + " for declared interests")
                + " (" + independent() + " independent)";
    }

    /** The count and the verdict, in a sentence. */
    public String describe() {
        return count()
                + (met()
                        ? ", meeting the quorum of " + quorum.describe()
                        : "; the quorum of " + bodyName + " is " + quorum.describe() + ", so the item is inquorate");
    }
}
