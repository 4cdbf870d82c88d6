package org.openics.workforce.importing;

import java.util.List;
import org.openics.registry.RejectedRow;
import org.openics.workforce.StaffingFigure;

/** A return read: its figures, the rows rejected with their reasons, and how many data rows were read and loaded. */
public record ParsedReturn(List<StaffingFigure> figures, List<RejectedRow> rejected, long read, long loadedRows) {

    public ParsedReturn {
        figures = List.copyOf(figures);
        rejected = List.copyOf(rejected);
    }
}
