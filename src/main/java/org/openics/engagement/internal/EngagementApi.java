package org.openics.engagement.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openics.engagement.Analysis;
import org.openics.engagement.Consultation;
import org.openics.engagement.Created;
import org.openics.engagement.Engagement;
import org.openics.engagement.Innovation;
import org.openics.engagement.Panel;
import org.openics.engagement.Problem;
import org.openics.engagement.ProblemKind;
import org.openics.engagement.PublishedFinding;
import org.openics.engagement.Spread;
import org.openics.kernel.Actor;
import org.openics.platform.Accounts;
import org.openics.platform.PublicPaths;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Engagement as JSON: the published "you said, we did" (public), and for staff the analysis of a consultation, the
 * panel, the innovation pipeline and an innovation's spread. Roles are checked at the entry point (403 otherwise).
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/engagement")
class EngagementApi {

    private final Engagement engagement;
    private final Accounts accounts;

    EngagementApi(Engagement engagement, Accounts accounts) {
        this.engagement = engagement;
        this.accounts = accounts;
    }

    private Actor actor(Principal principal) {
        return principal == null ? null : accounts.actor(principal).orElse(null);
    }

    @GetMapping("/findings")
    List<PublishedFinding> findings(@RequestParam Optional<String> consultation) {
        return engagement.findings(consultation);
    }

    /** Creates a consultation (the engagement lead): 201 with it, or 400 with its problems, each naming the field. */
    @PostMapping("/consultations")
    ResponseEntity<Object> create(@RequestBody Consultation consultation, Principal principal) {
        Created created = engagement.create(actor(principal), consultation);
        return created.stored()
                ? ResponseEntity.status(HttpStatus.CREATED)
                        .body(engagement.consultation(consultation.code()).orElseThrow())
                : ResponseEntity.badRequest().body(created);
    }

    /** Edits a consultation (the engagement lead): 200 with it, or 400 with its problems; 404 for an unknown code. */
    @PutMapping("/consultations/{code}")
    ResponseEntity<Object> update(
            @PathVariable String code, @RequestBody Consultation consultation, Principal principal) {
        if (!code.equals(consultation.code())) {
            return ResponseEntity.badRequest()
                    .body(new Created(
                            false,
                            List.of(new Problem(
                                    ProblemKind.INVALID_FIELD,
                                    "code",
                                    "the code in the body ('" + consultation.code()
                                            + "') is not the one in the address ('" + code + "')"))));
        }
        Created created = engagement.update(actor(principal), consultation);
        return created.stored()
                ? ResponseEntity.ok(engagement.consultation(code).orElseThrow())
                : ResponseEntity.badRequest().body(created);
    }

    @GetMapping("/consultations/{code}/analysis")
    Analysis analysis(@PathVariable String code, Principal principal) {
        return engagement.analysis(actor(principal), code);
    }

    @GetMapping("/panel")
    Panel panel(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            Principal principal) {
        return engagement.panel(actor(principal), asAt.orElseGet(LocalDate::now));
    }

    @GetMapping("/innovations")
    List<Innovation> innovations(Principal principal) {
        return engagement.innovations(actor(principal));
    }

    @GetMapping("/innovations/{code}/spread")
    Spread spread(@PathVariable String code, Principal principal) {
        return engagement.spread(actor(principal), code);
    }

    @Configuration(proxyBeanMethods = false)
    static class Paths {
        @Bean
        PublicPaths publicFindings() {
            return PublicPaths.of("/api/engagement/findings");
        }
    }
}
