package org.openics.finance;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.openics.finance.need.NeedIndices;
import org.openics.finance.need.WeightedPopulationFile;

/**
 * Need indices straight from a weighted-populations file, without a database or a registry import: for the groupings
 * the file itself defines ({@link Grouping#fromFile()}). The table is empty when the file cannot be used.
 */
public record NeedFromFile(WeightedPopulationsImport report, Optional<NeedIndexTable> table) {

    public static NeedFromFile compute(
            Path file, Optional<String> year, String ics, Grouping grouping, Map<String, UnitName> custom) {
        if (!grouping.fromFile()) {
            throw new IllegalArgumentException(
                    "grouping by " + grouping.option() + " needs the registry, not the file alone");
        }
        WeightedPopulationFile.Contents contents = WeightedPopulationFile.read(file, year);
        if (!contents.report().usable()) {
            return new NeedFromFile(contents.report(), Optional.empty());
        }
        return new NeedFromFile(
                contents.report(),
                Optional.of(NeedIndices.compute(
                        contents.report().year(),
                        ics,
                        contents.practices(),
                        grouping,
                        NeedIndices.fromFile(grouping, custom))));
    }
}
