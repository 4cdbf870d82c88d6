package org.openics.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command to decide one agenda item at a meeting of a body.
 *
 * @param present            ids of the members present
 * @param confidentialGround why the item is withheld from the public log (e.g. commercial interests), or null when public
 * @param declaredAtMeeting  person id → an interest declared at the meeting for this item (they leave it)
 */
public record DecideItem(
        String body,
        LocalDate meetingDate,
        String item,
        String proposal,
        ProposedDecision decision,
        Set<String> present,
        Votes votes,
        String confidentialGround,
        Map<String, String> declaredAtMeeting) {

    public DecideItem(
            String body,
            LocalDate meetingDate,
            String item,
            String proposal,
            ProposedDecision decision,
            Set<String> present,
            Votes votes,
            String confidentialGround) {
        this(body, meetingDate, item, proposal, decision, present, votes, confidentialGround, Map.of());
    }

    public DecideItem {
        Codes.require(body, "body");
        if (meetingDate == null
                || item == null
                || item.isBlank()
                || proposal == null
                || proposal.isBlank()
                || decision == null
                || votes == null) {
            throw new IllegalArgumentException(
                    "an item to decide needs a meeting date, a title, a proposal, the decision and the votes");
        }
        if (!meetingDate.equals(decision.date())) {
            throw new IllegalArgumentException(
                    "the item's decision date " + decision.date() + " is not the meeting date " + meetingDate);
        }
        present = Set.copyOf(present);
        declaredAtMeeting = declaredAtMeeting == null ? Map.of() : Map.copyOf(declaredAtMeeting);
        if (confidentialGround != null && confidentialGround.isBlank()) {
            confidentialGround = null;
        }
    }

    public boolean confidential() {
        return confidentialGround != null;
    }

    public List<String> counterparties() {
        return decision.counterparties();
    }
}
