package org.openics.engagement;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A finding as the public sees it, with the decision it informed as governance's public log records it (empty when
 * none is linked) and the indicator's title.
 */
public record PublishedFinding(
        Finding finding, String consultationTitle, Optional<Decision> decision, Optional<String> indicatorTitle) {

    /** The linked decision: its sequence in the log, the body, the meeting date, the item and its outcome in words. */
    public record Decision(long sequence, String body, LocalDate meetingDate, String item, String outcome) {}
}
