package org.openics.governance.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openics.governance.Governance;
import org.openics.governance.GovernancePermission;
import org.openics.governance.ItemPurpose;
import org.openics.governance.MeetingAction;
import org.openics.governance.MeetingDeclaration;
import org.openics.governance.MeetingPack;
import org.openics.governance.MeetingResult;
import org.openics.governance.Paper;
import org.openics.governance.Vote;
import org.openics.governance.Votes;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.platform.Accounts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Meetings: the forward plan and each meeting's pack are public (what the ICB must publish); the board secretary runs the
 * meeting from the same page (sign-in, {@code /governance/edit/meetings/**}). The entry point decides who sees the private
 * part and who may take each step; this page only shows or hides the forms.
 */
@Controller
class GovernanceMeetingPages {

    private static final String VOTE = "vote.";

    private final Governance governance;
    private final Accounts accounts;

    GovernanceMeetingPages(Governance governance, Accounts accounts) {
        this.governance = governance;
        this.accounts = accounts;
    }

    private Actor actor(Principal principal) {
        return SignedIn.actor(accounts, principal);
    }

    @GetMapping("/governance/meetings")
    String meetings(Principal user, Model model) {
        model.addAttribute("meetings", governance.meetings());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("canRun", Authorisation.allows(actor(user), GovernancePermission.RUN_MEETINGS));
        model.addAttribute("bodies", governance.bodies(LocalDate.now()));
        return "governance/meetings";
    }

    @GetMapping("/governance/meetings/{id}")
    String meeting(@PathVariable long id, Principal user, Model model) {
        Actor actor = actor(user);
        MeetingPack pack = governance
                .meeting(actor, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "there is no meeting " + id));
        model.addAttribute("pack", pack);
        model.addAttribute("canRun", !pack.publicView());
        model.addAttribute("purposes", List.of(ItemPurpose.values()));
        model.addAttribute("votes", List.of(Vote.values()));
        model.addAttribute("functions", governance.functions());
        model.addAttribute(
                "laterMeetings",
                governance.meetings().stream()
                        .filter(m -> m.body().equals(pack.body()) && m.date().isAfter(pack.date()))
                        .toList());
        return "governance/meeting";
    }

    @PostMapping("/governance/edit/meetings")
    String schedule(
            @RequestParam String body,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String location,
            Principal user,
            RedirectAttributes redirect) {
        MeetingResult result =
                governance.runMeeting(actor(user), new MeetingAction.Schedule(body, date, title, location));
        if (!result.done()) {
            redirect.addFlashAttribute("problems", result.problems());
            redirect.addFlashAttribute("attempted", result.what());
            return "redirect:/governance/meetings";
        }
        return done(result, redirect);
    }

    @PostMapping("/governance/edit/meetings/{id}/items")
    String addItem(
            @PathVariable long id,
            @RequestParam String title,
            @RequestParam ItemPurpose purpose,
            @RequestParam(required = false) String presenter,
            @RequestParam(required = false) String confidentialGround,
            @RequestParam(required = false) String proposal,
            @RequestParam(required = false) String function,
            @RequestParam(required = false) Long value,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String counterparties,
            Principal user,
            RedirectAttributes redirect) {
        boolean forDecision = purpose == ItemPurpose.DECISION;
        return done(
                governance.runMeeting(
                        actor(user),
                        new MeetingAction.AddItem(
                                id,
                                title,
                                purpose,
                                presenter,
                                confidentialGround,
                                proposal,
                                forDecision ? blankToNull(function) : null,
                                forDecision ? value : null,
                                forDecision ? blankToNull(place) : null,
                                forDecision ? codes(counterparties) : List.of())),
                redirect);
    }

    @PostMapping("/governance/edit/meetings/{id}/papers")
    String addPaper(
            @PathVariable long id,
            @RequestParam int item,
            @RequestParam String title,
            @RequestParam String author,
            @RequestParam(required = false) String link,
            Principal user,
            RedirectAttributes redirect) {
        return done(
                governance.runMeeting(
                        actor(user), new MeetingAction.AddPaper(id, item, new Paper(title, author, link))),
                redirect);
    }

    /** {@code declarations}: one a line, "person item interest" (e.g. "gp-1 2 partner in the practice"). */
    @PostMapping("/governance/edit/meetings/{id}/attendance")
    String attendance(
            @PathVariable long id,
            @RequestParam(required = false) List<String> present,
            @RequestParam(required = false) String inAttendance,
            @RequestParam(required = false) String declarations,
            Principal user,
            RedirectAttributes redirect) {
        List<String> others = inAttendance == null
                ? List.of()
                : Arrays.stream(inAttendance.split("\\R")).toList();
        return done(
                governance.runMeeting(
                        actor(user),
                        new MeetingAction.RecordAttendance(
                                id,
                                present == null ? java.util.Set.of() : new LinkedHashSet<>(present),
                                others,
                                declarations(declarations))),
                redirect);
    }

    @PostMapping("/governance/edit/meetings/{id}/decisions")
    String decide(
            @PathVariable long id,
            @RequestParam int item,
            @RequestParam(defaultValue = "false") boolean consensus,
            @RequestParam(defaultValue = "0") int inFavour,
            @RequestParam(defaultValue = "0") int against,
            @RequestParam(defaultValue = "0") int abstaining,
            @RequestParam Map<String, String> form,
            Principal user,
            RedirectAttributes redirect) {
        // each member's vote, where the form records them by name: vote.<person id> = FOR, AGAINST or ABSTAIN
        Map<String, Vote> named = new TreeMap<>();
        for (Map.Entry<String, String> field : form.entrySet()) {
            if (field.getKey().startsWith(VOTE) && !field.getValue().isBlank()) {
                named.put(field.getKey().substring(VOTE.length()), Vote.valueOf(field.getValue()));
            }
        }
        Votes votes = consensus
                ? Votes.byConsensus()
                : !named.isEmpty() ? Votes.named(named) : new Votes(inFavour, against, abstaining, false);
        return done(governance.runMeeting(actor(user), new MeetingAction.Decide(id, item, votes)), redirect);
    }

    @PostMapping("/governance/edit/meetings/{id}/minutes")
    String draftMinutes(@PathVariable long id, Principal user, RedirectAttributes redirect) {
        return done(governance.runMeeting(actor(user), new MeetingAction.DraftMinutes(id)), redirect);
    }

    @PostMapping("/governance/edit/meetings/{id}/minutes/text")
    String amendMinutes(
            @PathVariable long id,
            @RequestParam String publicPart,
            @RequestParam(required = false) String privatePart,
            Principal user,
            RedirectAttributes redirect) {
        return done(
                governance.runMeeting(actor(user), new MeetingAction.AmendMinutes(id, publicPart, privatePart)),
                redirect);
    }

    @PostMapping("/governance/edit/meetings/{id}/minutes/approval")
    String approveMinutes(
            @PathVariable long id, @RequestParam long atMeeting, Principal user, RedirectAttributes redirect) {
        return done(governance.runMeeting(actor(user), new MeetingAction.ApproveMinutes(id, atMeeting)), redirect);
    }

    private static String done(MeetingResult result, RedirectAttributes redirect) {
        if (result.done()) {
            redirect.addFlashAttribute("made", "Done: " + result.what() + ".");
        } else {
            redirect.addFlashAttribute("problems", result.problems());
            redirect.addFlashAttribute("attempted", result.what());
        }
        return "redirect:/governance/meetings/" + result.meeting();
    }

    static List<MeetingDeclaration> declarations(String text) {
        List<MeetingDeclaration> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String[] lines = text.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            if (parts.length < 3 || !parts[1].matches("\\d{1,4}")) {
                throw new IllegalArgumentException("declarations, line " + (n + 1)
                        + ": write 'person item interest', e.g. 'gp-1 2 partner in the practice'");
            }
            out.add(new MeetingDeclaration(parts[0], Integer.parseInt(parts[1]), parts[2]));
        }
        return out;
    }

    private static List<String> codes(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(IllegalArgumentException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "governance/refused";
    }
}
