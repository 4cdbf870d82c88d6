package org.openics.mutualaid;

import java.util.Optional;

/** The answer to a workflow step: done, or refused with its reason; the transfer as it now stands when there is one. */
public record StepResult(
        boolean done, Optional<RefusalReason> refusal, String detail, Optional<PatientTransfer> transfer) {

    public static StepResult refused(RefusalReason reason, String detail, Optional<PatientTransfer> transfer) {
        return new StepResult(
                false, Optional.of(reason), detail == null || detail.isBlank() ? reason.text() : detail, transfer);
    }

    public static StepResult done(String detail, PatientTransfer transfer) {
        return new StepResult(true, Optional.empty(), detail, Optional.of(transfer));
    }
}
