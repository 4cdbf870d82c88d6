package org.openics.mutualaid;

/** Where a patient's transfer stands: proposed → consented → suitable → accepted → transferred, or refused / declined. */
public enum TransferStatus {
    PROPOSED,
    CONSENTED,
    SUITABLE,
    ACCEPTED,
    TRANSFERRED,
    REFUSED,
    DECLINED
}
