package org.openics.governance.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openics.governance.Affiliation;
import org.openics.governance.Appointment;
import org.openics.governance.Body;
import org.openics.governance.BodyKind;
import org.openics.governance.ConstitutionRule;
import org.openics.governance.DeclaredInterest;
import org.openics.governance.DelegateKind;
import org.openics.governance.Delegation;
import org.openics.governance.FunctionCategory;
import org.openics.governance.GovernedFunction;
import org.openics.governance.InterestKind;
import org.openics.governance.Level;
import org.openics.governance.Person;
import org.openics.governance.QuorumRule;
import org.openics.governance.Role;
import org.openics.governance.RuleKind;
import org.openics.governance.TermsOfReference;
import org.openics.governance.model.GovernanceModel;
import org.openics.governance.model.ModelProblem;
import org.openics.platform.BoundedParsing;

/**
 * The whole governance model — bodies, people, seats, offices held elsewhere, declared interests, constitution rules and
 * the scheme of reservation and delegation — as one YAML document a board secretary can keep, review and edit.
 * Reading keeps each item's line, so that every problem says where it is; every field is read as text and converted
 * here, so that a wrong value is named in plain words rather than in Jackson's.
 */
final class ModelYaml {

    record Document(
            String icb,
            List<BodyDoc> bodies,
            List<TermsDoc> terms,
            List<PersonDoc> people,
            List<SeatDoc> seats,
            List<OfficeDoc> offices,
            List<InterestDoc> interests,
            List<RuleDoc> rules,
            List<FunctionDoc> scheme) {}

    record QuorumDoc(Integer members, Integer independent) {}

    record BodyDoc(
            String code,
            String name,
            String kind,
            String level,
            String parent,
            String place,
            QuorumDoc quorum,
            String from,
            String to) {}

    /**
     * A body's terms of reference for a period; {@code members} lists the roles of its members; {@code votes: named} when each
     * member's vote must be recorded (absent: counts or consensus).
     */
    record TermsDoc(
            String body, String remit, QuorumDoc quorum, List<String> members, String votes, String from, String to) {}

    record PersonDoc(String id, String name) {}

    record SeatDoc(String person, String body, String role, String represents, String from, String to) {}

    record OfficeDoc(String person, String organisation, String office, String from, String to) {}

    record InterestDoc(String person, String kind, String organisation, String description, String from, String to) {}

    record RuleDoc(
            String id,
            Integer version,
            String appliesTo,
            String kind,
            String role,
            Integer minimum,
            String text,
            String reason,
            String from,
            String to) {}

    record FunctionDoc(String code, String name, String category, String plainEnglish, List<EntryDoc> entries) {}

    /** One scheme entry; {@code limit} in pounds (absent: no limit), {@code place} absent for every place. */
    record EntryDoc(
            String id,
            String delegatedBy,
            String delegate,
            String kind,
            String place,
            Long limit,
            String conditions,
            String from,
            String to) {}

    /** What reading found: the model when there were no problems, and every problem with its line. */
    record Parsed(
            GovernanceModel model,
            Map<String, Integer> counts,
            List<String> problems,
            Map<String, List<Integer>> lines) {

        /** A problem found later (by the model checks) with the line of the item it concerns. */
        String locate(ModelProblem problem) {
            List<Integer> at = lines.getOrDefault(problem.section(), List.of());
            if (problem.index() < 0 || problem.index() >= at.size()) {
                return problem.message();
            }
            return "line " + at.get(problem.index()) + ", " + problem.section() + "[" + (problem.index() + 1) + "]: "
                    + problem.message();
        }
    }

    private static final String NAMED = "named";
    private static final String COUNTED = "counted";

    static final int MAX_CODE_POINTS = BoundedParsing.MAX_YAML_CODE_POINTS;

    private static final YAMLMapper YAML = BoundedParsing.yaml()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private static final List<String> SECTIONS =
            List.of("bodies", "terms", "people", "seats", "offices", "interests", "rules", "scheme");

    private ModelYaml() {}

