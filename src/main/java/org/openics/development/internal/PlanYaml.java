package org.openics.development.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openics.development.DevelopmentPlan;
import org.openics.development.Milestone;
import org.openics.development.MilestoneEdit;
import org.openics.platform.BoundedParsing;
import org.springframework.stereotype.Component;

/** The development plan as a YAML document people can read, keep in git, edit and import again. */
@Component
class PlanYaml {

    record Document(String plan, List<Area> areas) {}

    /** A work area as written in the file; its milestones as typed (checked on import by the same rules as the form). */
    record Area(
            String code,
            String title,
            String lead,
            String destination,
            String approach,
            List<String> completed,
            List<MilestoneEdit> milestones) {

        Area {
            completed = completed == null ? List.of() : completed;
            milestones = milestones == null ? List.of() : milestones;
        }
    }

    record Parsed(List<Area> areas, List<String> problems) {}

    private static final YAMLMapper YAML = BoundedParsing.yaml()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();

    String write(DevelopmentPlan plan) {
        List<Area> areas = plan.areas().stream()
                .map(a -> new Area(
                        a.code(),
                        a.title(),
                        a.lead(),
                        a.destination(),
                        a.approach(),
                        a.completed(),
                        a.milestones().stream().map(PlanYaml::edit).toList()))
                .toList();
        try {
            return "# System development plan. Dates are YYYY-MM-DD; status is one of not started, on track, at risk, late,"
                    + " complete;\n# indicators are ids of the analytics catalogue.\n"
                    + YAML.writeValueAsString(new Document("System development plan", areas));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the plan as YAML", e);
        }
    }

    private static MilestoneEdit edit(Milestone m) {
        return new MilestoneEdit(
                m.id(),
                null,
                m.title(),
                m.start().map(Object::toString).orElse(null),
                m.due().toString(),
                m.status().label().toLowerCase(java.util.Locale.ROOT),
                m.owner(),
                m.indicators());
    }

    Parsed read(String text) {
        Document document;
        try {
            document = BoundedParsing.readYaml(YAML, text, Document.class);
        } catch (JsonProcessingException e) {
            String where =
                    e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            return new Parsed(
                    List.of(),
                    List.of("The document is not a development plan" + where + ": " + e.getOriginalMessage()));
        }
        if (document == null || document.areas() == null || document.areas().isEmpty()) {
            return new Parsed(List.of(), List.of("The document lists no work areas."));
        }
        List<String> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> milestoneIds = new HashSet<>();
        List<Area> areas = new ArrayList<>();
        for (Area a : document.areas()) {
            if (a.code() == null
                    || a.code().isBlank()
                    || a.title() == null
                    || a.title().isBlank()) {
                problems.add("Every work area needs a code and a title.");
                continue;
            }
            if (!codes.add(a.code())) {
                problems.add("The work area code '" + a.code() + "' appears twice.");
            }
            List<MilestoneEdit> milestones = new ArrayList<>();
            for (MilestoneEdit m : a.milestones()) {
                if (m.id() == null || m.id().isBlank()) {
                    problems.add(a.code() + ": every milestone needs an id.");
                } else if (!milestoneIds.add(m.id())) {
                    problems.add(a.code() + ": the milestone id '" + m.id() + "' appears twice.");
                }
                milestones.add(new MilestoneEdit(
                        m.id(), a.code(), m.title(), m.start(), m.due(), m.status(), m.owner(), m.indicators()));
            }
            areas.add(
                    new Area(a.code(), a.title(), a.lead(), a.destination(), a.approach(), a.completed(), milestones));
        }
        return new Parsed(areas, problems);
    }
}
