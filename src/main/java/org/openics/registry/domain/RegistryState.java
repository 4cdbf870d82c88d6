package org.openics.registry.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.kernel.OdsCode;
import org.openics.registry.Deprivation;
import org.openics.registry.Link;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;
import org.openics.registry.PopulationMeasure;
import org.openics.registry.SystemOfSystems;
import org.openics.registry.domain.Keys.LinkKey;
import org.openics.registry.domain.Keys.LinkValue;
import org.openics.registry.domain.Keys.OrganisationValue;
import org.openics.registry.domain.Keys.PopulationKey;

/**
 * Every dated version of the registry, in memory, while an import changes it. The store loads it,
 * importers assert what their file says, and the store writes back only the changes.
 */
public final class RegistryState {

    private final Timeline<OdsCode, OrganisationValue> organisations;
    private final Timeline<LinkKey, LinkValue> links;
    private final Timeline<PopulationKey, Double> populations;
    private final Timeline<OdsCode, Deprivation> deprivation;

    public RegistryState(
            Collection<Version<OdsCode, OrganisationValue>> organisations,
            Collection<Version<LinkKey, LinkValue>> links,
            Collection<Version<PopulationKey, Double>> populations,
            Collection<Version<OdsCode, Deprivation>> deprivation) {
        this.organisations = new Timeline<>(organisations);
        this.links = new Timeline<>(links);
        this.populations = new Timeline<>(populations);
        this.deprivation = new Timeline<>(deprivation);
    }

    public static RegistryState empty() {
        return new RegistryState(java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of());
    }

    public Timeline<OdsCode, OrganisationValue> organisations() {
        return organisations;
    }

    public Timeline<LinkKey, LinkValue> links() {
        return links;
    }

    public Timeline<PopulationKey, Double> populations() {
        return populations;
    }

    public Timeline<OdsCode, Deprivation> deprivation() {
        return deprivation;
    }

    /** The kind of a node on a date, if it exists then. */
    public Optional<OrganisationKind> kindAt(OdsCode code, LocalDate date) {
        return organisations.valueAt(code, date).map(OrganisationValue::kind);
    }

    /** The kind of a node at any time the registry knows of it (latest first). */
    public Optional<OrganisationKind> kindEver(OdsCode code) {
        return organisations.latest(code).map(OrganisationValue::kind);
    }

    public void organisation(
            OdsCode code, String name, OrganisationKind kind, String subtype, LocalDate from, String source) {
        organisations.assertFrom(code, new OrganisationValue(name, kind, subtype), from, source);
    }

    public void partOf(OdsCode child, OdsCode parent, OrganisationKind parentKind, LocalDate from, String source) {
        links.assertFrom(LinkKey.partOf(child, parentKind), parent == null ? null : LinkValue.to(parent), from, source);
    }

    public void inArea(OdsCode child, OdsCode area, OrganisationKind areaKind, LocalDate from, String source) {
        links.assertFrom(LinkKey.inArea(child, areaKind), LinkValue.to(area), from, source);
    }

    public void population(OdsCode code, PopulationMeasure measure, Double value, LocalDate from, String source) {
        populations.assertFrom(new PopulationKey(code, measure), value, from, source);
    }

    /** The state as it stands on a date, for reading (the store builds the same from SQL). */
    public SystemOfSystems asAt(LocalDate date) {
        List<Organisation> nodes = new ArrayList<>();
        for (OdsCode code : organisations.keysAt(date)) {
            Version<OdsCode, OrganisationValue> v =
                    organisations.versionAt(code, date).orElseThrow();
            nodes.add(new Organisation(
                    code, v.value().name(), v.value().kind(), v.value().subtype(), v.from(), v.to()));
        }
        List<Link> edges = new ArrayList<>();
        for (LinkKey key : links.keysAt(date)) {
            Version<LinkKey, LinkValue> v = links.versionAt(key, date).orElseThrow();
            edges.add(new Link(
                    key.child(),
                    key.relation(),
                    v.value().parent(),
                    v.value().role(),
                    v.value().coverage(),
                    v.value().share(),
                    v.from(),
                    v.to()));
        }
        Map<OdsCode, Map<PopulationMeasure, Double>> figures = new HashMap<>();
        for (PopulationKey key : populations.keysAt(date)) {
            figures.computeIfAbsent(key.code(), k -> new EnumMap<>(PopulationMeasure.class))
                    .put(key.measure(), populations.valueAt(key, date).orElseThrow());
        }
        Map<OdsCode, Deprivation> scores = new HashMap<>();
        for (OdsCode lsoa : deprivation.keysAt(date)) {
            scores.put(lsoa, deprivation.valueAt(lsoa, date).orElseThrow());
        }
        return new SystemOfSystems(date, nodes, edges, figures, scores);
    }

    public int changeCount() {
        return organisations.changes().size()
                + links.changes().size()
                + populations.changes().size()
                + deprivation.changes().size();
    }
}
