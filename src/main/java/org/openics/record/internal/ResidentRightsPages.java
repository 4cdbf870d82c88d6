package org.openics.record.internal;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.openics.kernel.Actor;
import org.openics.platform.Accounts;
import org.openics.record.AccountResult;
import org.openics.record.OptOutKind;
import org.openics.record.PersonId;
import org.openics.record.RecordAccounts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A resident's own rights on their record: download it (Patient $everything as one JSON file) and record their
 * opt-out choices. The entry point decides who may; these pages only pass the signed-in actor along.
 */
@Controller
class ResidentRightsPages {

    private final RecordAccounts record;
    private final Accounts accounts;

    ResidentRightsPages(RecordAccounts record, Accounts accounts) {
        this.record = record;
        this.accounts = accounts;
    }

    private Actor actor(Principal principal) {
        return accounts.actor(principal)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.FORBIDDEN, "not a shared care record account"));
    }

    @GetMapping("/record/person/{id}/download")
    ResponseEntity<byte[]> download(@PathVariable long id, Principal principal) {
        byte[] json = record.download(new PersonId(id), actor(principal)).getBytes(StandardCharsets.UTF_8);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/fhir+json"));
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename("my-record-" + id + ".json")
                .build());
        return new ResponseEntity<>(json, headers, HttpStatus.OK);
    }

    @GetMapping("/record/person/{id}/choices")
    String choices(@PathVariable long id, Principal principal, Model model) {
        Actor actor = actor(principal);
        model.addAttribute("actor", actor);
        model.addAttribute("personId", id);
        model.addAttribute("choices", record.optOuts(new PersonId(id), actor));
        return "record/choices";
    }

    @PostMapping("/record/person/{id}/choices")
    String choose(
            @PathVariable long id,
            @RequestParam String kind,
            @RequestParam String choice,
            Principal principal,
            Model model) {
        Actor actor = actor(principal);
        OptOutKind parsed = OptOutKind.parse(kind);
        if (parsed == null || !(choice.equals("out") || choice.equals("in"))) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "kind must be national or type1, choice out or in");
        }
        AccountResult result = record.recordOptOut(new PersonId(id), parsed, choice.equals("out"), actor);
        model.addAttribute(result.done() ? "message" : "problem", result.message());
        return choices(id, principal, model);
    }
}
