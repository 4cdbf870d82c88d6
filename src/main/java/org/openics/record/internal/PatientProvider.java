package org.openics.record.internal;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;

/** Patients: search by identifier (e.g. NHS number), name and birth date, and everything about one person. */
class PatientProvider extends StoredResourceProvider<Patient> {

    PatientProvider(FhirGateway gateway) {
        super(Patient.class, gateway);
    }

    @Search(allowUnknownParams = true)
    public Bundle search(
            @OptionalParam(name = "identifier") TokenParam identifier,
            @OptionalParam(name = "name") StringParam name,
            @OptionalParam(name = "birthdate") DateParam birthDate,
            RequestDetails request) {
        Criteria criteria = new Criteria();
        if (identifier != null) {
            String system =
                    identifier.getSystem() == null || identifier.getSystem().isEmpty()
                            ? ""
                            : "\"system\":" + Criteria.quote(identifier.getSystem()) + ",";
            criteria.add(
                    "body->'identifier' @> ?::jsonb",
                    "[{" + system + "\"value\":" + Criteria.quote(identifier.getValue()) + "}]");
        }
        if (name != null) {
            // FHIR string search: a family name, given name or name text that starts with the value, ignoring case; the
            // values only, never the JSON keys ("family", "given", "use")
            String prefix =
                    name.getValue().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            criteria.add(
                    "exists (select 1 from jsonb_array_elements(case when jsonb_typeof(body->'name') = 'array' then body->'name'"
                            + " else '[]'::jsonb end) n where n->>'family' ilike ? or n->>'text' ilike ? or exists (select 1 from"
                            + " jsonb_array_elements_text(case when jsonb_typeof(n->'given') = 'array' then n->'given' else '[]'::jsonb end) g"
                            + " where g ilike ?))",
                    prefix,
                    prefix,
                    prefix);
        }
        if (birthDate != null) {
            criteria.add("body->>'birthDate' like ?", birthDate.getValueAsString() + "%");
        }
        return gateway.search(typeName(), criteria.where(), criteria.args, java.util.Optional.empty(), request);
    }

    /** Paged like a search ({@code _count}, the links' {@code _cursor}); {@code _type} and {@code _since} as FHIR defines them. */
    @Operation(name = "$everything", idempotent = true)
    public Bundle everything(
            @IdParam IdType id,
            @OperationParam(name = "_type") org.hl7.fhir.r4.model.StringType types,
            @OperationParam(name = "_since") org.hl7.fhir.r4.model.InstantType since,
            RequestDetails request) {
        return gateway.everything(
                id, types == null ? null : types.getValue(), since == null ? null : since.getValueAsString(), request);
    }
}
