package org.openics.mutualaid;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The diagnostics picture on a date: the latest waiting-list return on or before it ({@code returnDate}, empty when
 * none is loaded), per provider × modality and per modality across the system (demand), against the sites' capacity
 * (supply, community diagnostic centres included).
 */
public record Diagnostics(
        LocalDate asAt,
        Optional<LocalDate> returnDate,
        List<DiagnosticsRow> providers,
        List<DiagnosticsRow> modalities,
        List<DiagnosticCapacity> capacity,
        String source) {

    public Diagnostics {
        providers = List.copyOf(providers);
        modalities = List.copyOf(modalities);
        capacity = List.copyOf(capacity);
    }

    public int waiting() {
        return modalities.stream().mapToInt(DiagnosticsRow::waiting).sum();
    }

    public int sixPlus() {
        return modalities.stream().mapToInt(DiagnosticsRow::sixPlus).sum();
    }
}
