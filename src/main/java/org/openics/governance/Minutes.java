package org.openics.governance;

import java.time.LocalDate;

/**
 * A meeting's minutes: drafted from the meeting (attendance, declarations, each item with its papers, exclusions, quorum and
 * outcome), amended by the secretary while a draft, approved at a later quorate meeting of the same body. The public part is
 * published once approved; the private part never is.
 */
public record Minutes(
        String publicPart, String privatePart, boolean approved, Long approvedAtMeeting, LocalDate approvedOn) {

    public Minutes {
        publicPart = publicPart == null ? "" : publicPart;
        privatePart = privatePart == null ? "" : privatePart;
        if (approved && (approvedAtMeeting == null || approvedOn == null)) {
            throw new IllegalArgumentException("approved minutes name the meeting that approved them");
        }
    }

    public static Minutes draft(String publicPart, String privatePart) {
        return new Minutes(publicPart, privatePart, false, null, null);
    }

    public Minutes approvedAt(long meeting, LocalDate on) {
        return new Minutes(publicPart, privatePart, true, meeting, on);
    }
}
