package org.openics.synthetic;

/**
 * One injected fault: where it is (file name within the output folder, 1-based line) and which
 * resource it affects.
 */
public record Defect(String file, long line, String resourceId, DefectKind kind) {

    public Defect {
        if (file == null || file.isBlank() || line < 1 || resourceId == null || kind == null) {
            throw new IllegalArgumentException("a defect needs a file, a line from 1, a resource id and a kind");
        }
    }
}
