package org.openics.engagement;

import java.util.List;

/**
 * The citizens' panel on a day: its active members, how they compare with the population, invitations and events.
 *
 * @param invitations per consultation: invited and took part
 */
public record Panel(
        List<PanelMember> members,
        long active,
        List<Representation> representation,
        List<Invitations> invitations,
        List<PanelEvent> events,
        List<Partner> partners) {

    public Panel {
        members = List.copyOf(members);
        representation = List.copyOf(representation);
        invitations = List.copyOf(invitations);
        events = List.copyOf(events);
        partners = List.copyOf(partners);
    }

    public record Invitations(String consultation, long invited, long tookPart) {}
}
