package org.openics.analytics.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.analytics.cohorts.CohortPersons;
import org.openics.analytics.cohorts.Cohorts;
import org.openics.analytics.cohorts.SmallNumbers;
import org.openics.analytics.segmentation.CmsCondition;
import org.openics.analytics.segmentation.Segment;
import org.openics.analytics.segmentation.SegmentRules;
import org.openics.kernel.Actor;
import org.openics.kernel.UserRole;
import org.openics.record.RecordAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The cohort builder: a form, then counts and breakdowns; the person list for direct-care roles only. */
@Controller
class CohortPages {

    /** The conditions our data records, for the form's check boxes: the score's expressible ones and learning disability. */
    static final Map<String, String> CONDITIONS = conditions();

    /** The observations the facts carry (LOINC code, words with the unit), for the form's pickers; any other code goes in the text. */
    static final Map<String, String> OBSERVATIONS = observations();

    /** A picker row's test, as the short form writes it ({@code CODE>V}, {@code !CODE} ...). */
    static final Map<String, String> TESTS = tests();

    /** How many observation pickers the form offers (more go in the text field). */
    static final int PICKERS = 3;

    private final Cohorts cohorts;
    private final RecordAccounts record;

    CohortPages(Cohorts cohorts, RecordAccounts record) {
        this.cohorts = cohorts;
        this.record = record;
    }

    private static Map<String, String> conditions() {
        Map<String, String> result = new LinkedHashMap<>();
        for (CmsCondition condition : CmsCondition.values()) {
            condition.snomed().stream().sorted().forEach(code -> result.put(code, condition.label()));
        }
        result.put(SegmentRules.LEARNING_DISABILITY, "Learning disability");
        return result;
    }

    private static Map<String, String> observations() {
        Map<String, String> result = new LinkedHashMap<>();
        result.put("85354-9", "Blood pressure (mm[Hg], systolic)");
        result.put("39156-5", "Body mass index (kg/m2)");
        result.put("59261-8", "HbA1c (mmol/mol)");
        result.put("72166-2", "Smoking status");
        result.put("75626-2", "AUDIT-C score (alcohol)");
        result.put("44261-6", "PHQ-9 score (depression)");
        result.put("70274-6", "GAD-7 score (anxiety)");
        return result;
    }

    private static Map<String, String> tests() {
        Map<String, String> result = new LinkedHashMap<>();
        result.put("recorded", "recorded");
        result.put(">", "latest value above");
        result.put(">=", "latest value at least");
        result.put("<", "latest value below");
        result.put("<=", "latest value at most");
        result.put("absent", "not recorded");
        return result;
    }

    @GetMapping("/cohorts")
    String builder(
            @ModelAttribute("form") CohortForm form,
            Authentication authentication,
            org.springframework.security.web.csrf.CsrfToken csrf,
            Model model,
            @org.springframework.web.bind.annotation.RequestParam(required = false) List<String> obsCode,
            @org.springframework.web.bind.annotation.RequestParam(required = false) List<String> obsTest,
            @org.springframework.web.bind.annotation.RequestParam(required = false) List<String> obsValue,
            @org.springframework.web.bind.annotation.RequestParam(required = false) List<String> obsMonths) {
        // the person-list form needs the token: load it (and the session) before the page is streamed
        csrf.getToken();
        CohortForm asked = form;
        try {
            asked = withPicked(form, picked(obsCode, obsTest, obsValue, obsMonths));
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", e.getMessage());
        }
        model.addAttribute("form", asked);
        prepare(asked, authentication, model);
        if (!asked.empty() && !model.containsAttribute("problem")) {
            try {
                model.addAttribute("count", cohorts.count(asked.definition()));
            } catch (IllegalArgumentException | IllegalStateException e) {
                model.addAttribute("problem", e.getMessage());
            }
        }
        return "analytics/cohorts";
    }