    static String write(GovernanceModel model) {
        Document document = new Document(
                model.icb(),
                model.allBodies().stream()
                        .map(b -> new BodyDoc(
                                b.code(),
                                b.name(),
                                b.kind().name(),
                                b.level().name(),
                                b.parent(),
                                b.place(),
                                new QuorumDoc(
                                        b.quorum().minimumMembers(), b.quorum().minimumIndependent()),
                                text(b.validFrom()),
                                text(b.validTo())))
                        .toList(),
                model.terms().isEmpty()
                        ? null
                        : model.terms().stream()
                                .map(t -> new TermsDoc(
                                        t.body(),
                                        t.remit(),
                                        new QuorumDoc(
                                                t.quorum().minimumMembers(),
                                                t.quorum().minimumIndependent()),
                                        t.members().stream().map(Role::name).toList(),
                                        t.namedVotes() ? NAMED : null,
                                        text(t.validFrom()),
                                        text(t.validTo())))
                                .toList(),
                model.people().stream()
                        .map(p -> new PersonDoc(p.id(), p.name()))
                        .toList(),
                model.appointments().stream()
                        .map(a -> new SeatDoc(
                                a.person(),
                                a.body(),
                                a.role().name(),
                                a.represents(),
                                text(a.validFrom()),
                                text(a.validTo())))
                        .toList(),
                model.affiliations().stream()
                        .map(a -> new OfficeDoc(
                                a.person(), a.organisation(), a.office(), text(a.validFrom()), text(a.validTo())))
                        .toList(),
                model.interests().stream()
                        .map(i -> new InterestDoc(
                                i.person(),
                                i.kind().name(),
                                i.organisation(),
                                i.description(),
                                text(i.validFrom()),
                                text(i.validTo())))
                        .toList(),
                model.rules().stream()
                        .map(r -> new RuleDoc(
                                r.id(),
                                r.version(),
                                r.appliesTo().name(),
                                r.kind().name(),
                                r.role() == null ? null : r.role().name(),
                                r.minimum(),
                                r.text(),
                                r.reason(),
                                text(r.validFrom()),
                                text(r.validTo())))
                        .toList(),
                model.functions().stream()
                        .map(f -> new FunctionDoc(
                                f.code(),
                                f.name(),
                                f.category().name(),
                                f.plainEnglish(),
                                model.delegations().stream()
                                        .filter(d -> d.function().equals(f.code()))
                                        .map(d -> new EntryDoc(
                                                d.id(),
                                                d.delegatedBy(),
                                                d.delegate(),
                                                d.kind().name(),
                                                d.place(),
                                                d.limitPounds(),
                                                d.conditions().isEmpty() ? null : d.conditions(),
                                                text(d.validFrom()),
                                                text(d.validTo())))
                                        .toList()))
                        .toList());
        try {
            return "# The governance of an integrated care system, as OpenICS keeps it (./openics governance export --model).\n"
                    + "# Dates are YYYY-MM-DD; 'to' is the last day in force (absent: open). Scheme limits are in pounds.\n"
                    + YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the governance model as YAML", e);
        }
    }

