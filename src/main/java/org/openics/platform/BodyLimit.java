package org.openics.platform;

/**
 * The largest request body a module accepts under a path prefix (e.g. {@code /api/governance/edit/} at 1 MiB). Each
 * module that takes bodies larger or smaller than the platform's default declares a bean of this type; the longest
 * matching prefix wins. A larger body is answered 413 before any of it is read, and nothing of it is kept.
 */
public record BodyLimit(String pathPrefix, long maxBytes) {

    public static final long KIB = 1024;
    public static final long MIB = 1024 * KIB;

    public BodyLimit {
        if (pathPrefix == null || !pathPrefix.startsWith("/")) {
            throw new IllegalArgumentException("a body limit's path prefix starts with '/'");
        }
        if (maxBytes < 0) {
            throw new IllegalArgumentException("a body limit is zero or more bytes");
        }
    }

    public static BodyLimit of(String pathPrefix, long maxBytes) {
        return new BodyLimit(pathPrefix, maxBytes);
    }

    public boolean covers(String path) {
        return path.startsWith(pathPrefix);
    }
}
