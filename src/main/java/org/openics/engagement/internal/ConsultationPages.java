package org.openics.engagement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openics.engagement.AgeBand;
import org.openics.engagement.Consultation;
import org.openics.engagement.ConsultationStatus;
import org.openics.engagement.Engagement;
import org.openics.engagement.EthnicGroup;
import org.openics.engagement.Problem;
import org.openics.engagement.ProblemKind;
import org.openics.engagement.Respondent;
import org.openics.engagement.ResponseOutcome;
import org.openics.engagement.consultations.ConsultationRules;
import org.openics.platform.PublicPaths;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public consultation pages: no sign-in. A resident finds an open consultation, answers its questions and gets a
 * reference; after the closing date the page says so plainly. The form posts with Spring Security's CSRF token.
 */
@Controller
@ConditionalOnWebApplication
class ConsultationPages {

    /** Form fields of answers are "q-" + the question's key, so they never collide with _csrf. */
    static final String FIELD = "q-";

    private final Engagement engagement;
    private final Clock clock = Clock.systemDefaultZone();

    private final RegistryPlaces places;

    private final String privacyContact;
    private final int retentionYears;

    ConsultationPages(
            Engagement engagement,
            RegistryPlaces places,
            @org.springframework.beans.factory.annotation.Value(
                            "${openics.engagement.privacy-contact:the data protection officer of the integrated care board}")
                    String privacyContact,
            @org.springframework.beans.factory.annotation.Value("${openics.engagement.retention-years:2}")
                    int retentionYears) {
        this.engagement = engagement;
        this.places = places;
        this.privacyContact = privacyContact;
        this.retentionYears = retentionYears;
    }

    /** The privacy notice of consultations: what is kept, why, for how long, who to contact (linked from every form). */
    @GetMapping("/consultations/privacy")
    String privacy(Model model) {
        model.addAttribute("contact", privacyContact);
        model.addAttribute("retentionYears", retentionYears);
        return "engagement/privacy-notice";
    }

    @GetMapping("/consultations")
    String list(Model model) {
        LocalDate today = LocalDate.now(clock);
        Map<ConsultationStatus, List<Consultation>> byStatus =
                engagement.consultations().stream().collect(Collectors.groupingBy(c -> c.status(today)));
        model.addAttribute("open", byStatus.getOrDefault(ConsultationStatus.OPEN, List.of()));
        model.addAttribute("closed", byStatus.getOrDefault(ConsultationStatus.CLOSED, List.of()));
        return "engagement/consultations";
    }

    @GetMapping("/consultations/{code}")
    String consultation(@PathVariable String code, Model model, CsrfToken csrf) {
        csrf.getToken(); // makes the (lazy) token and its session now, before the page is written
        Consultation c = find(code);
        return page(c, Map.of(), List.of(), model);
    }

    @PostMapping("/consultations/{code}")
    String respond(
            @PathVariable String code,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response,
            CsrfToken csrf) {
        csrf.getToken();
        Consultation c = find(code);
        Map<String, String> answers = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(FIELD)) {
                answers.put(name.substring(FIELD.length()), value);
            }
        });
        Respondent respondent = new Respondent(
                Optional.ofNullable(form.get(ConsultationRules.EMAIL)),
                Optional.ofNullable(form.get(ConsultationRules.PLACE)),
                Optional.ofNullable(form.get(ConsultationRules.AGE)),
                Optional.ofNullable(form.get(ConsultationRules.LSOA)),
                Optional.ofNullable(form.get(ConsultationRules.ETHNIC_GROUP)));
        ResponseOutcome outcome = engagement.respond(code, answers, respondent);
        if (outcome.accepted()) {
            redirect.addFlashAttribute("reference", outcome.reference().orElseThrow());
            return "redirect:/consultations/" + code + "/thanks";
        }
        boolean closed = outcome.problems().stream()
                .anyMatch(p -> p.kind() == ProblemKind.CLOSED || p.kind() == ProblemKind.NOT_YET_OPEN);
        response.setStatus(closed ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
        model.addAttribute("about", form);
        return page(c, answers, outcome.problems(), model);
    }

    /** "You said, we did": every published finding with the decision it informed; no respondent's data. */
    @GetMapping("/consultations/you-said-we-did")
    String youSaidWeDid(Model model) {
        model.addAttribute("findings", engagement.findings(Optional.empty()));
        return "engagement/you-said-we-did";
    }

    @GetMapping("/consultations/{code}/thanks")
    String thanks(@PathVariable String code, Model model) {
        model.addAttribute("consultation", find(code));
        return "engagement/thanks";
    }

    private String page(Consultation c, Map<String, String> answers, List<Problem> problems, Model model) {
        ConsultationStatus status = c.status(LocalDate.now(clock));
        model.addAttribute("consultation", c);
        model.addAttribute("status", status);
        model.addAttribute("answers", answers);
        model.addAttribute("problems", problems);
        model.addAttribute(
                "problemFields", problems.stream().map(Problem::field).collect(Collectors.toSet()));
        model.addAttribute("maxFreeText", ConsultationRules.MAX_FREE_TEXT);
        if (!model.containsAttribute("about")) {
            model.addAttribute("about", Map.of());
        }
        model.addAttribute(
                "places",
                places.names(LocalDate.now(clock)).entrySet().stream()
                        .filter(e -> c.audiencePlaces().isEmpty()
                                || c.audiencePlaces().contains(e.getKey()))
                        .toList());
        model.addAttribute("ageBands", AgeBand.values());
        // home areas grouped by place (no script: the resident picks the area under their place's heading)
        model.addAttribute(
                "homeAreas",
                ((List<Map.Entry<String, String>>) model.getAttribute("places"))
                        .stream()
                                .map(p -> Map.entry(p.getValue(), places.lsoaNames(LocalDate.now(clock), p.getKey())))
                                .toList());
        model.addAttribute(
                "ethnicGroups",
                Arrays.stream(EthnicGroup.values())
                        .collect(Collectors.groupingBy(EthnicGroup::group, LinkedHashMap::new, Collectors.toList())));
        model.addAttribute(
                "findings",
                status == ConsultationStatus.CLOSED ? engagement.findings(Optional.of(c.code())) : List.of());
        return status == ConsultationStatus.OPEN ? "engagement/consultation" : "engagement/not-open";
    }

    private Consultation find(String code) {
        return engagement
                .consultation(code)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no consultation '" + code + "'."));
    }

    @Configuration(proxyBeanMethods = false)
    static class Paths {
        @Bean
        PublicPaths publicConsultationPages() {
            return PublicPaths.of("/consultations", "/consultations/**");
        }
    }
}
