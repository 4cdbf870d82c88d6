package org.openics.dashboard.view;

import java.util.List;
import java.util.Locale;
import org.openics.analytics.Level;

/**
 * An area of the system as the dashboard shows it: the ICS, a place, a PCN or a practice, with the areas
 * above it (ICS first) for breadcrumbs.
 */
public record Area(Level level, String code, String name, List<Area> ancestors) {

    public Area {
        ancestors = List.copyOf(ancestors);
    }

    public static Area ics(String code, String name) {
        return new Area(Level.ICS, code, name, List.of());
    }

    public Area child(Level level, String code, String name) {
        List<Area> above = new java.util.ArrayList<>(ancestors);
        above.add(this);
        return new Area(level, code, name, above);
    }

    /** The dashboard page of the area, keeping the filters. */
    public String href(Filters filters) {
        String path = level == Level.ICS ? "/" : "/dashboard/" + level.name().toLowerCase(Locale.ROOT) + "/" + code;
        return path + filters.query();
    }

    /** The name as a column heading: "ICS", "Bexley" (without "Local Care Partnership"), a PCN's or practice's name. */
    public String shortName() {
        return level == Level.ICS
                ? "ICS"
                : name.replace(" Local Care Partnership", "").replace(" Primary Care Network", " PCN");
    }

    public Area parent() {
        return ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1);
    }

    /** "place", "PCN", "practice" as running text says it. */
    public static String noun(Level level) {
        return switch (level) {
            case ICS -> "ICS";
            case PLACE -> "place";
            case PCN -> "PCN";
            case PRACTICE -> "practice";
            case LSOA -> "small area";
        };
    }

    /** The level below (ICS → place → PCN → practice), or null for a practice. */
    public static Level below(Level level) {
        return switch (level) {
            case ICS -> Level.PLACE;
            case PLACE -> Level.PCN;
            case PCN -> Level.PRACTICE;
            default -> null;
        };
    }
}
