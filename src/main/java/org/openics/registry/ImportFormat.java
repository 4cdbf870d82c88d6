package org.openics.registry;

import java.util.List;

/** The published file formats the registry imports, recognised from their header. */
public enum ImportFormat {
    PRACTICE_MAPPING(
            "NHS Digital GP practice to PCN, sub-ICB location, ICB and region mapping",
            List.of("PRACTICE_CODE", "PCN_CODE", "SUB_ICB_LOCATION_CODE", "ICB_CODE", "COMM_REGION_CODE")),
    PRACTICE_LIST_SIZES(
            "NHS Digital patients registered at a GP practice (one row per practice)",
            List.of("CODE", "NUMBER_OF_PATIENTS", "EXTRACT_DATE", "SEX", "AGE")),
    WEIGHTED_POPULATIONS(
            "NHS England GP practice need-weighted populations",
            List.of("Practice_Code", "Patients", "G&A WP", "Final WP")),
    LSOA_DEPRIVATION(
            "English Indices of Deprivation 2025 per LSOA (score, rank, decile, population)",
            List.of("lsoa21cd", "lad24cd", "imd_score_derived", "imd_rank", "imd_decile", "pop_total_mid2022")),
    LSOA_POPULATION(
            "IoD2025 population denominators per LSOA, mid-2022",
            List.of("LSOA code (2021)", "Local Authority District code (2024)", "Total population: mid 2022")),
    PRACTICE_PLACES(
            "Practice to borough (place) file, e.g. the South East London practice file",
            List.of("practice_code", "pcn_code", "icb_code", "borough_lad_code", "borough_name"));

    private final String description;
    private final List<String> requiredColumns;

    ImportFormat(String description, List<String> requiredColumns) {
        this.description = description;
        this.requiredColumns = requiredColumns;
    }

    public String description() {
        return description;
    }

    public List<String> requiredColumns() {
        return requiredColumns;
    }
}
