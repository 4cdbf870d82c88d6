package org.openics.finance.budgets;

import java.io.IOException;
import java.io.Reader;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openics.finance.Budget;
import org.openics.finance.LedgerImport;
import org.openics.finance.LedgerLine;
import org.openics.finance.RejectedLine;
import org.openics.finance.RejectionKind;
import org.openics.kernel.Money;
import org.openics.kernel.OdsCode;

/**
 * A finance ledger extract as CSV with a header naming the columns period (YYYY-MM), organisation, budget code,
 * subjective and amount (pounds and pence; negative for credits). Column names are matched ignoring case, spaces and
 * underscores ("Budget Code", "budget_code"). Each bad row is rejected with its line and reason.
 */
public final class LedgerFile {

    static final List<String> COLUMNS = List.of("period", "organisation", "budgetcode", "subjective", "amount");

    public record Contents(LedgerImport report, List<LedgerLine> lines) {
        public Contents {
            lines = List.copyOf(lines);
        }
    }

    private LedgerFile() {}

    public static Contents read(Reader reader, String name, Map<String, Budget> budgets) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> columns = new HashMap<>();
            List<String> header = parser.getHeaderNames();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(
                        header.get(i)
                                .replace("\uFEFF", "")
                                .toLowerCase(Locale.ROOT)
                                .replaceAll("[\\s_]", ""),
                        i);
            }
            List<String> missing =
                    COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return new Contents(
                        new LedgerImport(
                                name,
                                0,
                                0,
                                List.of(),
                                List.of(),
                                Optional.of(name
                                        + " is not a ledger extract: its header lacks " + String.join(", ", missing)
                                        + " (needs period, organisation, budget code, subjective, amount)"),
                                false),
                        List.of());
            }
            List<LedgerLine> lines = new ArrayList<>();
            List<RejectedLine> rejected = new ArrayList<>();
            TreeSet<YearMonth> periods = new TreeSet<>();
            long read = 0;
            for (CSVRecord record : parser) {
                read++;
                long line = record.getRecordNumber() + 1;
                String problem = null;
                RejectionKind kind = null;
                String periodText = cell(record, columns, "period");
                String organisation = cell(record, columns, "organisation");
                String code = cell(record, columns, "budgetcode");
                String subjective = cell(record, columns, "subjective");
                String amountText = cell(record, columns, "amount");
                YearMonth period = null;
                Money amount = null;
                try {
                    period = YearMonth.parse(periodText);
                } catch (DateTimeParseException e) {
                    kind = RejectionKind.BAD_PERIOD;
                    problem = "period '" + periodText + "' is not a month written YYYY-MM";
                }
                if (problem == null
                        && (organisation.isEmpty() || code.isEmpty() || subjective.isEmpty() || amountText.isEmpty())) {
                    kind = RejectionKind.MISSING_VALUE;
                    problem = "organisation, budget code, subjective and amount are all needed";
                }
                if (problem == null) {
                    try {
                        amount = Money.parse(amountText);
                    } catch (IllegalArgumentException e) {
                        kind = RejectionKind.BAD_AMOUNT;
                        problem = e.getMessage();
                    }
                }
                if (problem == null && !budgets.containsKey(code)) {
                    kind = RejectionKind.UNKNOWN_BUDGET;
                    problem = "budget code '" + code + "' is not a budget of OpenICS (set it first)";
                }
                if (problem == null && !budgets.get(code).organisation().value().equals(organisation)) {
                    kind = RejectionKind.WRONG_ORGANISATION;
                    problem = "budget " + code + " is held in the ledger of "
                            + budgets.get(code).organisation() + ", not " + organisation;
                }
                if (problem != null) {
                    rejected.add(new RejectedLine(name, line, kind, problem));
                    continue;
                }
                lines.add(new LedgerLine(period, OdsCode.of(organisation), code, subjective, amount));
                periods.add(period);
            }
            return new Contents(
                    new LedgerImport(name, read, lines.size(), rejected, List.copyOf(periods), Optional.empty(), true),
                    lines);
        }
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        int i = columns.get(column);
        return i < record.size() && record.get(i) != null ? record.get(i).trim() : "";
    }
}
