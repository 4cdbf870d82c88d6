package org.openics.engagement.demo;

import java.time.LocalDate;
import java.util.List;
import org.openics.engagement.Consultation;
import org.openics.engagement.Document;
import org.openics.engagement.Question;

/**
 * Two demo consultations of the synthetic ICS, the same every time apart from their dates, which are set from the day
 * the demo is first loaded so that one is always open (closing six weeks later) and one has closed (a month earlier).
 */
public final class DemoConsultations {

    public static final String OPEN = "same-day-urgent-care";
    public static final String CLOSED = "community-diagnostic-hours";

    private DemoConsultations() {
    }

    public static List<Consultation> consultations(LocalDate today) {
        Consultation open = new Consultation(OPEN, "Same-day urgent care in south east London",
                "We want to hear how you get care on the day you need it, and what would make it easier, before the "
                        + "partnership decides where same-day urgent care hubs should be.",
                "QZZ-ICP", "Everyone who lives in or is registered with a GP in south east London",
                today.minusDays(14), today.plusDays(42), today.plusDays(70),
                List.of(new Document("Same-day urgent care: the options (summary)", "/consultations/" + OPEN)),
                List.of(Question.choice("last-used", "Where did you last go for same-day care?", true,
                                "My GP practice", "A pharmacy", "NHS 111", "An urgent treatment centre", "A&E", "Somewhere else"),
                        Question.scale("ease", "How easy was it to get care that day? (1 very hard, 5 very easy)", true, 1, 5),
                        Question.freeText("better", "What would have made it better?", false)));
        Consultation closed = new Consultation(CLOSED, "Opening hours of community diagnostic centres",
                "We asked whether community diagnostic centres should open in the evenings and at weekends.",
                "QZZ-BOARD", "Everyone who lives in or is registered with a GP in south east London",
                today.minusDays(90), today.minusDays(30), today.minusDays(10),
                List.of(),
                List.of(Question.choice("preferred-time", "When would you most like to have a scan or test?", true,
                                "Weekday daytime", "Weekday evening", "Weekend"),
                        Question.freeText("comments", "Anything else you want to tell us?", false)));
        return List.of(open, closed);
    }
}
