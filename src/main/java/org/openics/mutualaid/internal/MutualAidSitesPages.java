package org.openics.mutualaid.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.mutualaid.BalancePlan;
import org.openics.mutualaid.ImportReport;
import org.openics.mutualaid.MutualAid;
import org.openics.mutualaid.MutualAidPermission;
import org.openics.mutualaid.imports.CsvImport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/** The diagnostics page (six-week standard, demand against supply, the balancing plan) and the sites page with its imports. */
@Controller
class MutualAidSitesPages {

    private final MutualAid mutualAid;
    private final MutualAidWeb web;

    MutualAidSitesPages(MutualAid mutualAid, MutualAidWeb web) {
        this.mutualAid = mutualAid;
        this.web = web;
    }

    @GetMapping("/mutual-aid/diagnostics")
    String diagnostics(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            @RequestParam Optional<Integer> horizon,
            @RequestParam Optional<String> limit,
            @RequestParam Optional<String> site,
            @RequestParam Optional<String> modality,
            @RequestParam Optional<Integer> slots,
            Authentication auth,
            Model model) {
        Actor actor = web.actor(auth);
        LocalDate date = asAt.orElseGet(LocalDate::now);
        var options = MutualAidWeb.options(
                Optional.of(horizon.orElse(MutualAidWeb.DIAGNOSTICS_HORIZON)),
                Optional.of(false),
                limit,
                site,
                modality,
                slots);
        model.addAttribute("asAt", date);
        model.addAttribute("options", options);
        model.addAttribute("diagnostics", mutualAid.diagnostics(actor, date));
        model.addAttribute("sites", mutualAid.sites());
        model.addAttribute("modalities", org.openics.mutualaid.Modality.values());
        model.addAttribute("mayPlan", Authorisation.allows(actor, MutualAidPermission.RUN_PLAN));
        if (Authorisation.allows(actor, MutualAidPermission.RUN_PLAN)) {
            BalancePlan balance = mutualAid.balanceDiagnostics(actor, date, options);
            model.addAttribute("balance", balance);
            model.addAttribute("plan", balance.plan());
            MutualAidPages.flowMap(model, mutualAid.sites(), balance.plan());
        }
        return "mutualaid/diagnostics";
    }

    @GetMapping(value = "/mutual-aid/diagnostics.csv", produces = "text/csv")
    @ResponseBody
    String diagnosticsCsv(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            Authentication auth) {
        return MutualAidApi.diagnosticsCsv(mutualAid.diagnostics(web.actor(auth), asAt.orElseGet(LocalDate::now)));
    }

    @GetMapping("/mutual-aid/sites")
    String sites(Authentication auth, Model model) {
        return sitesPage(web.actor(auth), model);
    }

    private String sitesPage(Actor actor, Model model) {
        model.addAttribute("sites", mutualAid.sites());
        model.addAttribute("capacity", mutualAid.diagnosticCapacity(actor));
        model.addAttribute("mayLoad", Authorisation.allows(actor, MutualAidPermission.MANAGE_SITES));
        model.addAttribute("siteColumns", String.join(",", CsvImport.SITE_COLUMNS));
        model.addAttribute("capacityColumns", String.join(",", CsvImport.CAPACITY_COLUMNS));
        model.addAttribute("waitsColumns", String.join(",", CsvImport.WAITS_COLUMNS));
        model.addAttribute("offerColumns", String.join(",", CsvImport.OFFER_COLUMNS));
        model.addAttribute("today", LocalDate.now());
        return "mutualaid/sites";
    }

    @GetMapping(value = "/mutual-aid/sites.csv", produces = "text/csv")
    @ResponseBody
    String sitesCsv(Authentication auth) {
        web.actor(auth);
        return MutualAidApi.sitesCsv(mutualAid.sites());
    }

    /** One import form for the four files; the entry point checks the role and the file's rules. */
    @PostMapping("/mutual-aid/sites/import")
    String load(
            @RequestParam String kind,
            @RequestParam("file") MultipartFile file,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> returnDate,
            Authentication auth,
            Model model)
            throws IOException {
        Actor actor = web.actor(auth);
        String name = Optional.ofNullable(file.getOriginalFilename())
                .filter(n -> !n.isBlank())
                .orElse(kind + ".csv");
        String text = new String(file.getBytes(), StandardCharsets.UTF_8);
        ImportReport report;
        try {
            report = switch (kind) {
                case "sites" -> mutualAid.importSites(actor, name, text);
                case "capacity" -> mutualAid.importDiagnosticCapacity(actor, name, text);
                case "waits" ->
                    mutualAid.importDiagnosticWaits(
                            actor,
                            name,
                            text,
                            returnDate.orElseThrow(
                                    () -> new IllegalArgumentException("a diagnostics return needs its date")));
                case "offers" -> mutualAid.importOffers(actor, name, text);
                default ->
                    throw new IllegalArgumentException("kind is sites, capacity, waits or offers, not '" + kind + "'");
            };
        } catch (IllegalArgumentException refused) {
            // the whole file refused (unreadable, a column missing): nothing stored, and the page says why
            model.addAttribute("refused", refused.getMessage());
            return sitesPage(actor, model);
        }
        model.addAttribute("report", report);
        return sitesPage(actor, model);
    }
}
