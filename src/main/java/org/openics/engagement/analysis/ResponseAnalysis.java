package org.openics.engagement.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openics.engagement.AgeBand;
import org.openics.engagement.Analysis;
import org.openics.engagement.Consultation;
import org.openics.engagement.EthnicGroup;
import org.openics.engagement.Question;
import org.openics.engagement.QuestionKind;
import org.openics.engagement.QuestionSummary;
import org.openics.engagement.Representation;
import org.openics.engagement.Theme;

/** A consultation's responses counted per question and per respondent group, every count suppressed when small. */
public final class ResponseAnalysis {

    /**
     * What the population of the groups is, as the registry holds it.
     *
     * @param quintileOfLsoa        the national IMD quintile of each respondent's home area the registry knows
     * @param residentsByQuintile   residents of the places per IMD quintile of their LSOA
     * @param residentsByEthnicGroup the people analytics describes in the places per NHS broad ethnic group
     *                               ({@link EthnicGroup#NHS_GROUPS}; empty before analytics' first refresh)
     */
    public record Populations(
            List<Representativeness.Group> places,
            Map<String, Long> residentsByPlace,
            Map<String, Long> residentsByAge,
            Map<String, Integer> quintileOfLsoa,
            Map<String, Long> residentsByQuintile,
            Map<String, Long> residentsByEthnicGroup) {

        public Populations(
                List<Representativeness.Group> places,
                Map<String, Long> residentsByPlace,
                Map<String, Long> residentsByAge) {
            this(places, residentsByPlace, residentsByAge, Map.of(), Map.of(), Map.of());
        }
    }

    private ResponseAnalysis() {}

    public static Analysis of(
            Consultation c, List<ResponseRow> responses, List<Theme> themes, Populations populations) {
        List<QuestionSummary> questions =
                c.questions().stream().map(q -> summary(q, responses, themes)).toList();
        return new Analysis(
                c.code(),
                responses.size(),
                questions,
                List.of(
                        byPlace(responses, populations),
                        byAge(responses, populations),
                        byDeprivation(responses, populations),
                        byEthnicGroup(responses),
                        byNhsEthnicGroup(responses, populations)),
                themes);
    }

