package org.openics.record.internal;

import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import org.hl7.fhir.r4.model.Bundle;

/** {@code POST /fhir} with a transaction or batch Bundle, through the ingest pipeline. */
class TransactionProvider {

    private final FhirGateway gateway;

    TransactionProvider(FhirGateway gateway) {
        this.gateway = gateway;
    }

    @Transaction
    public Bundle transaction(@TransactionParam Bundle bundle, ca.uhn.fhir.rest.api.server.RequestDetails request) {
        return gateway.transaction(bundle, request);
    }
}
