package org.openics.synthetic.population;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Published QOF prevalence per practice, read from a CSV with a {@code Practice.Code} column and
 * {@code Prevalence_<register>} columns in per cent (the shape of the OHID/QOF cardiovascular files,
 * e.g. sel_practice_qof_cvd_heec.csv); registers this model has and values present are kept, "NA" skipped.
 */
public final class PracticePrevalence {

    private PracticePrevalence() {}

    public static Map<String, Map<LongTermCondition, Double>> read(Path file) throws IOException {
        Map<String, Map<LongTermCondition, Double>> result = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                throw new IOException(file + " is empty");
            }
            List<String> columns = Arrays.asList(header.replace("\"", "").split(",", -1));
            int code = columns.indexOf("Practice.Code");
            if (code < 0) {
                throw new IOException(file + " has no Practice.Code column: not a practice prevalence file");
            }
            Map<Integer, LongTermCondition> registers = new HashMap<>();
            for (LongTermCondition condition : LongTermCondition.values()) {
                int column = columns.indexOf("Prevalence_" + condition.qofRegister());
                if (column >= 0) {
                    registers.put(column, condition);
                }
            }
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.replace("\"", "").split(",", -1);
                if (cells.length != columns.size()) {
                    continue;
                }
                Map<LongTermCondition, Double> values = new EnumMap<>(LongTermCondition.class);
                registers.forEach((column, condition) -> {
                    try {
                        values.put(condition, Double.parseDouble(cells[column]) / 100);
                    } catch (NumberFormatException notPublished) {
                        // "NA": no published figure, the model's own prevalence stands
                    }
                });
                result.put(cells[code].trim(), values);
            }
        }
        return result;
    }
}
