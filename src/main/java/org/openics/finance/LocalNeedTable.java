package org.openics.finance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NHS England's relative need index of each place side by side with OpenICS's local need index, computed from the
 * system's own population (age, sex, deprivation, long-term conditions, premature deaths), per component, with the
 * drivers that make each local index and, per place, the component that differs most and the driver behind it.
 * A figure that cannot be computed is null with its reason.
 */
public record LocalNeedTable(String year, String ics, String population, List<Place> places, List<String> notes) {

    public LocalNeedTable {
        places = List.copyOf(places);
        notes = List.copyOf(notes);
    }

    /** One place: its components and the sentence explaining its largest difference. */
    public record Place(String code, String name, List<Component> components, String explanation) {

        public Place {
            components = List.copyOf(components);
        }

        public Optional<Component> component(NeedComponent component) {
            return components.stream().filter(c -> c.component() == component).findFirst();
        }
    }

    /**
     * One component of one place: NHS England's index (null if the file has none), the local index and the difference
     * local − NHS England (null, with {@code reason}, when not calculated), and each driver's ratio to the ICS.
     */
    public record Component(
            NeedComponent component,
            BigDecimal nhsEngland,
            BigDecimal local,
            BigDecimal difference,
            List<Driver> drivers,
            String reason) {

        public Component {
            drivers = List.copyOf(drivers);
        }
    }

    /** A driver's ratio to the ICS (null with its reason when not calculated) and its exponent in the component. */
    public record Driver(
            String name, String indicator, String meaning, BigDecimal ratio, double exponent, String reason) {}

    /** As one document for JSON: places with, per component named as in the file's header, nhsEngland, local, difference, drivers. */
    public Map<String, Object> asDocument() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("year", year);
        doc.put("ics", ics);
        doc.put("population", population);
        doc.put(
                "places",
                places.stream()
                        .map(p -> {
                            Map<String, Object> place = new LinkedHashMap<>();
                            place.put("code", p.code());
                            place.put("name", p.name());
                            for (Component c : p.components()) {
                                Map<String, Object> component = new LinkedHashMap<>();
                                component.put("nhsEngland", c.nhsEngland());
                                component.put("local", c.local());
                                component.put("difference", c.difference());
                                if (c.reason() != null) {
                                    component.put("reason", c.reason());
                                }
                                component.put(
                                        "drivers",
                                        c.drivers().stream()
                                                .map(d -> {
                                                    Map<String, Object> driver = new LinkedHashMap<>();
                                                    driver.put("name", d.name());
                                                    driver.put("indicator", d.indicator());
                                                    driver.put("meaning", d.meaning());
                                                    driver.put("ratio", d.ratio());
                                                    driver.put("exponent", d.exponent());
                                                    if (d.reason() != null) {
                                                        driver.put("reason", d.reason());
                                                    }
                                                    return driver;
                                                })
                                                .toList());
                                place.put(c.component().header(), component);
                            }
                            place.put("explanation", p.explanation());
                            return place;
                        })
                        .toList());
        doc.put("notes", notes);
        return doc;
    }
}
