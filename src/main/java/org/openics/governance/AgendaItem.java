package org.openics.governance;

import java.util.List;

/**
 * One item on a meeting's agenda.
 *
 * @param confidentialGround why the item is taken in the private part (e.g. commercial interests), or null for the public part
 * @param decision           what is to be decided (function, value, place, counterparties), for an item for decision; else null
 * @param decisionSequence   the decision log record of its outcome, once decided
 */
public record AgendaItem(
        int number,
        String title,
        ItemPurpose purpose,
        String presenter,
        String confidentialGround,
        String proposal,
        ProposedDecision decision,
        List<Paper> papers,
        Long decisionSequence) {

    public AgendaItem {
        if (number < 1 || title == null || title.isBlank() || purpose == null) {
            throw new IllegalArgumentException("an agenda item needs a number, a title and a purpose");
        }
        title = title.strip();
        presenter = presenter == null || presenter.isBlank() ? null : presenter.strip();
        confidentialGround =
                confidentialGround == null || confidentialGround.isBlank() ? null : confidentialGround.strip();
        proposal = proposal == null || proposal.isBlank() ? null : proposal.strip();
        if (purpose == ItemPurpose.DECISION && (decision == null || proposal == null)) {
            throw new IllegalArgumentException("item " + number
                    + " is for decision: it needs the proposal and what is decided (function and value)");
        }
        if (purpose != ItemPurpose.DECISION && decision != null) {
            throw new IllegalArgumentException("item " + number + " is "
                    + purpose.label().toLowerCase() + ": only an item for decision is decided");
        }
        papers = papers == null ? List.of() : List.copyOf(papers);
    }

    /** Taken in the private part of the meeting (the public and press excluded, with the ground). */
    public boolean confidential() {
        return confidentialGround != null;
    }

    public boolean decided() {
        return decisionSequence != null;
    }

    public AgendaItem withPaper(Paper paper) {
        List<Paper> more = new java.util.ArrayList<>(papers);
        more.add(paper);
        return new AgendaItem(
                number, title, purpose, presenter, confidentialGround, proposal, decision, more, decisionSequence);
    }

    public AgendaItem decidedAs(long sequence) {
        return new AgendaItem(
                number, title, purpose, presenter, confidentialGround, proposal, decision, papers, sequence);
    }
}
