package org.openics.engagement.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openics.engagement.AgeBand;
import org.openics.engagement.Consultation;
import org.openics.engagement.Document;
import org.openics.engagement.Finding;
import org.openics.engagement.Question;
import org.openics.engagement.Theme;

/**
 * The demo consultations of the synthetic ICS, the same every time apart from the dates of the first two, which are set
 * from the day the demo is first loaded so that one is always open (closing six weeks later) and one has closed (a
 * month earlier); the third closed in March 2026, before the governance decision its findings informed.
 */
public final class DemoConsultations {

    public static final String OPEN = "same-day-urgent-care";
    public static final String CLOSED = "community-diagnostic-hours";
    /** Closed before the Lambeth committee's decision of 14 May 2026 that its findings informed (fixed dates). */
    public static final String GP_SERVICES = "lambeth-gp-services";
    /** The decision of the demo governance that "you said, we did" of {@link #GP_SERVICES} links to (its item title). */
    public static final String GP_DECISION_ITEM = "Award of an APMS contract to a Lambeth practice";

    private DemoConsultations() {}

    public static List<Consultation> consultations(LocalDate today) {
        Consultation open = new Consultation(
                OPEN,
                "Same-day urgent care in south east London",
                "We want to hear how you get care on the day you need it, and what would make it easier, before the "
                        + "partnership decides where same-day urgent care hubs should be.",
                "QZZ-ICP",
                "Everyone who lives in or is registered with a GP in south east London",
                today.minusDays(14),
                today.plusDays(42),
                today.plusDays(28),
                List.of(new Document("Same-day urgent care: the options (summary)", "/consultations/" + OPEN)),
                List.of(
                        Question.choice(
                                "last-used",
                                "Where did you last go for same-day care?",
                                true,
                                "My GP practice",
                                "A pharmacy",
                                "NHS 111",
                                "An urgent treatment centre",
                                "A&E",
                                "Somewhere else"),
                        Question.scale(
                                "ease", "How easy was it to get care that day? (1 very hard, 5 very easy)", true, 1, 5),
                        Question.freeText("better", "What would have made it better?", false)));
        Consultation closed = new Consultation(
                CLOSED,
                "Opening hours of community diagnostic centres",
                "We asked whether community diagnostic centres should open in the evenings and at weekends.",
                "QZZ-BOARD",
                "Everyone who lives in or is registered with a GP in south east London",
                today.minusDays(90),
                today.minusDays(30),
                today.minusDays(37),
                List.of(),
                List.of(
                        Question.choice(
                                "preferred-time",
                                "When would you most like to have a scan or test?",
                                true,
                                "Weekday daytime",
                                "Weekday evening",
                                "Weekend"),
                        Question.freeText("comments", "Anything else you want to tell us?", false)));
        Consultation gp = new Consultation(
                GP_SERVICES,
                "GP services for patients of a Lambeth practice",
                "The practice's contract ends. Before the Lambeth committee decides who runs it next, we asked patients what matters "
                        + "most to them.",
                "LCPZ-E09000022-COM",
                "Patients registered with the practice, and everyone in Lambeth",
                LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 3, 29),
                LocalDate.of(2026, 3, 15),
                List.of(new Document("The practice today: list size, services, opening hours", "/registry")),
                List.of(
                        Question.choice(
                                "matters-most",
                                "What matters most to you about your GP practice?",
                                true,
                                "Getting an appointment quickly",
                                "Seeing the same clinician",
                                "Opening hours",
                                "Services on site"),
                        Question.freeText("tell-us", "Anything else you want the committee to know?", false)),
                true,
                List.of());
        return List.of(open, closed, gp);
    }

    /** A demo response: its answers, what the respondent said about themselves, and the themes its free text is coded into. */
    public record DemoResponse(
            Map<String, String> answers, String place, AgeBand ageBand, Set<String> themes, int daysBeforeClosing) {}

    /** The coding frame of a closed demo consultation. */
    public static List<Theme> themes(String code) {
        return switch (code) {
            case CLOSED ->
                List.of(
                        new Theme("evenings", "Evening appointments"),
                        new Theme("weekends", "Weekend appointments"),
                        new Theme("transport", "Getting there (transport, parking)"),
                        new Theme("waiting", "Waiting times for results"));
            case GP_SERVICES ->
                List.of(
                        new Theme("continuity", "Continuity of care"),
                        new Theme("phone-access", "Getting through by phone"),
                        new Theme("keep-local", "Keep the surgery where it is"));
            default -> List.of();
        };
    }

    private static final String[][] DIAGNOSTIC_TEXT = {
        {"I work until six; an evening scan would save me a day's leave", "evenings"},
        {"Saturday mornings would suit me and my children", "weekends"},
        {"The bus to the centre takes an hour, and parking is impossible", "transport"},
        {"Waited three weeks for my results", "waiting"},
        {"Evenings or weekends, anything but weekday mornings", "evenings weekends"},
        {"", ""},
    };
    private static final String[][] GP_TEXT = {
        {"I want to see the doctor who knows me and my history", "continuity"},
        {"It takes forty minutes to get through at 8am", "phone-access"},
        {"Please do not move the surgery further away", "keep-local"},
        {"", ""},
    };

    /**
     * Responses of a closed demo consultation, the same every time: spread over the places given (registry codes, in
     * order) unevenly, as real responses are — the first places are heard most, the last hardly — and with fewer
     * younger adults than live there, so that the representativeness table shows who has not been heard.
     */
    public static List<DemoResponse> responses(String code, List<String> places) {
        List<DemoResponse> responses = new ArrayList<>();
        if (places.isEmpty() || !(code.equals(CLOSED) || code.equals(GP_SERVICES))) {
            return responses;
        }
        int n = code.equals(CLOSED) ? 140 : 64;
        String[][] texts = code.equals(CLOSED) ? DIAGNOSTIC_TEXT : GP_TEXT;
        List<String> options = code.equals(CLOSED)
                ? List.of("Weekday daytime", "Weekday evening", "Weekend")
                : List.of(
                        "Getting an appointment quickly",
                        "Seeing the same clinician",
                        "Opening hours",
                        "Services on site");
        String choiceKey = code.equals(CLOSED) ? "preferred-time" : "matters-most";
        String textKey = code.equals(CLOSED) ? "comments" : "tell-us";
        for (int i = 0; i < n; i++) {
            int place = code.equals(GP_SERVICES)
                    ? (i % 9 == 8 ? i % places.size() : lambeth(places))
                    : skewed(i, places.size());
            AgeBand age = i % 5 == 0 ? AgeBand.AGE_16_TO_59 : (i % 11 == 0 ? null : AgeBand.AGE_60_PLUS);
            String[] text = texts[i % texts.length];
            Map<String, String> answers = new java.util.LinkedHashMap<>();
            answers.put(choiceKey, options.get((i * 7 + i / 3) % options.size()));
            if (!text[0].isEmpty()) {
                answers.put(textKey, text[0]);
            }
            Set<String> themes = text[1].isEmpty() ? Set.of() : Set.of(text[1].split(" "));
            responses.add(new DemoResponse(answers, places.get(place), age, themes, i % 40));
        }
        return responses;
    }

    /** Place k of m takes a share of responses falling with k (weights m, m-1, ... 1 squared): the first heard most. */
    private static int skewed(int i, int m) {
        int total = 0;
        for (int k = 0; k < m; k++) {
            total += (m - k) * (m - k);
        }
        int ticket = (i * 37) % total;
        for (int k = 0; k < m; k++) {
            ticket -= (m - k) * (m - k);
            if (ticket < 0) {
                return k;
            }
        }
        return m - 1;
    }

    /** The demo's Lambeth (its council's code is in the place code), or the first place. */
    private static int lambeth(List<String> places) {
        for (int k = 0; k < places.size(); k++) {
            if (places.get(k).contains("E09000022")) {
                return k;
            }
        }
        return 0;
    }

    /** The "you said, we did" of the closed demo consultations; the decision is found by its item in governance's log. */
    public static List<Finding> findings(String code, Optional<Long> gpDecision) {
        return switch (code) {
            case CLOSED ->
                List.of(
                        new Finding(
                                CLOSED,
                                Optional.of("evenings"),
                                "Many of you work during the day and asked for evening appointments for scans and tests.",
                                "The community diagnostic centres in Lewisham and Bexley now open until 8pm on weekdays.",
                                Optional.empty(),
                                Optional.of("emergency-admissions")),
                        new Finding(
                                CLOSED,
                                Optional.of("transport"),
                                "Getting to the centres is hard without a car.",
                                "We are asking the bus operator to stop at both centres; we will report back in the spring.",
                                Optional.empty(),
                                Optional.empty()));
            case GP_SERVICES ->
                List.of(new Finding(
                        GP_SERVICES,
                        Optional.of("continuity"),
                        "You told us seeing the same clinician matters most, and that the surgery should stay where it is.",
                        "The committee awarded the new contract with continuity of care and the current site as conditions.",
                        gpDecision,
                        Optional.of("gp-consultations")));
            default -> List.of();
        };
    }
}
