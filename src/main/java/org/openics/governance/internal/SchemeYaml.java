package org.openics.governance.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openics.governance.DelegateKind;
import org.openics.governance.Delegation;
import org.openics.governance.FunctionCategory;
import org.openics.governance.GovernedFunction;
import org.openics.platform.BoundedParsing;

/** The scheme of reservation and delegation as a YAML document people can read, review in git and edit. */
final class SchemeYaml {

    record Document(String scheme, String icb, LocalDate asAt, List<FunctionDoc> functions) {}

    record FunctionDoc(
            String code, String name, FunctionCategory category, String plainEnglish, List<EntryDoc> entries) {}

    /** One entry; {@code limit} in pounds, absent for no limit; {@code place} absent for every place. */
    record EntryDoc(
            String id,
            String delegatedBy,
            String delegate,
            DelegateKind kind,
            String place,
            Long limit,
            String conditions,
            LocalDate from,
            LocalDate to) {}

    record Parsed(List<GovernedFunction> functions, List<Delegation> entries, List<String> problems) {}

    private static final YAMLMapper YAML = BoundedParsing.yaml()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .addModule(new JavaTimeModule())
            .build();

    private SchemeYaml() {}

    static String write(String icb, LocalDate asAtOrNull, List<GovernedFunction> functions, List<Delegation> entries) {
        List<FunctionDoc> docs = new ArrayList<>();
        for (GovernedFunction f : functions) {
            List<EntryDoc> own = entries.stream()
                    .filter(d -> d.function().equals(f.code()))
                    .filter(d -> asAtOrNull == null || d.inForceOn(asAtOrNull))
                    .map(d -> new EntryDoc(
                            d.id(),
                            d.delegatedBy(),
                            d.delegate(),
                            d.kind(),
                            d.place(),
                            d.limitPounds(),
                            d.conditions(),
                            d.validFrom(),
                            d.validTo()))
                    .toList();
            docs.add(new FunctionDoc(f.code(), f.name(), f.category(), f.plainEnglish(), own));
        }
        try {
            return "# Scheme of reservation and delegation. Limits are in pounds; 'to' is the last day an entry is in force.\n"
                    + YAML.writeValueAsString(
                            new Document("Scheme of reservation and delegation", icb, asAtOrNull, docs));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the scheme as YAML", e);
        }
    }

    static Parsed read(String text) {
        Document document;
        try {
            document = BoundedParsing.readYaml(YAML, text, Document.class);
        } catch (JsonProcessingException e) {
            String where =
                    e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            return new Parsed(
                    List.of(),
                    List.of(),
                    List.of("the document is not a valid scheme" + where + ": " + e.getOriginalMessage()));
        }
        List<GovernedFunction> functions = new ArrayList<>();
        List<Delegation> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (document == null
                || document.functions() == null
                || document.functions().isEmpty()) {
            return new Parsed(functions, entries, List.of("the document lists no functions"));
        }
        for (FunctionDoc f : document.functions()) {
            try {
                functions.add(new GovernedFunction(f.code(), f.name(), f.category(), f.plainEnglish()));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            for (EntryDoc d : f.entries() == null ? List.<EntryDoc>of() : f.entries()) {
                try {
                    entries.add(new Delegation(
                            d.id(),
                            f.code(),
                            d.delegatedBy(),
                            d.delegate(),
                            d.kind(),
                            d.place(),
                            d.limit(),
                            d.conditions(),
                            d.from(),
                            d.to()));
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        return new Parsed(functions, entries, problems);
    }
}
