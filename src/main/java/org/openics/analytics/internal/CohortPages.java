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
import org.openics.record.SharedCareRecord;
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

    private final Cohorts cohorts;
    private final SharedCareRecord record;

    CohortPages(Cohorts cohorts, SharedCareRecord record) {
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

    @GetMapping("/cohorts")
    String builder(@ModelAttribute("form") CohortForm form, Authentication authentication,
                   org.springframework.security.web.csrf.CsrfToken csrf, Model model) {
        // the person-list form needs the token: load it (and the session) before the page is streamed
        csrf.getToken();
        prepare(form, authentication, model);
        if (!form.empty()) {
            try {
                model.addAttribute("count", cohorts.count(form.definition()));
            } catch (IllegalArgumentException | IllegalStateException e) {
                model.addAttribute("problem", e.getMessage());
            }
        }
        return "analytics/cohorts";
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
        model.addAttribute("directCare", actor.map(a -> a.role() == UserRole.CLINICIAN || a.role() == UserRole.CARE_WORKER).orElse(false));
        model.addAttribute("conditions", CONDITIONS);
        model.addAttribute("segments", Segment.values());
        model.addAttribute("ethnicGroups", List.of("White", "Mixed", "Asian", "Black", "Other", "Not stated"));
        model.addAttribute("quintiles", new ArrayList<>(List.of(1, 2, 3, 4, 5)));
        model.addAttribute("rule", SmallNumbers.RULE);
        return actor;
    }
}
