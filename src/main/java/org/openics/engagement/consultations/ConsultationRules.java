package org.openics.engagement.consultations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.openics.engagement.AgeBand;
import org.openics.engagement.Consultation;
import org.openics.engagement.ConsultationStatus;
import org.openics.engagement.Document;
import org.openics.engagement.EthnicGroup;
import org.openics.engagement.Problem;
import org.openics.engagement.ProblemKind;
import org.openics.engagement.Question;
import org.openics.engagement.QuestionKind;
import org.openics.engagement.Respondent;

/** Checks a new consultation and a resident's answers to one. */
public final class ConsultationRules {

    /** The longest free-text answer accepted (characters); the form says so. */
    public static final int MAX_FREE_TEXT = 4000;

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final int MAX_SCALE_POINTS = 11;
    /** Codes that are addresses of pages: public ones under /consultations, the staff's new-consultation form. */
    private static final Set<String> RESERVED = Set.of("you-said-we-did", "privacy", "new");

    private ConsultationRules() {}

    /** The problems of a consultation as drafted by staff; empty when it may be stored. */
    public static List<Problem> check(Consultation c, Set<String> knownBodies) {
        List<Problem> problems = new ArrayList<>();
        if (c.code() == null || !KEY.matcher(c.code()).matches()) {
            problems.add(invalid("code", "the code must be 1 to 40 lower-case letters, digits or hyphens"));
        } else if (RESERVED.contains(c.code())) {
            problems.add(invalid("code", "'" + c.code() + "' is the address of a public page: choose another code"));
        }
        if (blank(c.title())) {
            problems.add(invalid("title", "a consultation needs a title"));
        }
        if (blank(c.summary())) {
            problems.add(invalid("summary", "a consultation needs a summary"));
        }
        if (blank(c.audience())) {
            problems.add(invalid("audience", "say who the consultation is for"));
        }
        if (blank(c.ownerBody()) || !knownBodies.contains(c.ownerBody())) {
            problems.add(
                    invalid("ownerBody", "the owner must be a governance body in force (got '" + c.ownerBody() + "')"));
        }
        if (c.opens() == null || c.closes() == null || c.internalDeadline() == null) {
            problems.add(
                    invalid("dates", "a consultation needs an opening date, a closing date and an internal deadline"));
        } else {
            if (c.closes().isBefore(c.opens())) {
                problems.add(invalid(
                        "closes", "the closing date " + c.closes() + " is before the opening date " + c.opens()));
            }
            if (!c.internalDeadline().isBefore(c.closes())) {
                problems.add(invalid(
                        "internalDeadline",
                        "the internal deadline " + c.internalDeadline() + " must be before the public closing date "
                                + c.closes() + " (staff stop changing documents and questions after it)"));
            }
        }
        for (Document d : c.documents()) {
            if (blank(d.title())
                    || blank(d.address())
                    || !(d.address().startsWith("https://") || d.address().startsWith("/"))) {
                problems.add(invalid("documents", "each document needs a title and an https:// address or a path"));
            }
        }
        if (c.questions().isEmpty()) {
            problems.add(invalid("questions", "a consultation asks at least one question"));
        }
        Set<String> keys = new HashSet<>();
        for (Question q : c.questions()) {
            problems.addAll(check(q));
            if (q.key() != null && !keys.add(q.key())) {
                problems.add(
                        new Problem(ProblemKind.DUPLICATE, q.key(), "two questions have the key '" + q.key() + "'"));
            }
        }
        return problems;
    }

