package org.openics.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** The published reference files, read where they live (../shared/refdata), never copied. */
public final class ReferenceData {

    private static final Path ROOT = Path.of("..", "shared", "refdata");

    private ReferenceData() {}

    public static Path file(String relative) {
        Path path = ROOT.resolve(relative).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(
                    "Reference file " + path + " is missing: the tests expect ../shared/refdata beside the project");
        }
        return path;
    }

    public static final String MAPPING = "england/gp-reg-pat-prac-map_jan2026.csv";
    public static final String LIST_SIZES = "england/gp-reg-pat-prac-all_jun2026.csv";
    public static final String WEIGHTED_2022 = "england/gp_practice_weighted_populations_2022_23.csv";
    public static final String IOD_LSOA = "england/iod2025_lsoa21_imd_derived.csv";
    public static final String LSOA_POPULATION = "england/iod2025_lsoa21_population_denominators_mid2022.csv";
    public static final String SEL_PRACTICES = "sel/sel_practices.csv";
    public static final String SEL_LSOA = "sel/sel_lsoa21_iod2025.csv";
}
