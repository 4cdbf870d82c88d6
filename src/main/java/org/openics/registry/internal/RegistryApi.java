package org.openics.registry.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.kernel.OdsCode;
import org.openics.registry.Link;
import org.openics.registry.Membership;
import org.openics.registry.Organisation;
import org.openics.registry.Registry;
import org.openics.registry.Relation;
import org.openics.registry.ServedPlace;
import org.openics.registry.SystemOfSystems;
import org.openics.registry.TreeNode;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * REST API of the registry (aggregate, no person-level data). Every endpoint takes {@code asAt}
 * (YYYY-MM-DD, default today).
 */
@RestController
@RequestMapping("/api/registry")
class RegistryApi {

    private final Registry registry;

    RegistryApi(Registry registry) {
        this.registry = registry;
    }

    @GetMapping("/tree")
    TreeNode tree(
            @RequestParam Optional<String> ics,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            @RequestParam(defaultValue = "-1") int depth) {
        LocalDate date = asAt.orElseGet(LocalDate::now);
        return registry.tree(ics.map(RegistryApi::code), date, ics.isPresent() ? depth : (depth < 0 ? 2 : depth))
                .orElseThrow(
                        () -> notFound(ics.map(c -> "no node " + c).orElse("the registry is empty") + " on " + date));
    }

    @GetMapping("/icbs")
    List<Organisation> icbs(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt) {
        return registry.integratedCareBoards(asAt.orElseGet(LocalDate::now));
    }

    @GetMapping("/organisations/{code}")
    Map<String, Object> organisation(
            @PathVariable String code,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt) {
        LocalDate date = asAt.orElseGet(LocalDate::now);
        SystemOfSystems system = registry.asAt(date);
        OdsCode ods = code(code);
        Organisation organisation =
                system.organisation(ods).orElseThrow(() -> notFound("no organisation " + ods + " on " + date));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisation", organisation);
        body.put(
                "partOf",
                system.linksFrom(ods, Relation.PART_OF).stream()
                        .map(Link::parent)
                        .map(OdsCode::value)
                        .toList());
        body.put(
                "inArea",
                system.linksFrom(ods, Relation.IN_AREA).stream()
                        .map(Link::parent)
                        .map(OdsCode::value)
                        .toList());
        body.put(
                "memberOf",
                system.linksFrom(ods, Relation.MEMBER_OF).stream()
                        .map(l -> Map.of("partnership", l.parent().value(), "role", String.valueOf(l.role())))
                        .toList());
        body.put("members", system.members(ods));
        body.put("placesServed", system.placesServedBy(ods));
        body.put("servedBy", system.providersServing(ods));
        system.population(ods, org.openics.registry.PopulationMeasure.REGISTERED)
                .ifPresent(p -> body.put("registeredPatients", p));
        system.deprivation(ods).ifPresent(d -> body.put("deprivation", d));
        body.put("asAt", date);
        return body;
    }

    @GetMapping("/partnerships/{code}/members")
    List<Membership> members(
            @PathVariable String code,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt) {
        LocalDate date = asAt.orElseGet(LocalDate::now);
        requireExists(code, date);
        return registry.members(code(code), date);
    }

    @GetMapping("/providers/{code}/places")
    List<ServedPlace> placesServed(
            @PathVariable String code,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt) {
        LocalDate date = asAt.orElseGet(LocalDate::now);
        requireExists(code, date);
        return registry.placesServedBy(code(code), date);
    }

    @GetMapping("/places/{code}/providers")
    List<ServedPlace> providers(
            @PathVariable String code,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt) {
        LocalDate date = asAt.orElseGet(LocalDate::now);
        requireExists(code, date);
        return registry.providersServing(code(code), date);
    }

    private void requireExists(String code, LocalDate date) {
        if (registry.organisation(code(code), date).isEmpty()) {
            throw notFound("no organisation " + code + " on " + date);
        }
    }

    private static OdsCode code(String text) {
        try {
            return OdsCode.of(text);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static ResponseStatusException notFound(String message) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "'" + e.getValue() + "' is not a valid " + e.getName()
                        + (e.getName().equals("asAt") ? " (use YYYY-MM-DD)" : ""));
    }
}
