package org.openics.engagement.internal;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.openics.engagement.AgeBand;
import org.openics.engagement.Consultation;
import org.openics.engagement.Created;
import org.openics.engagement.Engagement;
import org.openics.engagement.EngagementPermission;
import org.openics.engagement.Finding;
import org.openics.engagement.Innovation;
import org.openics.engagement.PanelEvent;
import org.openics.engagement.PanelMember;
import org.openics.engagement.Stage;
import org.openics.engagement.Theme;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.platform.Accounts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The engagement team's pages, behind sign-in: analysis of responses with theme coding and CSV, "you said, we did",
 * the citizens' panel, the innovation pipeline and its spread. Every read and write goes to the entry point with the
 * signed-in actor, where the role is checked (a refusal answers 403, {@link EngagementRefusals}). A write that is
 * refused for its content comes back to the page with its problems, naming the field.
 */
@Controller
@ConditionalOnWebApplication
class EngagementPages {

    private final Engagement engagement;
    private final Accounts accounts;
    private final RegistryPlaces places;

    EngagementPages(Engagement engagement, Accounts accounts, RegistryPlaces places) {
        this.engagement = engagement;
        this.accounts = accounts;
        this.places = places;
    }

    private Actor actor(Principal principal) {
        return principal == null ? null : accounts.actor(principal).orElse(null);
    }

