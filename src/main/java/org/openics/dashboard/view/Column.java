package org.openics.dashboard.view;

/** A column of a data table; {@code inCsv} false for columns that only draw (sparklines). */
public record Column(String label, boolean numeric, boolean inCsv) {

    public static Column text(String label) {
        return new Column(label, false, true);
    }

    public static Column number(String label) {
        return new Column(label, true, true);
    }

    public static Column picture(String label) {
        return new Column(label, false, false);
    }
}
