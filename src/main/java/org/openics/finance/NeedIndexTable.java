package org.openics.finance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The relative need index of every unit of one grouping within one ICB, for one allocation year, with the ICB's own
 * totals (index 1 by definition). Units are in code order.
 */
public record NeedIndexTable(
        String year,
        String ics,
        String icsName,
        Grouping grouping,
        NeedUnit total,
        List<NeedUnit> units,
        List<String> notes) {

    public NeedIndexTable {
        units = List.copyOf(units);
        notes = List.copyOf(notes);
    }

    /**
     * The table as one document (maps, lists, strings and numbers) for JSON: each unit has code, name, practices,
     * registered and, per component named as in the file's header ("G&A WP"), its weighted population and need index.
     */
    public Map<String, Object> asDocument() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("year", year);
        doc.put("ics", ics);
        doc.put("icsName", icsName);
        doc.put("by", grouping.option());
        doc.put("index", "(weighted / registered for the unit) / (weighted / registered for the ICB)");
        doc.put("icb", unitDocument(total));
        doc.put("units", units.stream().map(NeedIndexTable::unitDocument).toList());
        doc.put("notes", notes);
        return doc;
    }

    static Map<String, Object> unitDocument(NeedUnit unit) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("code", unit.code());
        u.put("name", unit.name());
        u.put("practices", unit.practices());
        u.put("registered", unit.registered());
        for (ComponentNeed c : unit.components()) {
            Map<String, Object> component = new LinkedHashMap<>();
            component.put("weighted", c.weighted());
            component.put("index", c.index());
            if (c.practicesLeftOut() > 0) {
                component.put("practicesLeftOut", c.practicesLeftOut());
            }
            u.put(c.component().header(), component);
        }
        return u;
    }
}
