package org.openics.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openics.kernel.OdsCode;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;
import org.openics.registry.Registry;
import org.openics.registry.SystemOfSystems;
import org.openics.registry.TreeNode;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Web pages of the system of systems: drill down ICS → place → PCN → practice, with who serves each place. */
@Controller
class RegistryPages {

    private final Registry registry;

    RegistryPages(Registry registry) {
        this.registry = registry;
    }

    /** England, or straight to the ICS when the store holds only one. */
    @GetMapping("/registry")
    String england(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt, Model model) {
        LocalDate date = asAt.orElseGet(LocalDate::now);
        SystemOfSystems system = registry.asAt(date);
        List<Organisation> withPractices = system.organisations(OrganisationKind.ICB).stream()
                .filter(icb -> !system.practicesUnder(icb.code()).isEmpty())
                .toList();
        if (withPractices.size() == 1) {
            return "redirect:/registry/" + withPractices.get(0).code()
                    + asAt.map(d -> "?asAt=" + d).orElse("");
        }
        Optional<TreeNode> tree = system.tree(Optional.empty(), 2);
        model.addAttribute("asAt", date);
        model.addAttribute("empty", tree.isEmpty());
        tree.ifPresent(t -> show(model, system, t, date));
        return "registry/node";
    }

    @GetMapping("/registry/{code}")
    String node(
            @PathVariable String code,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            Model model) {
        LocalDate date = asAt.orElseGet(LocalDate::now);
        SystemOfSystems system = registry.asAt(date);
        OdsCode ods;
        try {
            ods = OdsCode.of(code);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        Organisation organisation = system.organisation(ods)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "No organisation " + ods + " in the registry on " + date));
        model.addAttribute("asAt", date);
        model.addAttribute("empty", false);
        model.addAttribute("organisation", organisation);
        if (organisation.kind().structural()) {
            TreeNode tree = system.tree(Optional.of(ods), 1).orElseThrow();
            show(model, system, tree, date);
        } else {
            model.addAttribute("crumbs", breadcrumbs(system, ods));
        }
        model.addAttribute("providers", system.providersServing(ods));
        model.addAttribute("placesServed", system.placesServedBy(ods));
        model.addAttribute("members", system.members(ods));
        model.addAttribute(
                "memberOf",
                system.linksFrom(ods, org.openics.registry.Relation.MEMBER_OF).stream()
                        .map(l -> new Membership(system.organisation(l.parent()).orElseThrow(), l.role()))
                        .toList());
        model.addAttribute("populationServed", system.populationServed(ods).orElse(null));
        return "registry/node";
    }

    record Membership(Organisation partnership, String role) {}

    private void show(Model model, SystemOfSystems system, TreeNode tree, LocalDate date) {
        model.addAttribute("tree", tree);
        long largest =
                tree.children().stream().mapToLong(TreeNode::population).max().orElse(1);
        model.addAttribute("largest", Math.max(1, largest));
        model.addAttribute("showResidents", tree.children().stream().anyMatch(c -> c.residentPopulation() != null));
        model.addAttribute("crumbs", breadcrumbs(system, tree.code()));
        model.addAttribute(
                "childKind",
                tree.children().isEmpty() ? null : tree.children().get(0).kind().label());
    }

    /** Nation → region → ICB → place (or sub-ICB location) → PCN above a node. */
    private static List<Organisation> breadcrumbs(SystemOfSystems system, OdsCode code) {
        List<Organisation> crumbs = new ArrayList<>();
        for (OrganisationKind kind : List.of(OrganisationKind.NATION, OrganisationKind.REGION, OrganisationKind.ICB)) {
            system.ancestor(code, kind).ifPresent(crumbs::add);
        }
        Optional<Organisation> pcn = system.ancestor(code, OrganisationKind.PCN);
        system.placeOf(pcn.map(Organisation::code).orElse(code))
                .filter(p -> !p.code().equals(code))
                .ifPresent(crumbs::add);
        pcn.ifPresent(crumbs::add);
        if (crumbs.stream().noneMatch(o -> o.kind() == OrganisationKind.PLACE)) {
            system.ancestor(code, OrganisationKind.SUB_ICB_LOCATION)
                    .ifPresent(s -> crumbs.add(Math.min(3, crumbs.size()), s));
        }
        return crumbs;
    }
}
