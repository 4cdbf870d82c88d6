package org.openics.registry;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How to import a file.
 *
 * @param effective the date the file's contents take effect; empty to read it from the file (its
 *                  extract date) or its name (for example 2024_25 → 1 April 2024)
 * @param format    the format, or empty to recognise it from the header
 */
public record ImportOptions(Optional<LocalDate> effective, Optional<ImportFormat> format) {

    public static ImportOptions defaults() {
        return new ImportOptions(Optional.empty(), Optional.empty());
    }
}
