package org.openics.development.plan;

import java.util.List;
import java.util.Optional;

/** A value built from user input, or the reasons it could not be. */
public record Checked<T>(Optional<T> value, List<String> problems) {

    public Checked {
        problems = List.copyOf(problems);
    }

    static <T> Checked<T> of(T value) {
        return new Checked<>(Optional.of(value), List.of());
    }

    static <T> Checked<T> refused(List<String> problems) {
        return new Checked<>(Optional.empty(), problems);
    }

    public boolean ok() {
        return value.isPresent();
    }
}
