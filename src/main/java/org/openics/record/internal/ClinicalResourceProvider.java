package org.openics.record.internal;

import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** Any stored type other than Patient: read, and search by patient (or subject), code and date. */
class ClinicalResourceProvider<T extends Resource> extends StoredResourceProvider<T> {

    /** The element searched by {@code date}, whichever of them a resource type has. */
    static final String DATE =
            "substr(coalesce(body->>'effectiveDateTime', body->>'onsetDateTime', body->>'recordedDate',"
                    + " body#>>'{period,start}', body->>'authoredOn', body->>'performedDateTime', body->>'occurrenceDateTime', body->>'date'), 1, 10)";

    static final String CODE =
            "coalesce(body->'code', body->'medicationCodeableConcept', body->'vaccineCode')->'coding' @> ?::jsonb";

    ClinicalResourceProvider(Class<T> type, FhirGateway gateway) {
        super(type, gateway);
    }

    @Search(allowUnknownParams = true)
    public Bundle search(
            @OptionalParam(name = "patient") ReferenceParam patient,
            @OptionalParam(name = "subject") ReferenceParam subject,
            @OptionalParam(name = "code") TokenParam code,
            @OptionalParam(name = "date") DateRangeParam date,
            RequestDetails request) {
        Criteria criteria = new Criteria();
        ReferenceParam who = patient != null ? patient : subject;
        if (who != null) {
            criteria.add("patient_id = ?", who.getIdPart());
        }
        if (code != null) {
            criteria.add(CODE, Criteria.coding(code));
        }
        criteria.dates(DATE, date);
        return gateway.search(
                typeName(),
                criteria.where(),
                criteria.args,
                java.util.Optional.ofNullable(who).map(ReferenceParam::getIdPart),
                request);
    }
}
