package org.openics.mutualaid;

/**
 * One cell of a provider's diagnostics waiting list return (DM01 style): how many wait for a test of one modality
 * having waited {@code weeksWaited} whole weeks since referral.
 */
public record DiagnosticWaiting(String provider, Modality modality, int weeksWaited, int waiting) {

    public DiagnosticWaiting {
        if (provider == null || provider.isBlank() || modality == null) {
            throw new IllegalArgumentException("a diagnostic waiting count names a provider and a modality");
        }
        if (weeksWaited < 0 || waiting < 0) {
            throw new IllegalArgumentException("weeks waited and the number waiting cannot be negative");
        }
    }
}