    /**
     * The picker rows in the short form ({@code 59261-8>58@15m}), which the text field shows afterwards, so the pickers and
     * the short form say the same thing. A row without an observation is ignored; a row that cannot be read is a problem named.
     */
    static List<String> picked(List<String> codes, List<String> tests, List<String> values, List<String> months) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; codes != null && i < codes.size(); i++) {
            String code = codes.get(i) == null ? "" : codes.get(i).trim();
            if (code.isEmpty()) {
                continue;
            }
            String test = at(tests, i, "recorded");
            String value = at(values, i, "");
            String window = at(months, i, "");
            String words = OBSERVATIONS.getOrDefault(code, code);
            if (!TESTS.containsKey(test)) {
                throw new IllegalArgumentException(
                        "observation " + (i + 1) + " (" + words + "): the test must be one of " + TESTS.values());
            }
            boolean compares = !test.equals("recorded") && !test.equals("absent");
            if (compares && !value.matches("[-+]?[0-9]+(\\.[0-9]+)?")) {
                throw new IllegalArgumentException("observation " + (i + 1) + " (" + words + "): give a number for '"
                        + TESTS.get(test) + "'" + (value.isEmpty() ? "" : ", not '" + value + "'"));
            }
            if (!compares && !value.isEmpty()) {
                throw new IllegalArgumentException(
                        "observation " + (i + 1) + " (" + words + "): a value goes with 'above', 'at least',"
                                + " 'below' or 'at most', not with '" + TESTS.get(test) + "'");
            }
            if (!window.isEmpty() && !window.matches("[1-9][0-9]*")) {
                throw new IllegalArgumentException("observation " + (i + 1) + " (" + words
                        + "): the window is a whole number of months, not '" + window + "'");
            }
            picked.add((test.equals("absent") ? "!" : "")
                    + code
                    + (compares ? test + value : "")
                    + (window.isEmpty() ? "" : "@" + window + "m"));
        }
        return picked;
    }

    private static String at(List<String> values, int i, String otherwise) {
        return values == null || i >= values.size() || values.get(i) == null
                ? otherwise
                : values.get(i).trim();
    }

    private static CohortForm withPicked(CohortForm f, List<String> picked) {
        if (picked.isEmpty()) {
            return f;
        }
        String text = f.observations() == null || f.observations().isBlank()
                ? ""
                : f.observations().trim() + " ";
        return new CohortForm(
                f.condition(),
                f.without(),
                text + String.join(" ", picked),
                f.minAge(),
                f.maxAge(),
                f.sex(),
                f.ethnicGroup(),
                f.imdQuintile(),
                f.place(),
                f.pcn(),
                f.practice(),
                f.segment(),
                f.minCms(),
                f.maxCms(),
                f.run() == null ? "1" : f.run());
    }

    @PostMapping("/cohorts/persons")
    String persons(@ModelAttribute("form") CohortForm form, Authentication authentication, Model model) {
        Optional<Actor> actor = prepare(form, authentication, model);
        try {
            model.addAttribute("count", cohorts.count(form.definition()));
            if (actor.isEmpty()) {
                model.addAttribute("refusal", "not a shared care record account");
            } else {
                CohortPersons persons = cohorts.persons(form.definition(), actor.get(), "direct care");
                if (persons.decision().granted()) {
                    model.addAttribute("persons", persons);
                } else {
                    model.addAttribute("refusal", persons.decision().reason());
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return "analytics/cohorts";
    }

    private Optional<Actor> prepare(CohortForm form, Authentication authentication, Model model) {
        Optional<Actor> actor = record.account(authentication.getName());
        model.addAttribute("actor", actor.orElse(null));
        model.addAttribute(
                "directCare",
                actor.map(a -> a.role() == UserRole.CLINICIAN || a.role() == UserRole.CARE_WORKER)
                        .orElse(false));
        model.addAttribute("conditions", CONDITIONS);
        model.addAttribute("observationChoices", OBSERVATIONS);
        model.addAttribute("observationTests", TESTS);
        model.addAttribute(
                "pickers",
                java.util.stream.IntStream.rangeClosed(1, PICKERS).boxed().toList());
        model.addAttribute("segments", Segment.values());
        model.addAttribute("ethnicGroups", List.of("White", "Mixed", "Asian", "Black", "Other", "Not stated"));
        model.addAttribute("quintiles", new ArrayList<>(List.of(1, 2, 3, 4, 5)));
        model.addAttribute("rule", SmallNumbers.RULE);
        return actor;
    }
}
