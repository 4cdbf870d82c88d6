package org.openics.engagement;

import java.util.Optional;

/**
 * Ethnic group as the 2021 Census of England and Wales asks it (ONS, 19 categories in 5 high-level groups), the
 * categories the NHS records ethnicity in, so that respondents compare with the population where analytics has it.
 */
public enum EthnicGroup {
    ASIAN_BANGLADESHI("Asian, Asian British or Asian Welsh", "Bangladeshi"),
    ASIAN_CHINESE("Asian, Asian British or Asian Welsh", "Chinese"),
    ASIAN_INDIAN("Asian, Asian British or Asian Welsh", "Indian"),
    ASIAN_PAKISTANI("Asian, Asian British or Asian Welsh", "Pakistani"),
    ASIAN_OTHER("Asian, Asian British or Asian Welsh", "Any other Asian background"),
    BLACK_AFRICAN("Black, Black British, Black Welsh, Caribbean or African", "African"),
    BLACK_CARIBBEAN("Black, Black British, Black Welsh, Caribbean or African", "Caribbean"),
    BLACK_OTHER(
            "Black, Black British, Black Welsh, Caribbean or African",
            "Any other Black, Black British or Caribbean background"),
    MIXED_WHITE_ASIAN("Mixed or Multiple ethnic groups", "White and Asian"),
    MIXED_WHITE_BLACK_AFRICAN("Mixed or Multiple ethnic groups", "White and Black African"),
    MIXED_WHITE_BLACK_CARIBBEAN("Mixed or Multiple ethnic groups", "White and Black Caribbean"),
    MIXED_OTHER("Mixed or Multiple ethnic groups", "Any other Mixed or Multiple ethnic background"),
    WHITE_BRITISH("White", "English, Welsh, Scottish, Northern Irish or British"),
    WHITE_IRISH("White", "Irish"),
    WHITE_GYPSY_IRISH_TRAVELLER("White", "Gypsy or Irish Traveller"),
    WHITE_ROMA("White", "Roma"),
    WHITE_OTHER("White", "Any other White background"),
    OTHER_ARAB("Other ethnic group", "Arab"),
    OTHER_ANY("Other ethnic group", "Any other ethnic group");

    private final String group;
    private final String label;

    EthnicGroup(String group, String label) {
        this.group = group;
        this.label = label;
    }

    /** The high-level group ("White", "Mixed or Multiple ethnic groups", ...). */
    public String group() {
        return group;
    }

    public String label() {
        return label;
    }

    /** The full label, as the census writes it: "White: Irish". */
    public String fullLabel() {
        return group + ": " + label;
    }

    /**
     * The broad group of the NHS ethnic category this census category is recorded under (NHS Data Dictionary, ethnic
     * category: 2001 census groups), as analytics breaks its population down: White, Mixed, Asian, Black or Other. The two
     * classifications differ in three places: Chinese is Asian in the 2021 census but an "other ethnic group" (R) in the
     * NHS categories, and Gypsy or Irish Traveller and Roma are recorded as "any other White background" (C); so Chinese
     * respondents are counted with Other here, as the population they are compared with counts them.
     */
    public String nhsGroup() {
        if (this == ASIAN_CHINESE || this == OTHER_ARAB || this == OTHER_ANY) {
            return "Other";
        }
        return switch (group) {
            case "White" -> "White";
            case "Mixed or Multiple ethnic groups" -> "Mixed";
            case "Asian, Asian British or Asian Welsh" -> "Asian";
            default -> "Black";
        };
    }

    /** The NHS broad groups respondents are compared in, in the order analytics lists them. */
    public static final java.util.List<String> NHS_GROUPS =
            java.util.List.of("White", "Mixed", "Asian", "Black", "Other");

    /** The category named by its constant; empty for blank or unknown. */
    public static Optional<EthnicGroup> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (EthnicGroup g : values()) {
            if (g.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
