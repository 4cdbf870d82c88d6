package org.openics.registry.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One stored version of a dated value: valid from {@code from} (inclusive) until {@code to}
 * (exclusive; null while open). Id 0 means not yet stored.
 */
public final class Version<K, V> {

    private final long id;
    private final K key;
    private V value;
    private final LocalDate from;
    private LocalDate to;
    private String source;
    private boolean changed;

    public Version(long id, K key, V value, LocalDate from, LocalDate to, String source) {
        this.id = id;
        this.key = Objects.requireNonNull(key);
        this.value = Objects.requireNonNull(value);
        this.from = Objects.requireNonNull(from);
        this.to = to;
        this.source = source;
    }

    public long id() {
        return id;
    }

    public K key() {
        return key;
    }

    public V value() {
        return value;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public String source() {
        return source;
    }

    boolean covers(LocalDate date) {
        return !from.isAfter(date) && (to == null || to.isAfter(date));
    }

    void revalue(V newValue, String newSource) {
        value = newValue;
        source = newSource;
        changed = true;
    }

    void end(LocalDate end) {
        to = end;
        changed = true;
    }

    boolean stored() {
        return id > 0;
    }

    boolean changed() {
        return changed;
    }
}
