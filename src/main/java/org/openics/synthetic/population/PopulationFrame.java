package org.openics.synthetic.population;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.kernel.OdsCode;
import org.openics.registry.Link;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;
import org.openics.registry.PopulationMeasure;
import org.openics.registry.Relation;
import org.openics.registry.ServedPlace;
import org.openics.registry.SystemOfSystems;
import org.openics.synthetic.MissingReferenceData;

/**
 * Where the people go: the ICS's practices with how many people each gets (list size × scale), the
 * places they sit in with their LSOAs and deprivation, and the acute providers serving each place.
 * People are numbered practice by practice, so person n's practice is found by bisection.
 */
public final class PopulationFrame {

    /** An organisation that records refer to by ODS code. */
    public record OrganisationRef(OdsCode code, String name, boolean practice) {}

    /**
     * A place with its LSOAs ordered from most to least deprived and their cumulative resident shares,
     * and its acute providers with cumulative weights.
     */
    public record Place(
            String name,
            String localAuthority,
            String[] lsoas,
            int[] deciles,
            double[] cumulative,
            String[] acuteProviders,
            double[] providerCumulative,
            int[] ageSex,
            double[] ethnicity) {

        /** The LSOA at a population quantile (0 = most deprived end). */
        int lsoaAt(double quantile) {
            int i = Arrays.binarySearch(cumulative, quantile);
            int at = i >= 0 ? i : -i - 1;
            return Math.min(at, lsoas.length - 1);
        }

        /** An acute provider drawn by weight, or null when the registry knows none. */
        String provider(double u) {
            if (acuteProviders.length == 0) {
                return null;
            }
            int i = Arrays.binarySearch(providerCumulative, u);
            return acuteProviders[Math.min(i >= 0 ? i : -i - 1, acuteProviders.length - 1)];
        }
    }

    /**
     * A practice's share of the population: its people and where in its place's deprivation spread
     * its catchment centres (0 = most deprived end), so that practices differ as they do in life.
     */
    public record PracticeQuota(
            OdsCode code, String name, int people, Place place, double catchmentCentre, double[] prevalenceFactor) {}

    private final List<PracticeQuota> practices;
    private final int[] firstPerson;
    private final int people;
    private final List<OrganisationRef> organisations;
    private final List<String> notes;

    private PopulationFrame(List<PracticeQuota> practices, List<OrganisationRef> organisations, List<String> notes) {
        this.practices = List.copyOf(practices);
        this.firstPerson = new int[practices.size() + 1];
        for (int i = 0; i < practices.size(); i++) {
            firstPerson[i + 1] = firstPerson[i] + practices.get(i).people();
        }
        this.people = firstPerson[practices.size()];
        this.organisations = List.copyOf(organisations);
        this.notes = List.copyOf(notes);
    }

    /**
     * The frame of one ICS as the registry stands.
     *
     * @throws MissingReferenceData naming the file to import when practices, list sizes, places or LSOAs are missing
     */
    public static PopulationFrame of(SystemOfSystems system, String icbCode, double scale) {
        OdsCode icb = OdsCode.of(icbCode);
        Organisation board = system.organisation(icb)
                .filter(o -> o.kind() == OrganisationKind.ICB)
                .orElseThrow(() -> new MissingReferenceData("no ICB " + icbCode + " in the registry on " + system.asAt()
                        + ": import the practice mapping (gp-reg-pat-prac-map) first"));
        List<Organisation> practiceList = system.practicesUnder(board.code()).stream()
                .sorted(Comparator.comparing(Organisation::code))
                .toList();
        if (practiceList.isEmpty()) {
            throw new MissingReferenceData("ICB " + icbCode + " has no practices on " + system.asAt()
                    + ": import the practice mapping (gp-reg-pat-prac-map)");
        }
        List<String> notes = new ArrayList<>();
        Map<OdsCode, Place> places = new LinkedHashMap<>();
        List<PracticeQuota> quotas = new ArrayList<>();
        List<OrganisationRef> organisations = new ArrayList<>();
        int withoutListSize = 0;
        for (Organisation practice : practiceList) {
            Optional<Double> listSize = system.population(practice.code(), PopulationMeasure.REGISTERED);
            if (listSize.isEmpty()) {
                withoutListSize++;
                continue;
            }
            Organisation placeNode = system.ancestor(practice.code(), OrganisationKind.PLACE)
                    .orElseThrow(() -> new MissingReferenceData("practice " + practice.code() + " of ICB " + icbCode
                            + " has no place (borough): import the practice to borough file (e.g. sel_practices.csv)"));
            Place place = places.computeIfAbsent(placeNode.code(), code -> place(system, placeNode, board));
            int count = (int) Math.round(listSize.get() * scale);
            if (count > 0) {
                quotas.add(new PracticeQuota(
                        practice.code(),
                        practice.name(),
                        count,
                        place,
                        centre(practice.code().value()),
                        neutralFactors()));
                organisations.add(new OrganisationRef(practice.code(), practice.name(), true));
            }
        }
        if (quotas.isEmpty()) {
            throw new MissingReferenceData("no practice of ICB " + icbCode + " has a list size on " + system.asAt()
                    + ": import the registered patients file (gp-reg-pat-prac-all)");
        }
        if (withoutListSize > 0) {
            notes.add(withoutListSize + " practice(s) without a list size on " + system.asAt() + " get no people");
        }
        places.values().stream()
                .flatMap(p -> Arrays.stream(p.acuteProviders()))
                .distinct()
                .sorted()
                .forEach(code -> organisations.add(new OrganisationRef(
                        OdsCode.of(code),
                        system.organisation(OdsCode.of(code))
                                .map(Organisation::name)
                                .orElse(code),
                        false)));
        if (places.values().stream().allMatch(p -> p.acuteProviders().length == 0)) {
            notes.add("the registry knows no acute trust serving ICB " + icbCode
                    + ": hospital contacts and waiting-list entries are written without a provider");
        }
        return new PopulationFrame(quotas, organisations, notes);
    }

