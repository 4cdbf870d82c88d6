package org.openics.record.ingest;

import java.util.Optional;

/**
 * A conditional reference, {@code Type?identifier=system|value} (or {@code identifier=value}, any system), as FHIR
 * defines it for transactions: it names its target by identifier, and resolves when exactly one resource of that type
 * carries the identifier (none: not arrived yet; several: ambiguous, the referring resource's own defect).
 *
 * @param system null when the reference gives a value only (it then matches that value in any system)
 */
public record ConditionalReference(String type, String system, String value) {

    public ConditionalReference {
        if (type == null || !type.matches("[A-Z][A-Za-z]+") || value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a conditional reference needs a resource type and an identifier value");
        }
    }

    /** Whether a reference as written is conditional (a resource type and a query), as opposed to literal or absolute. */
    public static boolean isConditional(String reference) {
        int query = reference.indexOf('?');
        return query > 0 && reference.indexOf('/') < 0 || query > 0 && reference.indexOf('/') > query;
    }

    /** The reference read, or empty when it is conditional on something other than one identifier (not supported). */
    public static Optional<ConditionalReference> parse(String reference) {
        if (!isConditional(reference)) {
            return Optional.empty();
        }
        int query = reference.indexOf('?');
        String type = reference.substring(0, query);
        String criteria = reference.substring(query + 1);
        if (!criteria.startsWith("identifier=") || criteria.contains("&")) {
            return Optional.empty();
        }
        String token = java.net.URLDecoder.decode(
                criteria.substring("identifier=".length()), java.nio.charset.StandardCharsets.UTF_8);
        int bar = token.indexOf('|');
        String system = bar < 0 ? null : token.substring(0, bar);
        String value = bar < 0 ? token : token.substring(bar + 1);
        try {
            return Optional.of(
                    new ConditionalReference(type, system == null || system.isEmpty() ? null : system, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The keys under which a resource of this type with identifier {@code system|value} is found by conditional references. */
    public static java.util.List<String> keysOf(String type, String system, String value) {
        return system == null || system.isEmpty()
                ? java.util.List.of(type + "?identifier=" + value)
                : java.util.List.of(type + "?identifier=" + system + "|" + value, type + "?identifier=" + value);
    }

    /** This reference in the form {@link #keysOf} uses. */
    public String key() {
        return type + "?identifier=" + (system == null ? "" : system + "|") + value;
    }

    @Override
    public String toString() {
        return key();
    }
}
