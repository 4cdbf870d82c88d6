package org.openics.record;

import java.util.Map;

/**
 * What the record holds, part by part, as row counts and content fingerprints that do not depend on surrogate
 * keys, sequence numbers or the store's pseudonym key: two stores that received the same data hold the same
 * digest, however the loads were interrupted and resumed.
 *
 * @param parts each part (resources, versions, persons, relationships, facts of each kind, quarantine) by name
 */
public record StoreDigest(Map<String, Part> parts) {

    /** Rows of one part and a fingerprint of their content (MD5-based, independent of the rows' order). */
    public record Part(long rows, String fingerprint) {}

    /** The names of the parts that differ from the other digest (present in one only, or different). */
    public java.util.List<String> differences(StoreDigest other) {
        java.util.Set<String> names = new java.util.TreeSet<>(parts.keySet());
        names.addAll(other.parts.keySet());
        return names.stream()
                .filter(n -> !java.util.Objects.equals(parts.get(n), other.parts.get(n)))
                .toList();
    }
}