    private static QuestionSummary summary(Question q, List<ResponseRow> responses, List<Theme> themes) {
        List<ResponseRow> answered =
                responses.stream().filter(r -> r.answers().containsKey(q.key())).toList();
        List<String> labels;
        Function<String, Long> count;
        long uncoded = 0;
        if (q.kind() == QuestionKind.FREE_TEXT) {
            labels = themes.stream().map(Theme::label).toList();
            Map<String, String> codeOf = themes.stream().collect(Collectors.toMap(Theme::label, Theme::code));
            count = label -> answered.stream()
                    .filter(r ->
                            r.themes().getOrDefault(q.key(), java.util.Set.of()).contains(codeOf.get(label)))
                    .count();
            uncoded = answered.stream()
                    .filter(r ->
                            r.themes().getOrDefault(q.key(), java.util.Set.of()).isEmpty())
                    .count();
        } else {
            labels = q.kind() == QuestionKind.CHOICE
                    ? q.options()
                    : IntStream.rangeClosed(q.scaleMin(), q.scaleMax())
                            .mapToObj(Integer::toString)
                            .toList();
            Map<String, Long> byValue = answered.stream()
                    .collect(Collectors.groupingBy(r -> r.answers().get(q.key()), Collectors.counting()));
            count = label -> byValue.getOrDefault(label, 0L);
        }
        List<Long> values = labels.stream().map(count).toList();
        // Free-text themes overlap (one answer, several themes), so their counts do not add to a total: primary
        // suppression only.
        var cells = q.kind() == QuestionKind.FREE_TEXT
                ? values.stream().map(SmallNumbers::single).toList()
                : SmallNumbers.suppress(values);
        List<QuestionSummary.Count> counts = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            counts.add(new QuestionSummary.Count(labels.get(i), cells.get(i)));
        }
        return new QuestionSummary(q.key(), q.text(), q.kind(), answered.size(), counts, uncoded);
    }

    private static Representation byPlace(List<ResponseRow> responses, Populations p) {
        Map<String, Long> counts = responses.stream()
                .filter(r -> r.place().isPresent())
                .collect(Collectors.groupingBy(r -> r.place().get(), Collectors.counting()));
        return Representativeness.table(
                "Place",
                p.places(),
                counts,
                p.residentsByPlace(),
                "not calculated: the registry holds no residents for these places (import the LSOA populations)");
    }

    private static Representation byAge(List<ResponseRow> responses, Populations p) {
        List<Representativeness.Group> groups = Arrays.stream(AgeBand.values())
                .map(b -> new Representativeness.Group(b.name(), b.label()))
                .toList();
        Map<String, Long> counts = responses.stream()
                .filter(r -> r.ageBand().isPresent())
                .collect(Collectors.groupingBy(r -> r.ageBand().get().name(), Collectors.counting()));
        return Representativeness.table(
                "Age band",
                groups,
                counts,
                p.residentsByAge(),
                "not calculated: the registry holds no residents by age band for these places (the demo has none; "
                        + "import the ONS LSOA populations by age)");
    }

    /** By the national IMD quintile of the home area respondents chose from their place's LSOAs (registry IMD). */
    private static Representation byDeprivation(List<ResponseRow> responses, Populations p) {
        List<Representativeness.Group> groups = IntStream.rangeClosed(1, 5)
                .mapToObj(q -> new Representativeness.Group(
                        Integer.toString(q),
                        "Quintile " + q + (q == 1 ? " (most deprived)" : q == 5 ? " (least deprived)" : "")))
                .toList();
        Map<String, Long> counts = responses.stream()
                .flatMap(r -> r.lsoa().stream())
                .map(p.quintileOfLsoa()::get)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.groupingBy(q -> Integer.toString(q), Collectors.counting()));
        return Representativeness.table(
                "Deprivation quintile of home area (national IMD; 1 = most deprived fifth of England)",
                groups,
                counts,
                p.residentsByQuintile(),
                "not calculated: the registry holds no deprivation (IMD) or residents for these places' LSOAs (or none in one of the quintiles)");
    }

    /**
     * By ethnic group as respondents gave it (the 2021 census's 19 categories): counts only, since the population is
     * recorded in the NHS's categories; the comparison is by broad group ({@link #byNhsEthnicGroup}).
     */
    private static Representation byEthnicGroup(List<ResponseRow> responses) {
        List<Representativeness.Group> groups = Arrays.stream(EthnicGroup.values())
                .map(g -> new Representativeness.Group(g.name(), g.fullLabel()))
                .toList();
        Map<String, Long> counts = responses.stream()
                .flatMap(r -> r.ethnicGroup().stream())
                .collect(Collectors.groupingBy(Enum::name, Collectors.counting()));
        return Representativeness.table(
                "Ethnic group",
                groups,
                counts,
                Map.of(),
                "not calculated for the census's 19 categories: the population's ethnic group is recorded in the NHS's ethnic "
                        + "categories, so respondents are compared with it by broad group (next table)");
    }

    /** By the NHS's broad ethnic groups, against the people analytics describes in the places (registered, alive). */
    private static Representation byNhsEthnicGroup(List<ResponseRow> responses, Populations p) {
        List<Representativeness.Group> groups = EthnicGroup.NHS_GROUPS.stream()
                .map(g -> new Representativeness.Group(g, g))
                .toList();
        Map<String, Long> counts = responses.stream()
                .flatMap(r -> r.ethnicGroup().stream())
                .collect(Collectors.groupingBy(EthnicGroup::nhsGroup, Collectors.counting()));
        return Representativeness.table(
                "Ethnic group (NHS broad groups; Chinese with Other, as the NHS categories count them)",
                groups,
                counts,
                p.residentsByEthnicGroup(),
                "not calculated: analytics has no population by ethnic group for these places yet "
                        + "(no refresh of the indicators, or a group with nobody recorded in it)");
    }
}
