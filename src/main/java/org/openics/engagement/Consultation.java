package org.openics.engagement;

import java.time.LocalDate;
import java.util.List;

/**
 * A consultation: what the ICS asks residents, who owns it, for whom, and when.
 *
 * @param code             short identifier used in its address (/consultations/{code})
 * @param ownerBody        the governance body that owns it (its code in the governance module)
 * @param audience         who it is for, in words ("Residents of Lewisham", "Everyone in south east London")
 * @param opens            first day responses are accepted
 * @param closes           last day responses are accepted (public)
 * @param internalDeadline the staff's cut-off, before the public closing date: documents and questions are not changed after
 *                         it (not public)
 * @param onePerPerson     whether a resident may respond once only (an email address is asked, kept only as a keyed hash)
 * @param audiencePlaces   registry codes of the places it is for (empty: the whole system); representativeness compares
 *                         respondents with these places' residents
 */
public record Consultation(
        String code,
        String title,
        String summary,
        String ownerBody,
        String audience,
        LocalDate opens,
        LocalDate closes,
        LocalDate internalDeadline,
        List<Document> documents,
        List<Question> questions,
        boolean onePerPerson,
        List<String> audiencePlaces) {

    public Consultation {
        documents = documents == null ? List.of() : List.copyOf(documents);
        questions = questions == null ? List.of() : List.copyOf(questions);
        audiencePlaces = audiencePlaces == null ? List.of() : List.copyOf(audiencePlaces);
    }

    /** A consultation for the whole system, answered as often as people like. */
    public Consultation(
            String code,
            String title,
            String summary,
            String ownerBody,
            String audience,
            LocalDate opens,
            LocalDate closes,
            LocalDate internalDeadline,
            List<Document> documents,
            List<Question> questions) {
        this(
                code,
                title,
                summary,
                ownerBody,
                audience,
                opens,
                closes,
                internalDeadline,
                documents,
                questions,
                false,
                List.of());
    }

    /** Where the consultation stands on a day. */
    public ConsultationStatus status(LocalDate today) {
        if (today.isBefore(opens)) {
            return ConsultationStatus.NOT_YET_OPEN;
        }
        return today.isAfter(closes) ? ConsultationStatus.CLOSED : ConsultationStatus.OPEN;
    }
}
