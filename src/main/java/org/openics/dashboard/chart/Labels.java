package org.openics.dashboard.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Places text labels on a chart so that none overlaps another label or a mark kept clear: each label tries a few
 * positions around its point and is left out when none is free (the chart's table and list name every point).
 * Text width is estimated from the font size (Arial's average glyph is about 0.56 em; 0.62 leaves a margin).
 */
final class Labels {

    /** A box on the chart: left, top, right, bottom. */
    record Box(double left, double top, double right, double bottom) {
        boolean overlaps(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }
    }

    /** Where a label went: its text's anchor point (start-anchored) and its box. */
    record Placed(double x, double y, Box box) {}

    private final List<Box> taken = new ArrayList<>();
    private final Box plot;

    /** @param plot the area labels must stay inside */
    Labels(Box plot) {
        this.plot = plot;
    }

    /** Keeps a mark's area clear of labels. */
    void keepClear(double x, double y, double r) {
        taken.add(new Box(x - r, y - r, x + r, y + r));
    }

    static double width(String text, double fontSize) {
        return text.length() * fontSize * 0.62;
    }

    /** The first free position right, left, above or below the point (gap px from it), or null when none is free. */
    Placed place(double x, double y, double gap, String text, double fontSize) {
        double w = width(text, fontSize);
        double h = fontSize;
        double[][] candidates = {
            {x + gap, y + h * 0.35}, {x - gap - w, y + h * 0.35}, {x - w / 2, y - gap}, {x - w / 2, y + gap + h * 0.8},
            {x + gap, y - gap}, {x - gap - w, y - gap}, {x + gap, y + gap + h * 0.8}, {x - gap - w, y + gap + h * 0.8}
        };
        for (double[] c : candidates) {
            Box box = new Box(c[0], c[1] - h * 0.8, c[0] + w, c[1] + h * 0.2);
            if (box.left() < plot.left()
                    || box.right() > plot.right()
                    || box.top() < plot.top()
                    || box.bottom() > plot.bottom()) {
                continue;
            }
            if (taken.stream().noneMatch(box::overlaps)) {
                taken.add(box);
                return new Placed(c[0], c[1], box);
            }
        }
        return null;
    }
}
