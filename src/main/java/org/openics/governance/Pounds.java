package org.openics.governance;

import java.util.Locale;

/** Sums of money as people read them in board papers. */
public final class Pounds {

    private Pounds() {}

    public static String format(long pounds) {
        return String.format(Locale.UK, "£%,d", pounds);
    }

    public static String limit(Long pounds) {
        return pounds == null ? "no financial limit" : "up to " + format(pounds);
    }
}