    private static Place place(SystemOfSystems system, Organisation place, Organisation board) {
        String localAuthority = system.linksFrom(place.code(), Relation.IN_AREA).stream()
                .map(Link::parent)
                .map(OdsCode::value)
                .findFirst()
                .orElse("");
        record Area(String code, int decile, double score, double residents) {}
        List<Area> areas = new ArrayList<>();
        for (Organisation lsoa : system.lsoasIn(place.code())) {
            system.deprivation(lsoa.code())
                    .ifPresent(d -> areas.add(new Area(
                            lsoa.code().value(),
                            d.decile(),
                            d.score(),
                            system.population(lsoa.code(), PopulationMeasure.RESIDENT)
                                    .orElse(1500.0))));
        }
        if (areas.isEmpty()) {
            throw new MissingReferenceData("place " + place.name() + " has no LSOAs with deprivation scores: import the"
                    + " Indices of Deprivation LSOA file (iod2025_lsoa21_imd_derived.csv or sel_lsoa21_iod2025.csv)");
        }
        areas.sort(Comparator.comparingDouble(Area::score).reversed().thenComparing(Area::code));
        double total = areas.stream().mapToDouble(Area::residents).sum();
        String[] codes = new String[areas.size()];
        int[] deciles = new int[areas.size()];
        double[] cumulative = new double[areas.size()];
        double running = 0;
        for (int i = 0; i < areas.size(); i++) {
            codes[i] = areas.get(i).code();
            deciles[i] = areas.get(i).decile();
            running += areas.get(i).residents();
            cumulative[i] = running / total;
        }
        List<ServedPlace> served = system.providersServing(place.code()).stream()
                .filter(s -> s.provider().kind() == OrganisationKind.NHS_TRUST
                        && s.provider().subtype() != null
                        && s.provider().subtype().startsWith("ACUTE"))
                .toList();
        List<String> providers = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (ServedPlace s : served) {
            providers.add(s.provider().code().value());
            weights.add(s.share() != null ? s.share() : 1.0);
        }
        if (providers.isEmpty()) {
            for (Organisation trust : system.organisations(OrganisationKind.NHS_TRUST)) {
                if (trust.subtype() != null
                        && trust.subtype().startsWith("ACUTE")
                        && system.homeIcb(trust.code())
                                .map(board.code()::equals)
                                .orElse(false)) {
                    providers.add(trust.code().value());
                    weights.add(1.0);
                }
            }
        }
        double weightTotal = weights.stream().mapToDouble(Double::doubleValue).sum();
        double[] providerCumulative = new double[providers.size()];
        double sum = 0;
        for (int i = 0; i < providers.size(); i++) {
            sum += weights.get(i);
            providerCumulative[i] = sum / weightTotal;
        }
        String name = place.name().replace(" Local Care Partnership", "");
        return new Place(
                name,
                localAuthority,
                codes,
                deciles,
                cumulative,
                providers.toArray(String[]::new),
                providerCumulative,
                Calibration.ageSex(localAuthority),
                Calibration.ethnicity(localAuthority));
    }

    /** A practice's catchment centre, stable for the practice whatever the seed. */
    private static double centre(String practiceCode) {
        return (Ids.mix(practiceCode.hashCode()) >>> 11) / (double) (1L << 53);
    }

    private static double[] neutralFactors() {
        double[] factors = new double[LongTermCondition.values().length];
        Arrays.fill(factors, 1.0);
        return factors;
    }

    /**
     * The same frame with each practice's long-term condition risks scaled so that its expected recorded
     * prevalence (all ages) matches the published figure where there is one. The expectation is taken
     * over a fixed sample of the practice's patients' profiles, so the result is deterministic.
     *
     * @param published practice code → condition → prevalence as a proportion of the list
     */
    public PopulationFrame calibratedTo(Map<String, Map<LongTermCondition, Double>> published) {
        List<PracticeQuota> calibrated = new ArrayList<>();
        int matched = 0;
        for (PracticeQuota practice : practices) {
            Map<LongTermCondition, Double> targets =
                    published.get(practice.code().value());
            if (targets == null || targets.isEmpty()) {
                calibrated.add(practice);
                continue;
            }
            matched++;
            double[] factors = practice.prevalenceFactor().clone();
            double[] expected = PersonGenerator.expectedPrevalence(practice, 4_000);
            targets.forEach((condition, target) -> {
                double model = expected[condition.ordinal()];
                if (model > 0) {
                    factors[condition.ordinal()] = Math.max(0.2, Math.min(5.0, target / model));
                }
            });
            calibrated.add(new PracticeQuota(
                    practice.code(),
                    practice.name(),
                    practice.people(),
                    practice.place(),
                    practice.catchmentCentre(),
                    factors));
        }
        List<String> notes = new ArrayList<>(this.notes);
        notes.add(
                "prevalence matched to the published figures of " + matched + " of " + practices.size() + " practices");
        return new PopulationFrame(calibrated, organisations, notes);
    }

    public int people() {
        return people;
    }

    public List<PracticeQuota> practices() {
        return practices;
    }

    /** Practices then acute trusts, as referred to by the records. */
    public List<OrganisationRef> organisations() {
        return organisations;
    }

    public List<String> notes() {
        return notes;
    }

    public PracticeQuota practiceOf(int person) {
        int i = Arrays.binarySearch(firstPerson, person);
        int at = i >= 0 ? i : -i - 2;
        while (practices.get(at).people() == 0) {
            at++;
        }
        return practices.get(at);
    }
}
