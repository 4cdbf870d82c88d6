package org.openics.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openics.kernel.OdsCode;

/**
 * The registry as it stood on one date: every node, link, population and deprivation score valid
 * then. Immutable; populations roll up from practices so that nothing is counted twice.
 */
public final class SystemOfSystems {

    private final LocalDate asAt;
    private final Map<OdsCode, Organisation> nodes;
    private final Map<OdsCode, List<Link>> linksFrom = new HashMap<>();
    private final Map<OdsCode, List<Link>> linksTo = new HashMap<>();
    private final Map<OdsCode, Map<PopulationMeasure, Double>> populations;
    private final Map<OdsCode, Deprivation> deprivation;
    // the snapshot never changes, so structural look-ups are worked out once (pages ask them for every practice)
    private final Map<OdsCode, Map<OrganisationKind, Optional<Organisation>>> ancestors = new ConcurrentHashMap<>();
    private volatile Map<OdsCode, List<Organisation>> practicesByAncestor;

    public SystemOfSystems(
            LocalDate asAt,
            Collection<Organisation> organisations,
            Collection<Link> links,
            Map<OdsCode, Map<PopulationMeasure, Double>> populations,
            Map<OdsCode, Deprivation> deprivation) {
        this.asAt = asAt;
        this.nodes = organisations.stream()
                .collect(Collectors.toMap(Organisation::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (Link link : links) {
            if (nodes.containsKey(link.child()) && nodes.containsKey(link.parent())) {
                linksFrom.computeIfAbsent(link.child(), k -> new ArrayList<>()).add(link);
                linksTo.computeIfAbsent(link.parent(), k -> new ArrayList<>()).add(link);
            }
        }
        this.populations = Map.copyOf(populations);
        this.deprivation = Map.copyOf(deprivation);
    }

    public LocalDate asAt() {
        return asAt;
    }

    public Optional<Organisation> organisation(OdsCode code) {
        return Optional.ofNullable(nodes.get(code));
    }

    public List<Organisation> organisations(OrganisationKind kind) {
        return nodes.values().stream()
                .filter(o -> o.kind() == kind)
                .sorted(Comparator.comparing(Organisation::name))
                .toList();
    }

    public long count(OrganisationKind kind) {
        return nodes.values().stream().filter(o -> o.kind() == kind).count();
    }

    /** The structural parent of a node at a given kind, following PART_OF links upwards. */
    public Optional<Organisation> ancestor(OdsCode code, OrganisationKind kind) {
        return ancestors
                .computeIfAbsent(code, c -> new ConcurrentHashMap<>())
                .computeIfAbsent(kind, k -> findAncestor(code, k));
    }

    private Optional<Organisation> findAncestor(OdsCode code, OrganisationKind kind) {
        // nearest first: the ancestors come in breadth-first order
        return structuralAncestors(code).stream()
                .map(nodes::get)
                .filter(o -> o.kind() == kind)
                .findFirst();
    }

    /**
     * The place a node belongs to: its own structural place, or for a PCN (which is not part of a place
     * by definition) the place of most of its practices.
     */
    public Optional<Organisation> placeOf(OdsCode code) {
        Optional<Organisation> direct = ancestor(code, OrganisationKind.PLACE);
        if (direct.isPresent()
                || organisation(code).map(o -> o.kind() != OrganisationKind.PCN).orElse(true)) {
            return direct;
        }
        return practicesUnder(code).stream()
                .map(p -> ancestor(p.code(), OrganisationKind.PLACE))
                .flatMap(Optional::stream)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
    }

    public List<Link> linksFrom(OdsCode code, Relation relation) {
        return linksFrom.getOrDefault(code, List.of()).stream()
                .filter(l -> l.relation() == relation)
                .toList();
    }

    public List<Link> linksTo(OdsCode code, Relation relation) {
        return linksTo.getOrDefault(code, List.of()).stream()
                .filter(l -> l.relation() == relation)
                .toList();
    }

    public Optional<Double> population(OdsCode code, PopulationMeasure measure) {
        return Optional.ofNullable(populations.getOrDefault(code, Map.of()).get(measure));
    }

    public Optional<Deprivation> deprivation(OdsCode lsoa) {
        return Optional.ofNullable(deprivation.get(lsoa));
    }

    /** The practices whose structural ancestors include the node (the node itself if it is a practice). */
    public List<Organisation> practicesUnder(OdsCode code) {
        Organisation root = nodes.get(code);
        if (root == null) {
            return List.of();
        }
        if (root.kind() == OrganisationKind.GP_PRACTICE) {
            return List.of(root);
        }
        if (root.kind() == OrganisationKind.NATION) {
            return practicesByAncestor().getOrDefault(null, List.of());
        }
        return practicesByAncestor().getOrDefault(code, List.of());
    }

    /** Every practice under each of its structural ancestors, worked out in one pass (key null: all practices). */
    private Map<OdsCode, List<Organisation>> practicesByAncestor() {
        Map<OdsCode, List<Organisation>> index = practicesByAncestor;
        if (index == null) {
            index = new HashMap<>();
            for (Organisation practice : nodes.values()) {
                if (practice.kind() != OrganisationKind.GP_PRACTICE) {
                    continue;
                }
                index.computeIfAbsent(null, k -> new ArrayList<>()).add(practice);
                for (OdsCode above : structuralAncestors(practice.code())) {
                    index.computeIfAbsent(above, k -> new ArrayList<>()).add(practice);
                }
            }
            index.replaceAll((k, v) -> List.copyOf(v));
            practicesByAncestor = index;
        }
        return index;
    }

    private Set<OdsCode> structuralAncestors(OdsCode code) {
        Set<OdsCode> seen = new LinkedHashSet<>();
        List<OdsCode> frontier = List.of(code);
        for (int hops = 0; hops < 8 && !frontier.isEmpty(); hops++) {
            List<OdsCode> next = new ArrayList<>();
            for (OdsCode current : frontier) {
                for (Link link : linksFrom.getOrDefault(current, List.of())) {
                    if (link.relation() == Relation.PART_OF && seen.add(link.parent())) {
                        next.add(link.parent());
                    }
                }
            }
            frontier = next;
        }
        return seen;
    }

    /** The LSOAs lying in a local authority's area, or in the area of a place's local authority. */
    public List<Organisation> lsoasIn(OdsCode areaCode) {
        Organisation area = nodes.get(areaCode);
        if (area == null) {
            return List.of();
        }
        if (area.kind() == OrganisationKind.PLACE || area.kind() == OrganisationKind.ICB) {
            List<Organisation> result = new ArrayList<>();
            for (Link placeArea : linksFrom(areaCode, Relation.IN_AREA)) {
                result.addAll(lsoasIn(placeArea.parent()));
            }
            if (area.kind() == OrganisationKind.ICB) {
                for (Link place : linksTo(areaCode, Relation.PART_OF)) {
                    if (nodes.get(place.child()).kind() == OrganisationKind.PLACE) {
                        result.addAll(lsoasIn(place.child()));
                    }
                }
            }
            return result;
        }
        return linksTo(areaCode, Relation.IN_AREA).stream()
                .map(l -> nodes.get(l.child()))
                .filter(o -> o.kind() == OrganisationKind.LSOA)
                .toList();
    }

    /**
     * The hierarchy below a node with registered populations summed from practices: nation → region →
     * ICB → place (or sub-ICB location where no places are recorded) → PCN → practice. A PCN that spans
     * two places appears under each with only its practices there.
     */
    public Optional<TreeNode> tree(Optional<OdsCode> rootCode, int depth) {
        Organisation root = rootCode.map(nodes::get)
                .orElseGet(() -> organisations(OrganisationKind.NATION).stream()
                        .findFirst()
                        .orElse(null));
        if (root == null) {
            return Optional.empty();
        }
        return Optional.of(build(root, practicesUnder(root.code()), depth));
    }

    private TreeNode build(Organisation node, List<Organisation> practices, int depth) {
        long population = 0;
        int missing = 0;
        for (Organisation practice : practices) {
            Optional<Double> listSize = population(practice.code(), PopulationMeasure.REGISTERED);
            if (listSize.isPresent()) {
                population += Math.round(listSize.get());
            } else {
                missing++;
            }
        }
        List<TreeNode> children = new ArrayList<>();
        if (depth != 0 && node.kind() != OrganisationKind.GP_PRACTICE) {
            OrganisationKind childKind = childLevel(node, practices);
            Map<Organisation, List<Organisation>> groups = new LinkedHashMap<>();
            List<Organisation> direct = new ArrayList<>();
            for (Organisation practice : practices) {
                Optional<Organisation> group =
                        childKind == null ? Optional.empty() : ancestor(practice.code(), childKind);
                if (group.isPresent()) {
                    groups.computeIfAbsent(group.get(), g -> new ArrayList<>()).add(practice);
                } else {
                    direct.add(practice);
                }
            }
            groups.entrySet().stream()
                    .sorted(Comparator.comparing(e -> e.getKey().name()))
                    .forEach(e -> children.add(build(e.getKey(), e.getValue(), depth - 1)));
            direct.stream()
                    .sorted(Comparator.comparing(Organisation::name))
                    .forEach(p -> children.add(build(p, List.of(p), depth - 1)));
        }
        return new TreeNode(
                node.code(),
                node.name(),
                node.kind(),
                population,
                practices.size(),
                missing,
                residentPopulation(node.code()).orElse(null),
                children);
    }

    private OrganisationKind childLevel(Organisation node, List<Organisation> practices) {
        return switch (node.kind()) {
            case NATION -> OrganisationKind.REGION;
            case REGION -> OrganisationKind.ICB;
            case ICB ->
                practices.stream()
                                .anyMatch(p -> ancestor(p.code(), OrganisationKind.PLACE)
                                        .isPresent())
                        ? OrganisationKind.PLACE
                        : OrganisationKind.SUB_ICB_LOCATION;
            case PLACE, SUB_ICB_LOCATION -> OrganisationKind.PCN;
            default -> null;
        };
    }

    /** Residents of a place or ICB, summed over the LSOAs of its area; empty where none are imported. */
    public Optional<Long> residentPopulation(OdsCode code) {
        Organisation node = nodes.get(code);
        if (node == null
                || (node.kind() != OrganisationKind.PLACE
                        && node.kind() != OrganisationKind.ICB
                        && node.kind() != OrganisationKind.LOCAL_AUTHORITY)) {
            return Optional.empty();
        }
        List<Organisation> lsoas = lsoasIn(code);
        if (lsoas.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(lsoas.stream()
                .mapToLong(l -> Math.round(
                        population(l.code(), PopulationMeasure.RESIDENT).orElse(0.0)))
                .sum());
    }

    /** Members of a partnership with their roles. */
    public List<Membership> members(OdsCode partnership) {
        return linksTo(partnership, Relation.MEMBER_OF).stream()
                .map(l -> new Membership(nodes.get(l.child()), l.role()))
                .sorted(Comparator.comparing(m -> m.member().name()))
                .toList();
    }

    public List<ServedPlace> placesServedBy(OdsCode provider) {
        return linksFrom(provider, Relation.COVERS).stream()
                .map(this::served)
                .sorted(Comparator.comparing(s -> s.place().name()))
                .toList();
    }

    public List<ServedPlace> providersServing(OdsCode place) {
        return linksTo(place, Relation.COVERS).stream()
                .map(this::served)
                .sorted(Comparator.comparing(s -> s.provider().name()))
                .toList();
    }

    private ServedPlace served(Link link) {
        Organisation provider = nodes.get(link.child());
        Organisation place = nodes.get(link.parent());
        OdsCode placeIcb = ancestor(place.code(), OrganisationKind.ICB)
                .map(Organisation::code)
                .orElse(null);
        OdsCode providerIcb = homeIcb(provider.code()).orElse(null);
        boolean outOfArea = providerIcb != null && placeIcb != null && !providerIcb.equals(placeIcb);
        return new ServedPlace(provider, place, link.coverage(), link.share(), placeIcb, outOfArea);
    }

    /** The ICB a provider belongs to: structurally, or through a partnership's ICB. */
    public Optional<OdsCode> homeIcb(OdsCode code) {
        Optional<Organisation> structural = ancestor(code, OrganisationKind.ICB);
        if (structural.isPresent()) {
            return structural.map(Organisation::code);
        }
        return linksFrom(code, Relation.PART_OF).stream()
                .map(l -> nodes.get(l.parent()))
                .filter(o -> o.kind() == OrganisationKind.ICB)
                .map(Organisation::code)
                .findFirst();
    }

    /**
     * The population a provider serves: the sum over the places it covers of the place's registered
     * population, times the share where coverage is partial and a share is known. Partial coverage
     * without a share is left out and reported as unknown by returning empty.
     */
    public Optional<Long> populationServed(OdsCode provider) {
        double total = 0;
        for (ServedPlace served : placesServedBy(provider)) {
            long placePopulation = build(
                            served.place(), practicesUnder(served.place().code()), 0)
                    .population();
            if (served.coverage() == Coverage.PARTIAL) {
                if (served.share() == null) {
                    return Optional.empty();
                }
                total += placePopulation * served.share();
            } else {
                total += placePopulation;
            }
        }
        return Optional.of(Math.round(total));
    }
}