    @GetMapping("/engagement")
    String home(Principal principal, Model model) {
        Actor actor = actor(principal);
        Authorisation.require(actor, EngagementPermission.READ_RESPONSES);
        LocalDate today = LocalDate.now();
        model.addAttribute("consultations", engagement.consultations());
        model.addAttribute(
                "counts",
                engagement.consultations().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Consultation::code, c -> engagement.responseCount(actor, c.code()))));
        model.addAttribute("today", today);
        return "engagement/staff/home";
    }

    @GetMapping("/engagement/consultations/{code}")
    String analysis(@PathVariable String code, Principal principal, Model model) {
        Actor actor = actor(principal);
        model.addAttribute("analysis", engagement.analysis(actor, code));
        model.addAttribute("consultation", find(code));
        model.addAttribute("findings", engagement.findings(Optional.of(code)));
        model.addAttribute("canCode", Authorisation.allows(actor, EngagementPermission.CODE_RESPONSES));
        return "engagement/staff/analysis";
    }

    @GetMapping(value = "/engagement/consultations/{code}/responses.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable String code, Principal principal) {
        String csv = engagement.responsesCsv(actor(principal), code);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("responses-" + code + ".csv")
                                .build()
                                .toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/engagement/consultations/{code}/coding")
    String coding(@PathVariable String code, Principal principal, Model model) {
        Actor actor = actor(principal);
        model.addAttribute("answers", engagement.codable(actor, code));
        model.addAttribute("consultation", find(code));
        model.addAttribute("themes", engagement.analysis(actor, code).themes());
        return "engagement/staff/coding";
    }

    @PostMapping("/engagement/consultations/{code}/themes")
    String addTheme(
            @PathVariable String code,
            @RequestParam String themeCode,
            @RequestParam String label,
            Principal principal,
            RedirectAttributes r) {
        return done(
                engagement.addTheme(actor(principal), code, new Theme(themeCode.trim(), label.trim())),
                "Theme added",
                r,
                "/engagement/consultations/" + code);
    }

    @PostMapping("/engagement/consultations/{code}/coding")
    String code(
            @PathVariable String code,
            @RequestParam String reference,
            @RequestParam String question,
            @RequestParam(required = false) List<String> themes,
            Principal principal,
            RedirectAttributes r) {
        Set<String> chosen = themes == null ? Set.of() : new LinkedHashSet<>(themes);
        return done(
                engagement.code(actor(principal), code, reference, question, chosen),
                "Coded " + reference,
                r,
                "/engagement/consultations/" + code + "/coding");
    }

    @PostMapping("/engagement/consultations/{code}/findings")
    String finding(
            @PathVariable String code,
            @RequestParam(required = false) String theme,
            @RequestParam String youSaid,
            @RequestParam String weDid,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String indicator,
            Principal principal,
            RedirectAttributes r) {
        Optional<Long> sequence;
        try {
            sequence = Optional.ofNullable(decision).filter(d -> !d.isBlank()).map(d -> Long.parseLong(d.trim()));
        } catch (NumberFormatException e) {
            return done(
                    new Created(
                            false,
                            List.of(new org.openics.engagement.Problem(
                                    org.openics.engagement.ProblemKind.INVALID_FIELD,
                                    "decision",
                                    "the decision is its number in the decision log, not '" + decision + "'"))),
                    "",
                    r,
                    "/engagement/consultations/" + code);
        }
        return done(
                engagement.recordFinding(
                        actor(principal),
                        new Finding(
                                code,
                                Optional.ofNullable(theme),
                                youSaid,
                                weDid,
                                sequence,
                                Optional.ofNullable(indicator))),
                "Published on the public page",
                r,
                "/engagement/consultations/" + code);
    }

    @GetMapping("/engagement/panel")
    String panel(Principal principal, Model model) {
        Actor actor = actor(principal);
        LocalDate today = LocalDate.now();
        model.addAttribute("panel", engagement.panel(actor, today));
        model.addAttribute("placeNames", places.names(today));
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute(
                "consultations",
                engagement.consultations().stream()
                        .filter(c -> c.status(today) != org.openics.engagement.ConsultationStatus.CLOSED)
                        .toList());
        model.addAttribute("canManage", Authorisation.allows(actor, EngagementPermission.MANAGE_PANEL));
        return "engagement/staff/panel";
    }

    @PostMapping("/engagement/panel/members")
    String recruit(
            @RequestParam String place,
            @RequestParam(required = false) String ageBand,
            @RequestParam(required = false) String lsoa,
            @RequestParam(required = false) String recruitedBy,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate consentedOn,
            Principal principal,
            RedirectAttributes r) {
        return done(
                engagement.recruit(
                        actor(principal),
                        new PanelMember(
                                null,
                                place,
                                AgeBand.parse(ageBand),
                                Optional.ofNullable(lsoa),
                                Optional.ofNullable(recruitedBy),
                                consentedOn,
                                Optional.empty())),
                "Member recruited",
                r,
                "/engagement/panel");
    }

    @PostMapping("/engagement/panel/invitations")
    String invite(
            @RequestParam String consultation,
            @RequestParam(required = false) String place,
            Principal principal,
            RedirectAttributes r) {
        return done(
                engagement.invite(
                        actor(principal),
                        consultation,
                        Optional.ofNullable(place).filter(p -> !p.isBlank())),
                "Invitations recorded",
                r,
                "/engagement/panel");
    }

    @PostMapping("/engagement/panel/events")
    String event(
            @RequestParam String title,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam String place,
            @RequestParam(required = false) String partner,
            @RequestParam int attendance,
            Principal principal,
            RedirectAttributes r) {
        return done(
                engagement.recordEvent(
                        actor(principal),
                        new PanelEvent(title, heldOn, place, Optional.ofNullable(partner), attendance)),
                "Event recorded",
                r,
                "/engagement/panel");
    }

    @GetMapping("/engagement/innovation")
    String innovation(Principal principal, Model model) {
        Actor actor = actor(principal);
        List<Innovation> innovations = engagement.innovations(actor);
        model.addAttribute("innovations", innovations);
        model.addAttribute("stages", Stage.values());
        model.addAttribute("placeNames", places.names(LocalDate.now()));
        model.addAttribute("canManage", Authorisation.allows(actor, EngagementPermission.MANAGE_INNOVATION));
        return "engagement/staff/innovation";
    }

    @GetMapping("/engagement/innovation/{code}")
    String innovation(@PathVariable String code, Principal principal, Model model) {
        Actor actor = actor(principal);
        Innovation innovation = engagement.innovations(actor).stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("There is no innovation '" + code + "'."));
        model.addAttribute("innovation", innovation);
        model.addAttribute("spread", engagement.spread(actor, code));
        model.addAttribute("placeNames", places.names(LocalDate.now()));
        model.addAttribute(
                "partners",
                engagement.partners().stream()
                        .collect(java.util.stream.Collectors.toMap(p -> p.code(), p -> p.name())));
        model.addAttribute("canManage", Authorisation.allows(actor, EngagementPermission.MANAGE_INNOVATION));
        return "engagement/staff/innovation-detail";
    }

    /** Each place's innovations: what it adopted and when, with the indicator before and after (observational). */
    @GetMapping("/engagement/innovation/places/{place}")
    String place(@PathVariable String place, Principal principal, Model model) {
        Actor actor = actor(principal);
        Map<String, String> names = places.names(LocalDate.now());
        if (!names.containsKey(place)) {
            throw new NoSuchElementException("There is no place '" + place + "'.");
        }
        model.addAttribute("place", place);
        model.addAttribute("placeName", names.get(place));
        model.addAttribute(
                "rows",
                engagement.innovations(actor).stream()
                        .map(i -> Map.entry(
                                i,
                                engagement.spread(actor, i.code()).places().stream()
                                        .filter(p -> p.place().equals(place))
                                        .findFirst()))
                        .toList());
        return "engagement/staff/innovation-place";
    }

    @PostMapping("/engagement/innovation")
    String propose(
            @RequestParam String code,
            @RequestParam String title,
            @RequestParam String need,
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) List<String> worstPlaces,
            @RequestParam String owner,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
            Principal principal,
            RedirectAttributes r) {
        Innovation i = new Innovation(
                code.trim(),
                title,
                need,
                Optional.ofNullable(indicator),
                worstPlaces,
                owner,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Stage.NEED,
                Optional.ofNullable(due),
                List.of(),
                List.of());
        return done(engagement.propose(actor(principal), i), "Innovation proposed", r, "/engagement/innovation");
    }

    @PostMapping("/engagement/innovation/{code}/describe")
    String describe(
            @PathVariable String code,
            @RequestParam(required = false) String opportunity,
            @RequestParam(required = false) String evidence,
            @RequestParam(required = false) String evaluation,
            @RequestParam(required = false) String validatedBy,
            Principal principal,
            RedirectAttributes r) {
        Actor actor = actor(principal);
        Innovation now = engagement.innovations(actor).stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("There is no innovation '" + code + "'."));
        Function<String, Optional<String>> given = v -> Optional.ofNullable(v).filter(x -> !x.isBlank());
        Innovation changed = new Innovation(
                now.code(),
                now.title(),
                now.need(),
                now.indicator(),
                now.worstPlaces(),
                now.owner(),
                given.apply(opportunity).or(now::opportunity),
                given.apply(evidence).or(now::evidence),
                given.apply(evaluation).or(now::evaluation),
                given.apply(validatedBy).or(now::validatedBy),
                now.stage(),
                now.due(),
                now.gates(),
                now.adoptions());
        return done(engagement.describe(actor, changed), "Saved", r, "/engagement/innovation/" + code);
    }

    @PostMapping("/engagement/innovation/{code}/advance")
    String advance(@PathVariable String code, @RequestParam String stage, Principal principal, RedirectAttributes r) {
        Stage target = Arrays.stream(Stage.values())
                .filter(s -> s.name().equals(stage))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + stage + "' is not a stage"));
        return done(
                engagement.advance(actor(principal), code, target),
                "Moved to " + target.label(),
                r,
                "/engagement/innovation/" + code);
    }

    @PostMapping("/engagement/innovation/{code}/adoptions")
    String adopt(
            @PathVariable String code,
            @RequestParam String place,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
            Principal principal,
            RedirectAttributes r) {
        return done(
                engagement.adopt(actor(principal), code, place, adoptedOn),
                "Adoption recorded",
                r,
                "/engagement/innovation/" + code);
    }

    private static String done(Created created, String saved, RedirectAttributes r, String back) {
        if (created.stored()) {
            r.addFlashAttribute("saved", saved);
        } else {
            r.addFlashAttribute("problems", created.problems());
        }
        return "redirect:" + back;
    }

    private Consultation find(String code) {
        return engagement
                .consultation(code)
                .orElseThrow(() -> new NoSuchElementException("There is no consultation '" + code + "'."));
    }
}
