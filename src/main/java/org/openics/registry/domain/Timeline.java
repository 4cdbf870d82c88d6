package org.openics.registry.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The dated history of values for many keys (an organisation's name and kind, a practice's PCN, a
 * list size). Asserting "from date D the value is V" changes only what differs: it closes the
 * version then valid at D and opens a new one that runs until the next known change, so imports of
 * older and newer files can come in any order and re-importing the same file changes nothing.
 */
public final class Timeline<K, V> {

    private final Map<K, List<Version<K, V>>> versions = new HashMap<>();
    private final List<Version<K, V>> removed = new ArrayList<>();

    public Timeline(Collection<Version<K, V>> stored) {
        for (Version<K, V> version : stored) {
            versions.computeIfAbsent(version.key(), k -> new ArrayList<>()).add(version);
        }
        versions.values().forEach(list -> list.sort(Comparator.comparing(Version::from)));
    }

    /** The value valid for a key on a date. */
    public Optional<V> valueAt(K key, LocalDate date) {
        return versions.getOrDefault(key, List.of()).stream()
                .filter(v -> v.covers(date))
                .map(Version::value)
                .findFirst();
    }

    /** The most recent value a key has had, whatever the date. */
    public Optional<V> latest(K key) {
        List<Version<K, V>> list = versions.getOrDefault(key, List.of());
        return list.isEmpty()
                ? Optional.empty()
                : Optional.of(list.get(list.size() - 1).value());
    }

    /** The version valid for a key on a date (its value, source and dates). */
    public Optional<Version<K, V>> versionAt(K key, LocalDate date) {
        return versions.getOrDefault(key, List.of()).stream()
                .filter(v -> v.covers(date))
                .findFirst();
    }

    /** The keys that have a value on a date. */
    public Set<K> keysAt(LocalDate date) {
        Set<K> keys = new java.util.HashSet<>();
        versions.forEach((key, list) -> {
            if (list.stream().anyMatch(v -> v.covers(date))) {
                keys.add(key);
            }
        });
        return keys;
    }

    /**
     * From {@code date}, the key has {@code value}, or none when {@code value} is null (it ends). The
     * new value holds until the next version that starts after {@code date}.
     *
     * @return true when anything changed
     */
    public boolean assertFrom(K key, V value, LocalDate date, String source) {
        List<Version<K, V>> list = versions.computeIfAbsent(key, k -> new ArrayList<>());
        Version<K, V> current =
                list.stream().filter(v -> v.covers(date)).findFirst().orElse(null);
        if (current != null && Objects.equals(current.value(), value)) {
            return false;
        }
        LocalDate until = list.stream()
                .map(Version::from)
                .filter(f -> f.isAfter(date))
                .min(Comparator.naturalOrder())
                .orElse(null);
        if (current != null) {
            until = current.to();
            if (current.from().equals(date)) {
                if (value == null) {
                    list.remove(current);
                    if (current.stored()) {
                        removed.add(current);
                    }
                } else {
                    current.revalue(value, source);
                }
                return true;
            }
            current.end(date);
        }
        if (value == null) {
            return current != null;
        }
        Version<K, V> added = new Version<>(0, key, value, date, until, source);
        list.add(added);
        list.sort(Comparator.comparing(Version::from));
        return true;
    }

    /** Versions to insert (new), update (changed value or end) and delete, for the store to apply. */
    public Changes<K, V> changes() {
        List<Version<K, V>> inserts = new ArrayList<>();
        List<Version<K, V>> updates = new ArrayList<>();
        for (List<Version<K, V>> list : versions.values()) {
            for (Version<K, V> version : list) {
                if (!version.stored()) {
                    inserts.add(version);
                } else if (version.changed()) {
                    updates.add(version);
                }
            }
        }
        return new Changes<>(inserts, updates, List.copyOf(removed));
    }

    public record Changes<K, V>(List<Version<K, V>> inserts, List<Version<K, V>> updates, List<Version<K, V>> deletes) {
        public int size() {
            return inserts.size() + updates.size() + deletes.size();
        }
    }
}
