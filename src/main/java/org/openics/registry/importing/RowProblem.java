package org.openics.registry.importing;

/** Why one row cannot be loaded; becomes a rejected row of the import report. */
final class RowProblem extends Exception {

    RowProblem(String reason) {
        super(reason, null, false, false);
    }
}
