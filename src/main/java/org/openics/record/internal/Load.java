package org.openics.record.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openics.record.ingest.ConditionalReference;
import org.openics.record.ingest.ResourceSummary;

/**
 * One load: every file and bundle given to one ingest (or a re-processing of the quarantine), as far as it has been
 * stored. References resolve against it as well as against the store, so a target in another file of the load, in
 * any order, counts. While a load {@link #waits}, a resource whose reference does not resolve yet is held back
 * (neither stored nor quarantined) and tried again when the rest of the load is in; on the last pass it is
 * quarantined with the reason, and re-processed by a later load that brings the target.
 */
final class Load {

    private final Set<String> keys = ConcurrentHashMap.newKeySet();
    /** Conditional-reference keys ({@link ConditionalReference#keysOf}) of the resources stored in this load. */
    private final Map<String, Set<String>> byIdentifier = new ConcurrentHashMap<>();
    /** What the store held before this load for each conditional reference looked up (found once per load). */
    private final Map<String, Set<String>> storedBefore = new ConcurrentHashMap<>();

    private final List<Incoming> held = new ArrayList<>();
    private volatile boolean waits;

    private Load(boolean waits) {
        this.waits = waits;
    }

    /** A load of files: unresolved references wait for the end of the load. */
    static Load ofFiles() {
        return new Load(true);
    }

    /** A FHIR transaction or batch: answered at once, so every reference resolves now or the resource is quarantined. */
    static Load immediate() {
        return new Load(false);
    }

    boolean waits() {
        return waits;
    }

    /** The last pass: what does not resolve now is quarantined. */
    void stopWaiting() {
        waits = false;
    }

    boolean contains(String key) {
        return keys.contains(key);
    }

    void stored(ResourceSummary summary) {
        keys.add(summary.key());
        index(byIdentifier, summary);
    }

    /** The keys of the stored resources matching a conditional reference. */
    Set<String> matching(String conditionalKey) {
        return byIdentifier.getOrDefault(conditionalKey, Set.of());
    }

    /** The stored matches of each conditional reference, asking the store only for those not looked up yet in this load. */
    Map<String, Set<String>> storedMatches(
            Set<ConditionalReference> references,
            java.util.function.Function<Set<ConditionalReference>, Map<String, Set<String>>> store) {
        Set<ConditionalReference> ask = new java.util.HashSet<>();
        references.stream().filter(r -> !storedBefore.containsKey(r.key())).forEach(ask::add);
        if (!ask.isEmpty()) {
            Map<String, Set<String>> found = store.apply(ask);
            ask.forEach(r -> storedBefore.put(r.key(), Set.copyOf(found.getOrDefault(r.key(), Set.of()))));
        }
        return storedBefore;
    }

    static void index(Map<String, Set<String>> index, ResourceSummary summary) {
        for (String identifier : summary.identifiers()) {
            int bar = identifier.indexOf('|');
            String system = identifier.substring(0, bar);
            String value = identifier.substring(bar + 1);
            if (value.equals("null") || value.isEmpty()) {
                continue;
            }
            for (String key :
                    ConditionalReference.keysOf(summary.type(), system.equals("null") ? null : system, value)) {
                index.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(summary.key());
            }
        }
    }

    synchronized void hold(Incoming incoming) {
        held.add(incoming);
    }

    /** The resources held back so far, to try again (the list is emptied). */
    synchronized List<Incoming> takeHeld() {
        List<Incoming> result = List.copyOf(held);
        held.clear();
        return result;
    }
}