    /**
     * The problems of an edit to a stored consultation on a day, beyond those of {@link #check(Consultation, Set)}: a
     * closed consultation is not edited; once open its opening date and "one response per person" stay; after the internal
     * deadline its documents and questions stay as they are; a question already answered is not removed nor changes kind.
     *
     * @param answeredKeys the keys of the questions that have at least one answer
     */
    public static List<Problem> checkEdit(
            Consultation stored, Consultation edited, java.time.LocalDate today, Set<String> answeredKeys) {
        List<Problem> problems = new ArrayList<>();
        if (stored.status(today) == ConsultationStatus.CLOSED) {
            problems.add(invalid(
                    "closes", "the consultation closed on " + stored.closes() + " and can no longer be edited"));
            return problems;
        }
        if (stored.status(today) == ConsultationStatus.OPEN) {
            if (!stored.opens().equals(edited.opens())) {
                problems.add(invalid(
                        "opens", "the consultation opened on " + stored.opens() + ": its opening date cannot change"));
            }
            if (stored.onePerPerson() != edited.onePerPerson()) {
                problems.add(invalid(
                        "onePerPerson",
                        "the consultation is open: whether it takes one response per person cannot change"));
            }
        }
        if (today.isAfter(stored.internalDeadline())) {
            if (!stored.documents().equals(edited.documents())) {
                problems.add(invalid(
                        "documents",
                        "the internal deadline " + stored.internalDeadline()
                                + " has passed: documents can no longer be changed"));
            }
            if (!stored.questions().equals(edited.questions())) {
                problems.add(invalid(
                        "questions",
                        "the internal deadline " + stored.internalDeadline()
                                + " has passed: questions can no longer be changed"));
            }
            if (!stored.internalDeadline().equals(edited.internalDeadline())) {
                problems.add(invalid(
                        "internalDeadline",
                        "the internal deadline " + stored.internalDeadline() + " has passed and cannot be moved"));
            }
        }
        Map<String, Question> kept = new java.util.HashMap<>();
        edited.questions().forEach(q -> kept.put(q.key(), q));
        for (Question q : stored.questions()) {
            if (!answeredKeys.contains(q.key())) {
                continue;
            }
            Question now = kept.get(q.key());
            if (now == null) {
                problems.add(invalid(q.key(), "the question '" + q.key() + "' has answers and cannot be removed"));
            } else if (now.kind() != q.kind()) {
                problems.add(invalid(q.key(), "the question '" + q.key() + "' has answers: its kind cannot change"));
            }
        }
        return problems;
    }

    private static List<Problem> check(Question q) {
        List<Problem> problems = new ArrayList<>();
        String key = q.key() == null ? "" : q.key();
        if (!KEY.matcher(key).matches()) {
            problems.add(invalid(key, "a question key must be 1 to 40 lower-case letters, digits or hyphens"));
        }
        if (q.kind() == null || blank(q.text())) {
            problems.add(invalid(key, "a question needs a kind and a text"));
            return problems;
        }
        if (q.kind() == QuestionKind.CHOICE
                && (q.options().size() < 2 || q.options().stream().anyMatch(ConsultationRules::blank))) {
            problems.add(invalid(key, "a choice question needs at least two options, none empty"));
        }
        if (q.kind() == QuestionKind.SCALE
                && (q.scaleMax() <= q.scaleMin() || q.scaleMax() - q.scaleMin() + 1 > MAX_SCALE_POINTS)) {
            problems.add(invalid(
                    key, "a scale needs a lowest point below its highest, at most " + MAX_SCALE_POINTS + " points"));
        }
        return problems;
    }

    /**
     * The problems of a resident's answers (question key to the text sent) to a consultation on a day; empty when the
     * response may be stored. Blank answers to optional questions are left out of {@link #answered}.
     */
    public static List<Problem> check(Consultation c, Map<String, String> answers, java.time.LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        ConsultationStatus status = c.status(today);
        if (status == ConsultationStatus.CLOSED) {
            problems.add(new Problem(
                    ProblemKind.CLOSED,
                    "",
                    "This consultation closed on " + Dates.longForm(c.closes())
                            + ". Responses are no longer accepted."));
            return problems;
        }
        if (status == ConsultationStatus.NOT_YET_OPEN) {
            problems.add(new Problem(
                    ProblemKind.NOT_YET_OPEN, "", "This consultation opens on " + Dates.longForm(c.opens()) + "."));
            return problems;
        }
        Set<String> keys = new HashSet<>();
        for (Question q : c.questions()) {
            keys.add(q.key());
            String answer = answers.getOrDefault(q.key(), "");
            answer = answer == null ? "" : answer.strip();
            if (answer.isEmpty()) {
                if (q.required()) {
                    problems.add(new Problem(ProblemKind.MISSING_ANSWER, q.key(), "Answer “" + q.text() + "”"));
                }
                continue;
            }
            if (answer.indexOf('\u0000') >= 0) {
                problems.add(new Problem(
                        ProblemKind.INVALID_FIELD,
                        q.key(),
                        "“" + q.text() + "” contains a character that cannot be stored (NUL)"));
                continue;
            }
            switch (q.kind()) {
                case CHOICE -> {
                    if (!q.options().contains(answer)) {
                        problems.add(new Problem(
                                ProblemKind.NOT_AN_OPTION,
                                q.key(),
                                "Choose one of the options for “" + q.text() + "”"));
                    }
                }
                case SCALE -> {
                    try {
                        int n = Integer.parseInt(answer);
                        if (n < q.scaleMin() || n > q.scaleMax()) {
                            problems.add(new Problem(
                                    ProblemKind.OUT_OF_RANGE,
                                    q.key(),
                                    "Choose a number from " + q.scaleMin() + " to " + q.scaleMax() + " for “" + q.text()
                                            + "”"));
                        }
                    } catch (NumberFormatException e) {
                        problems.add(new Problem(
                                ProblemKind.NOT_A_NUMBER,
                                q.key(),
                                "Choose a number from " + q.scaleMin() + " to " + q.scaleMax() + " for “" + q.text()
                                        + "”"));
                    }
                }
                case FREE_TEXT -> {
                    if (answer.length() > MAX_FREE_TEXT) {
                        problems.add(new Problem(
                                ProblemKind.TOO_LONG,
                                q.key(),
                                "“" + q.text() + "” must be " + MAX_FREE_TEXT + " characters or fewer (you wrote "
                                        + answer.length() + ")"));
                    }
                }
            }
        }
        for (String key : answers.keySet()) {
            if (!keys.contains(key)) {
                problems.add(new Problem(
                        ProblemKind.UNKNOWN_QUESTION, key, "This consultation has no question '" + key + "'"));
            }
        }
        return problems;
    }

