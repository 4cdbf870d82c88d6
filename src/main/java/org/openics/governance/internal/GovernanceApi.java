package org.openics.governance.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openics.governance.ChangeResult;
import org.openics.governance.DecideItem;
import org.openics.governance.DecisionMap;
import org.openics.governance.DecisionRecord;
import org.openics.governance.Delegation;
import org.openics.governance.Governance;
import org.openics.governance.GovernanceChange;
import org.openics.governance.HistoryEntry;
import org.openics.governance.InterestRegister;
import org.openics.governance.ItemPurpose;
import org.openics.governance.LogVerification;
import org.openics.governance.MeetingAction;
import org.openics.governance.MeetingDeclaration;
import org.openics.governance.MeetingPack;
import org.openics.governance.MeetingResult;
import org.openics.governance.ModelImport;
import org.openics.governance.Paper;
import org.openics.governance.ProposedDecision;
import org.openics.governance.QuorumRule;
import org.openics.governance.Role;
import org.openics.governance.RoutingAnswer;
import org.openics.governance.SchemeImport;
import org.openics.governance.ValidationReport;
import org.openics.governance.Votes;
import org.openics.governance.register.InterestRegisters;
import org.openics.kernel.Actor;
import org.openics.platform.Accounts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * REST API of governance. Reads are public; {@code /edit/**} needs an authenticated user whose role the entry point checks
 * (403 with the reason otherwise). Dates are YYYY-MM-DD, default today.
 */
@RestController
@RequestMapping("/api/governance")
class GovernanceApi {

    static final String YAML = "application/yaml";

    private final Governance governance;
    private final Accounts accounts;

    GovernanceApi(Governance governance, Accounts accounts) {
        this.governance = governance;
        this.accounts = accounts;
    }

    private Actor actor(Principal principal) {
        return SignedIn.actor(accounts, principal);
    }

    @GetMapping("/map")
    DecisionMap map(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt) {
        return governance.map(asAt.orElseGet(LocalDate::now));
    }

    @GetMapping("/check")
    ValidationReport check(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt) {
        return governance.validate(asAt.orElseGet(LocalDate::now));
    }

    @GetMapping("/route")
    RoutingAnswer route(
            @RequestParam String function,
            @RequestParam long value,
            @RequestParam Optional<String> place,
            @RequestParam Optional<List<String>> counterparty,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> date) {
        return RoutingAnswer.of(governance.route(new ProposedDecision(
                function,
                value,
                place.filter(p -> !p.isBlank()).orElse(null),
                counterparty.orElse(List.of()),
                date.orElseGet(LocalDate::now))));
    }

    @GetMapping("/decisions")
    List<DecisionRecord> decisions() {
        return governance.decisions(true);
    }

    @GetMapping("/verify")
    LogVerification verify() {
        return governance.verifyLog();
    }

    @GetMapping(value = "/scheme", produces = YAML)
    String scheme(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt) {
        return governance.exportScheme(asAt.orElse(null));
    }

    @PostMapping(
            value = "/edit/scheme",
            consumes = {YAML, "text/yaml", "text/plain"})
    ResponseEntity<SchemeImport> importScheme(@RequestBody String yaml, Principal principal) {
        SchemeImport result = governance.importScheme(actor(principal), yaml, "REST API");
        return ResponseEntity.status(result.imported() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(result);
    }

    @GetMapping("/interests")
    InterestRegister interests(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt) {
        return governance.interestRegister(asAt.orElseGet(LocalDate::now));
    }

    @GetMapping(value = "/interests.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> interestsCsv(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt) {
        LocalDate date = asAt.orElseGet(LocalDate::now);
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"register-of-interests-" + date + ".csv\"")
                .body(InterestRegisters.csv(governance.interestRegister(date)));
    }

    /** Governance's one history, newest first (sign-in required: it names the staff who made each change). */
    @GetMapping("/history")
    List<HistoryEntry> history(@RequestParam(defaultValue = "500") int limit) {
        return governance.history(limit);
    }

    /** The whole model as a version of the history kept it. */
    @GetMapping(value = "/history/{version}/model", produces = YAML)
    ResponseEntity<String> modelVersion(@PathVariable int version) {
        return governance
                .modelDocument(version)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/model", produces = YAML)
    String model() {
        return governance.exportModel();
    }

    @PostMapping(
            value = "/edit/model",
            consumes = {YAML, "text/yaml", "text/plain"})
    ResponseEntity<ModelImport> importModel(@RequestBody String yaml, Principal principal) {
        ModelImport result = governance.importModel(actor(principal), yaml, "REST API");
        return ResponseEntity.status(result.imported() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(result);
    }

    @PostMapping("/edit/decisions")
    DecisionRecord decide(@RequestBody DecideItem item, Principal principal) {
        return governance.decide(actor(principal), item);
    }

    /** The forward plan and past meetings of every body (public). */
    @GetMapping("/meetings")
    List<MeetingPack.Summary> meetings() {
        return governance.meetings();
    }

    /** A meeting's pack: the public record, or the whole meeting for whoever may run meetings. */
    @GetMapping("/meetings/{id}")
    ResponseEntity<MeetingPack> meeting(@PathVariable long id, Principal principal) {
        return governance
                .meeting(actor(principal), id)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/edit/meetings")
    ResponseEntity<MeetingResult> schedule(@RequestBody MeetingAction.Schedule step, Principal principal) {
        return step(step, principal);
    }

    /** An item for the agenda; the path names the meeting. */
    record ItemRequest(
            String title,
            ItemPurpose purpose,
            String presenter,
            String confidentialGround,
            String proposal,
            String function,
            Long valuePounds,
            String place,
            List<String> counterparties) {}

    @PostMapping("/edit/meetings/{id}/items")
    ResponseEntity<MeetingResult> addItem(@PathVariable long id, @RequestBody ItemRequest i, Principal principal) {
        return step(
                new MeetingAction.AddItem(
                        id,
                        i.title(),
                        i.purpose(),
                        i.presenter(),
                        i.confidentialGround(),
                        i.proposal(),
                        i.function(),
                        i.valuePounds(),
                        i.place(),
                        i.counterparties()),
                principal);
    }

    @PostMapping("/edit/meetings/{id}/items/{item}/papers")
    ResponseEntity<MeetingResult> addPaper(
            @PathVariable long id, @PathVariable int item, @RequestBody Paper paper, Principal principal) {
        return step(new MeetingAction.AddPaper(id, item, paper), principal);
    }

    record AttendanceRequest(
            java.util.Set<String> present, List<String> inAttendance, List<MeetingDeclaration> declarations) {}

    @PostMapping("/edit/meetings/{id}/attendance")
    ResponseEntity<MeetingResult> attendance(
            @PathVariable long id, @RequestBody AttendanceRequest a, Principal principal) {
        return step(new MeetingAction.RecordAttendance(id, a.present(), a.inAttendance(), a.declarations()), principal);
    }

    @PostMapping("/edit/meetings/{id}/items/{item}/decision")
    ResponseEntity<MeetingResult> decide(
            @PathVariable long id, @PathVariable int item, @RequestBody Votes votes, Principal principal) {
        return step(new MeetingAction.Decide(id, item, votes), principal);
    }

    @PostMapping("/edit/meetings/{id}/minutes")
    ResponseEntity<MeetingResult> draftMinutes(@PathVariable long id, Principal principal) {
        return step(new MeetingAction.DraftMinutes(id), principal);
    }

    record ApprovalRequest(long atMeeting) {}

    @PostMapping("/edit/meetings/{id}/minutes/approval")
    ResponseEntity<MeetingResult> approveMinutes(
            @PathVariable long id, @RequestBody ApprovalRequest a, Principal principal) {
        return step(new MeetingAction.ApproveMinutes(id, a.atMeeting()), principal);
    }

    private ResponseEntity<MeetingResult> step(MeetingAction action, Principal principal) {
        MeetingResult result = governance.runMeeting(actor(principal), action);
        return ResponseEntity.status(result.done() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(result);
    }

    /** New terms of reference for a body from a date; {@code namedVotes} when each member's vote must be recorded. */
    record TermsRequest(
            String remit,
            QuorumRule quorum,
            List<Role> members,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            boolean namedVotes) {}

    @PostMapping("/edit/bodies/{body}/terms")
    ResponseEntity<ChangeResult> terms(@PathVariable String body, @RequestBody TermsRequest t, Principal principal) {
        return changed(governance.change(
                actor(principal),
                new GovernanceChange.ChangeTerms(body, t.remit(), t.quorum(), t.members(), t.from(), t.namedVotes())));
    }

    /** A scheme entry added, or replacing {@code replaces} from its start date. */
    record EntryRequest(Delegation entry, String replaces) {}

    @PostMapping("/edit/scheme/entries")
    ResponseEntity<ChangeResult> amendEntry(@RequestBody EntryRequest e, Principal principal) {
        return changed(governance.change(actor(principal), new GovernanceChange.AmendEntry(e.entry(), e.replaces())));
    }

    record EndRequest(LocalDate lastDay) {}

    @PostMapping("/edit/scheme/entries/{id}/end")
    ResponseEntity<ChangeResult> endEntry(@PathVariable String id, @RequestBody EndRequest e, Principal principal) {
        return changed(governance.change(actor(principal), new GovernanceChange.EndEntry(id, e.lastDay())));
    }

    private static ResponseEntity<ChangeResult> changed(ChangeResult result) {
        return ResponseEntity.status(result.made() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(result);
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ProblemDetail unreadable(org.springframework.http.converter.HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof IllegalArgumentException) {
            return ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST, cause.getMessage()); // our own checks, written for people
        }
        // the parser's own message names classes and internals: say where, not what the parser thought
        String where =
                cause instanceof com.fasterxml.jackson.core.JsonProcessingException json && json.getLocation() != null
                        ? " (line " + json.getLocation().getLineNr() + ", column "
                                + json.getLocation().getColumnNr() + ")"
                        : "";
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "the request body is not the JSON this endpoint reads" + where
                        + "; see docs/governance.md for its fields");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "'" + e.getValue() + "' is not a valid " + e.getName()
                        + (e.getName().equals("asAt") || e.getName().equals("date") ? " (use YYYY-MM-DD)" : ""));
    }
}
