package org.openics.governance.model;

/**
 * One thing wrong with an imported governance model, and where: the section of the document ({@code bodies},
 * {@code people}, {@code seats}, {@code offices}, {@code interests}, {@code rules}, {@code scheme}) and the item's
 * position in it (from 0; -1 for the document as a whole), so that the reader can give the line.
 */
public record ModelProblem(String section, int index, String message) {

    public static ModelProblem ofDocument(String message) {
        return new ModelProblem("document", -1, message);
    }
}
