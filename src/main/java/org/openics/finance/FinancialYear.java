package org.openics.finance;

import java.time.LocalDate;
import java.time.YearMonth;

/** An NHS financial year, 1 April to 31 March, written "2026/27". */
public record FinancialYear(int startYear) {

    public static FinancialYear parse(String text) {
        if (text == null || !text.matches("20\\d{2}/\\d{2}")) {
            throw new IllegalArgumentException("a financial year is written like 2026/27, not '" + text + "'");
        }
        int start = Integer.parseInt(text.substring(0, 4));
        if ((start + 1) % 100 != Integer.parseInt(text.substring(5))) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a financial year (the second year follows the first)");
        }
        return new FinancialYear(start);
    }

    public static FinancialYear of(YearMonth month) {
        return new FinancialYear(month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    /** Month number in the year: April is 1, March is 12. */
    public int monthNumber(YearMonth month) {
        if (!of(month).equals(this)) {
            throw new IllegalArgumentException(month + " is not in " + this);
        }
        return (month.getMonthValue() + 8) % 12 + 1;
    }

    @Override
    public String toString() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