    /** The answers to store: stripped, blank optional answers left out, in question order. */
    public static Map<String, String> answered(Consultation c, Map<String, String> answers) {
        Map<String, String> kept = new java.util.LinkedHashMap<>();
        for (Question q : c.questions()) {
            String a = answers.get(q.key());
            if (a != null && !a.isBlank()) {
                kept.put(q.key(), a.strip());
            }
        }
        return kept;
    }

    /** Field names of the "about you" part of the form (answers' keys never start with "about-"). */
    public static final String EMAIL = "about-email";

    public static final String PLACE = "about-place";
    public static final String AGE = "about-age";
    public static final String LSOA = "about-lsoa";
    public static final String ETHNIC_GROUP = "about-ethnic-group";
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

    /**
     * The problems of what a resident said about themselves: an email address is required (and must look like one) where
     * the consultation asks for one response per person; a place given must be one of the audience's places (any known
     * place where the audience is the whole system); an age band one of {@link AgeBand}.
     */
    public static List<Problem> check(Consultation c, Respondent r, Set<String> knownPlaces) {
        return check(c, r, knownPlaces, (lsoa, place) -> false);
    }

    /**
     * The same, and a home area given must be an LSOA of the place given ({@code lsoaInPlace}), an ethnic group one of
     * {@link EthnicGroup}. A home area without a place is refused: the list the resident chose from was the place's.
     */
    public static List<Problem> check(
            Consultation c,
            Respondent r,
            Set<String> knownPlaces,
            java.util.function.BiPredicate<String, String> lsoaInPlace) {
        List<Problem> problems = new ArrayList<>();
        if (c.onePerPerson()) {
            if (r.email().isEmpty()) {
                problems.add(new Problem(
                        ProblemKind.MISSING_ANSWER,
                        EMAIL,
                        "Enter your email address: this consultation takes one response per person"));
            } else if (!EMAIL_SHAPE.matcher(r.email().get()).matches()) {
                problems.add(new Problem(
                        ProblemKind.INVALID_FIELD,
                        EMAIL,
                        "Enter an email address in the right format, like name@example.com"));
            }
        }
        Set<String> places = c.audiencePlaces().isEmpty() ? knownPlaces : Set.copyOf(c.audiencePlaces());
        r.place()
                .filter(p -> !places.contains(p))
                .ifPresent(p ->
                        problems.add(new Problem(ProblemKind.NOT_AN_OPTION, PLACE, "Choose your area from the list")));
        r.ageBand()
                .filter(a -> AgeBand.parse(a).isEmpty())
                .ifPresent(a -> problems.add(
                        new Problem(ProblemKind.NOT_AN_OPTION, AGE, "Choose your age band from the list")));
        r.lsoa().ifPresent(l -> {
            if (r.place().isEmpty()) {
                problems.add(new Problem(
                        ProblemKind.MISSING_ANSWER, PLACE, "Choose where you live before choosing your home area"));
            } else if (!lsoaInPlace.test(l, r.place().get())) {
                problems.add(new Problem(
                        ProblemKind.NOT_AN_OPTION,
                        LSOA,
                        "Choose your home area from the list of the place you live in"));
            }
        });
        r.ethnicGroup()
                .filter(g -> EthnicGroup.parse(g).isEmpty())
                .ifPresent(g -> problems.add(new Problem(
                        ProblemKind.NOT_AN_OPTION, ETHNIC_GROUP, "Choose your ethnic group from the list")));
        return problems;
    }

    /** An email address as compared for "one response per person": trimmed and in lower case. */
    public static String normalisedEmail(String email) {
        return email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static Problem invalid(String field, String detail) {
        return new Problem(ProblemKind.INVALID_FIELD, field, detail);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
