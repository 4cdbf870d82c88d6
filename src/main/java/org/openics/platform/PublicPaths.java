package org.openics.platform;

import java.util.List;

/**
 * Paths a module serves without sign-in (aggregate, non-personal pages and APIs). Each module that has
 * any declares a bean of this type; everything not declared needs an authenticated user.
 */
public record PublicPaths(List<String> patterns) {

    public PublicPaths {
        patterns = List.copyOf(patterns);
    }

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
