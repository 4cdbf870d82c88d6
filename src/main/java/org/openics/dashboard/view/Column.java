package org.openics.dashboard.view;

/** A column of a data table; {@code inCsv} false for columns that only draw (sparklines); {@code href} links the heading (an area's page). */
public record Column(String label, boolean numeric, boolean inCsv, String href) {

    public Column(String label, boolean numeric, boolean inCsv) {
        this(label, numeric, inCsv, null);
    }

    public Column linked(String target) {
        return new Column(label, numeric, inCsv, target);
    }

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
