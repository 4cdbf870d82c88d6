package org.openics.geography;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the areas of an imported file meet the registry's: a map draws only areas the registry holds, so boundaries of
 * areas it does not know (real LSOAs in the demo, whose LSOAs are invented) are stored but never drawn, and the import
 * says so. A place boundary's code (E09000022) matches the place coded by it after its last hyphen (LCP-E09000022).
 *
 * @param areas                   areas stored from the file
 * @param matched                 of those, areas of the registry
 * @param unmatchedExamples       up to five stored codes the registry does not hold
 * @param registryAreas           areas of this level in the registry
 * @param registryAreasNotInFile  of those, areas the file has no boundary for
 * @param warning                 what a person should know, or null when most areas match
 */
public record RegistryMatch(
        int areas,
        int matched,
        int unmatched,
        List<String> unmatchedExamples,
        int registryAreas,
        int registryAreasNotInFile,
        String warning) {

    public RegistryMatch {
        unmatchedExamples = List.copyOf(unmatchedExamples);
    }

    public static RegistryMatch of(BoundaryLevel level, Collection<String> stored, Collection<String> registryCodes) {
        Set<String> known = new HashSet<>();
        registryCodes.forEach(code -> known.add(areaCode(level, code)));
        Set<String> storedCodes = new HashSet<>(stored);
        List<String> unmatched =
                stored.stream().filter(code -> !known.contains(code)).sorted().toList();
        int matched = stored.size() - unmatched.size();
        int notInFile =
                (int) known.stream().filter(code -> !storedCodes.contains(code)).count();
        return new RegistryMatch(
                stored.size(),
                matched,
                unmatched.size(),
                unmatched.stream().limit(5).toList(),
                known.size(),
                notInFile,
                warning(level, stored.size(), matched, known.size(), null));
    }

    /** The same, with why none matched said in the warning (the demo's LSOAs are invented); unchanged when some match. */
    public RegistryMatch because(BoundaryLevel level, String reason) {
        if (matched > 0 || registryAreas == 0 || areas == 0) {
            return this;
        }
        return new RegistryMatch(
                areas,
                matched,
                unmatched,
                unmatchedExamples,
                registryAreas,
                registryAreasNotInFile,
                warning(level, areas, matched, registryAreas, reason));
    }

    /** The code a boundary of the area carries: a place's local authority code after its prefix, an LSOA's own. */
    static String areaCode(BoundaryLevel level, String registryCode) {
        String code = registryCode.trim().toUpperCase(Locale.ROOT);
        return level == BoundaryLevel.PLACE && code.lastIndexOf('-') >= 0
                ? code.substring(code.lastIndexOf('-') + 1)
                : code;
    }

    private static String warning(BoundaryLevel level, int areas, int matched, int registryAreas, String reason) {
        String noun = level == BoundaryLevel.PLACE ? "a place" : "an LSOA";
        String nouns = level == BoundaryLevel.PLACE ? "places" : "LSOAs";
        if (areas == 0) {
            return null;
        }
        if (registryAreas == 0) {
            return String.format(
                    Locale.UK,
                    "the registry holds no %s: none of the %,d areas can be drawn until it does",
                    nouns,
                    areas);
        }
        if (matched == 0) {
            return String.format(
                    Locale.UK,
                    "none of the %,d areas is %s of the registry%s; nothing to draw",
                    areas,
                    noun,
                    reason == null ? "" : " — " + reason);
        }
        if (matched * 2 < areas) {
            return String.format(
                    Locale.UK,
                    "only %,d of the %,d areas %s %s of the registry; the other %,d are not drawn",
                    matched,
                    areas,
                    matched == 1 ? "is" : "are",
                    matched == 1 ? noun : nouns,
                    areas - matched);
        }
        return null;
    }
}
