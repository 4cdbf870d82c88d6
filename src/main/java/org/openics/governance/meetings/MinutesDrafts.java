package org.openics.governance.meetings;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.openics.governance.AgendaItem;
import org.openics.governance.DecisionRecord;
import org.openics.governance.Exclusion;
import org.openics.governance.MeetingPack;
import org.openics.governance.Minutes;
import org.openics.governance.Paper;
import org.openics.governance.Vote;

/**
 * Drafts a meeting's minutes from the meeting as recorded: who was present, sent apologies or attended, the declarations, and
 * for each item its papers, who left it and why, the quorum and the outcome with its place in the decision log. Items taken in
 * private go to the private part, which is never published.
 */
public final class MinutesDrafts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private MinutesDrafts() {}

    /** From the full (not the public) pack of the meeting. */
    public static Minutes draft(MeetingPack pack) {
        if (pack.publicView()) {
            throw new IllegalArgumentException("minutes are drafted from the whole meeting, not its public view");
        }
        StringBuilder open = new StringBuilder();
        open.append("Minutes of the meeting of ")
                .append(pack.bodyName())
                .append(" held on ")
                .append(DAY.format(pack.date()))
                .append(pack.location() == null ? "" : " at " + pack.location())
                .append(".\n\n");
        open.append("Present: ").append(names(pack, true)).append(".\n");
        String apologies = names(pack, false);
        open.append("Apologies: ")
                .append(apologies.isEmpty() ? "none" : apologies)
                .append(".\n");
        if (!pack.inAttendance().isEmpty()) {
            open.append("In attendance: ")
                    .append(String.join(", ", pack.inAttendance()))
                    .append(".\n");
        }
        open.append(pack.attendanceFinding()).append("\n");
        StringBuilder closed = new StringBuilder();
        for (MeetingPack.ItemView view : pack.items()) {
            StringBuilder into = view.item().confidential() ? closed : open;
            item(into, view);
        }
        if (pack.privateItems() > 0) {
            open.append("\nThe meeting resolved that the public be excluded for ")
                    .append(pack.privateItems())
                    .append(pack.privateItems() == 1 ? " item" : " items")
                    .append(" on the grounds of: ")
                    .append(String.join("; ", pack.privateGrounds()))
                    .append(".\n");
            closed.insert(
                    0,
                    "Private part of the meeting of " + pack.bodyName() + " held on " + DAY.format(pack.date())
                            + " (not for publication).\n");
        }
        return Minutes.draft(open.toString(), closed.toString());
    }

    private static void item(StringBuilder out, MeetingPack.ItemView view) {
        AgendaItem item = view.item();
        out.append("\n")
                .append(item.number())
                .append(". ")
                .append(item.title())
                .append(" (")
                .append(item.purpose().label().toLowerCase())
                .append(")")
                .append(item.presenter() == null ? "" : ", presented by " + item.presenter())
                .append("\n");
        for (Paper paper : item.papers()) {
            out.append("   Paper: ")
                    .append(paper.title())
                    .append(", ")
                    .append(paper.author())
                    .append(paper.link() == null ? "" : " (" + paper.link() + ")")
                    .append("\n");
        }
        for (Exclusion e : view.conflicted()) {
            out.append("   ")
                    .append(e.name())
                    .append(" left the meeting for this item: ")
                    .append(e.reason())
                    .append(".\n");
        }
        if (item.proposal() != null) {
            out.append("   Proposed: ").append(item.proposal()).append("\n");
        }
        DecisionRecord d = view.decision();
        if (d != null) {
            out.append("   Outcome: ")
                    .append(d.outcome().label())
                    .append(". ")
                    .append(d.reason())
                    .append(" (decision log record ")
                    .append(d.sequence())
                    .append(", hash ")
                    .append(d.hash(), 0, 12)
                    .append(")\n");
            if (!d.votes().isEmpty()) {
                out.append("   Recorded vote:");
                for (Vote vote : Vote.values()) {
                    List<String> names = d.voted(vote);
                    out.append(" ")
                            .append(vote.label())
                            .append(": ")
                            .append(names.isEmpty() ? "none" : String.join(", ", names))
                            .append(vote == Vote.ABSTAIN ? ".\n" : ";");
                }
            }
        } else if (item.purpose() == org.openics.governance.ItemPurpose.DECISION) {
            out.append("   Not decided at this meeting.\n");
        } else {
            out.append("   The meeting received the item.\n");
        }
    }

    private static String names(MeetingPack pack, boolean present) {
        List<String> names = pack.members().stream()
                .filter(m -> m.present() == present)
                .map(m -> m.name() + " (" + m.role() + ")")
                .toList();
        return String.join(", ", names);
    }
}