    static Parsed read(String text) {
        Reader reader = new Reader();
        try (JsonParser parser = YAML.getFactory().createParser(text)) {
            BoundedParsing.checkYaml(text);
            reader.document(parser);
        } catch (JsonProcessingException e) {
            reader.problems.add(where(e.getLocation()) + "the document is not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            reader.problems.add("the document could not be read: " + e.getMessage());
        }
        return reader.result();
    }

    /** Reads the document section by section, item by item, keeping each item's line. */
    private static final class Reader {
        private final List<String> problems = new ArrayList<>();
        private final Map<String, List<Integer>> lines = new HashMap<>();
        private final Map<String, List<JsonNode>> items = new LinkedHashMap<>();
        private String icb;

        void document(JsonParser parser) throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(where(parser.currentTokenLocation())
                        + "the document is not a governance model (a mapping with icb, bodies, people, seats, ...)");
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonLocation at = parser.currentTokenLocation();
                JsonToken value = parser.nextToken();
                if (field.equals("icb")) {
                    icb = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    if (icb == null) {
                        problems.add(where(at) + "icb must be the registry code of the ICB, e.g. QKK");
                        parser.skipChildren();
                    }
                } else if (SECTIONS.contains(field)) {
                    if (value != JsonToken.START_ARRAY) {
                        problems.add(where(at) + field + " must be a list");
                        parser.skipChildren();
                        continue;
                    }
                    List<JsonNode> nodes = items.computeIfAbsent(field, f -> new ArrayList<>());
                    List<Integer> itemLines = lines.computeIfAbsent(field, f -> new ArrayList<>());
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        itemLines.add(parser.currentTokenLocation().getLineNr());
                        nodes.add(YAML.readTree(parser));
                    }
                } else {
                    problems.add(where(at) + "'" + field + "' is not part of a governance model (expected icb, "
                            + String.join(", ", SECTIONS) + ")");
                    parser.skipChildren();
                }
            }
        }

        Parsed result() {
            List<Body> bodies = convert("bodies", BodyDoc.class, ModelYaml::body);
            List<TermsOfReference> terms = convert("terms", TermsDoc.class, ModelYaml::terms);
            List<Person> people = convert("people", PersonDoc.class, p -> new Person(p.id(), p.name()));
            List<Appointment> seats = convert(
                    "seats",
                    SeatDoc.class,
                    s -> new Appointment(
                            s.person(),
                            s.body(),
                            constant(Role.class, s.role(), "role"),
                            blankToNull(s.represents()),
                            date(s.from(), "from"),
                            date(s.to(), "to")));
            List<Affiliation> offices = convert(
                    "offices",
                    OfficeDoc.class,
                    o -> new Affiliation(
                            o.person(), o.organisation(), o.office(), date(o.from(), "from"), date(o.to(), "to")));
            List<DeclaredInterest> interests = convert(
                    "interests",
                    InterestDoc.class,
                    i -> new DeclaredInterest(
                            i.person(),
                            constant(InterestKind.class, i.kind(), "kind"),
                            i.organisation(),
                            i.description(),
                            date(i.from(), "from"),
                            date(i.to(), "to")));
            List<ConstitutionRule> rules = convert(
                    "rules",
                    RuleDoc.class,
                    r -> new ConstitutionRule(
                            r.id(),
                            r.version() == null ? 0 : r.version(),
                            constant(BodyKind.class, r.appliesTo(), "appliesTo"),
                            constant(RuleKind.class, r.kind(), "kind"),
                            r.role() == null ? null : constant(Role.class, r.role(), "role"),
                            r.minimum() == null ? 0 : r.minimum(),
                            r.text(),
                            r.reason(),
                            date(r.from(), "from"),
                            date(r.to(), "to")));
            List<GovernedFunction> functions = new ArrayList<>();
            List<Delegation> entries = new ArrayList<>();
            List<FunctionDoc> functionDocs = convert("scheme", FunctionDoc.class, f -> f);
            List<Integer> schemeLines = lines.getOrDefault("scheme", List.of());
            for (int i = 0; i < functionDocs.size(); i++) {
                FunctionDoc f = functionDocs.get(i);
                String at = "line " + schemeLines.get(i) + ", scheme[" + (i + 1) + "]: ";
                try {
                    functions.add(new GovernedFunction(
                            f.code(),
                            f.name(),
                            constant(FunctionCategory.class, f.category(), "category"),
                            f.plainEnglish()));
                } catch (IllegalArgumentException e) {
                    problems.add(at + e.getMessage());
                }
                List<EntryDoc> own = f.entries() == null ? List.of() : f.entries();
                for (int j = 0; j < own.size(); j++) {
                    EntryDoc d = own.get(j);
                    try {
                        entries.add(new Delegation(
                                d.id(),
                                f.code(),
                                d.delegatedBy(),
                                d.delegate(),
                                constant(DelegateKind.class, d.kind(), "kind"),
                                blankToNull(d.place()),
                                d.limit(),
                                d.conditions() == null ? "" : d.conditions(),
                                date(d.from(), "from"),
                                date(d.to(), "to")));
                    } catch (IllegalArgumentException e) {
                        problems.add(at + "entry " + (j + 1) + ": " + e.getMessage());
                    }
                }
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String section : SECTIONS) {
                counts.put(section, items.getOrDefault(section, List.of()).size());
            }
            counts.put("entries", entries.size());
            GovernanceModel model = problems.isEmpty()
                    ? new GovernanceModel(
                            icb, bodies, people, seats, offices, interests, rules, functions, entries, terms)
                    : null;
            if (problems.isEmpty() && items.isEmpty() && icb == null) {
                problems.add("the document is empty");
            }
            return new Parsed(model, counts, problems, lines);
        }

        private <D, T> List<T> convert(String section, Class<D> type, Function<D, T> convert) {
            List<T> out = new ArrayList<>();
            List<JsonNode> nodes = items.getOrDefault(section, List.of());
            List<Integer> at = lines.getOrDefault(section, List.of());
            for (int i = 0; i < nodes.size(); i++) {
                String where = "line " + at.get(i) + ", " + section + "[" + (i + 1) + "]: ";
                try {
                    D doc = YAML.treeToValue(nodes.get(i), type);
                    if (doc == null) {
                        problems.add(where + "the item is empty");
                        continue;
                    }
                    out.add(convert.apply(doc));
                } catch (JsonProcessingException e) {
                    problems.add(where + plain(e));
                } catch (IllegalArgumentException e) {
                    problems.add(where + e.getMessage());
                }
            }
            return out;
        }
    }

    private static Body body(BodyDoc b) {
        if (b.quorum() == null || b.quorum().members() == null) {
            throw new IllegalArgumentException(
                    "body " + b.code() + " needs a quorum (quorum: {members: N, independent: M})");
        }
        return new Body(
                b.code(),
                b.name(),
                constant(BodyKind.class, b.kind(), "kind"),
                constant(Level.class, b.level(), "level"),
                blankToNull(b.parent()),
                blankToNull(b.place()),
                new QuorumRule(
                        b.quorum().members(),
                        b.quorum().independent() == null ? 0 : b.quorum().independent()),
                date(b.from(), "from"),
                date(b.to(), "to"));
    }

    private static TermsOfReference terms(TermsDoc t) {
        if (t.quorum() == null || t.quorum().members() == null) {
            throw new IllegalArgumentException(
                    "the terms of reference of " + t.body() + " need a quorum (quorum: {members: N, independent: M})");
        }
        List<Role> members = t.members() == null
                ? List.of()
                : t.members().stream()
                        .map(r -> constant(Role.class, r, "members"))
                        .toList();
        if (t.votes() != null && !t.votes().equals(NAMED) && !t.votes().equals(COUNTED)) {
            throw new IllegalArgumentException("votes '" + t.votes() + "' is not one of " + NAMED
                    + " (each member's vote recorded) or " + COUNTED + " (counts or consensus)");
        }
        return new TermsOfReference(
                t.body(),
                t.remit(),
                new QuorumRule(
                        t.quorum().members(),
                        t.quorum().independent() == null ? 0 : t.quorum().independent()),
                members,
                date(t.from(), "from"),
                date(t.to(), "to"),
                NAMED.equals(t.votes()));
    }

    private static String plain(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            return "'" + u.getPropertyName() + "' is not a field here (known: "
                    + u.getKnownPropertyIds().stream()
                            .map(Object::toString)
                            .sorted()
                            .collect(Collectors.joining(", ")) + ")";
        }
        return message == null
                ? e.getClass().getSimpleName()
                : message.replaceAll("\\(class [^)]*\\)", "").trim();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing (one of " + names(type) + ")");
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " '" + value + "' is not one of " + names(type));
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : "line " + location.getLineNr() + ": ";
    }
}
