package org.openics.record.internal;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;

/** Read and version read of one stored resource type; subclasses add its searches. */
abstract class StoredResourceProvider<T extends Resource> implements IResourceProvider {

    private final Class<T> type;
    final FhirGateway gateway;

    StoredResourceProvider(Class<T> type, FhirGateway gateway) {
        this.type = type;
        this.gateway = gateway;
    }

    @Override
    public Class<T> getResourceType() {
        return type;
    }

    String typeName() {
        return type.getSimpleName();
    }

    @Read(version = true)
    public Resource read(@IdParam IdType id, RequestDetails request) {
        return gateway.read(typeName(), id, request);
    }

    /** A SQL where clause built from search parameters, with its arguments. */
    static final class Criteria {
        final List<String> clauses = new ArrayList<>();
        final List<Object> args = new ArrayList<>();

        void add(String clause, Object... values) {
            clauses.add(clause);
            args.addAll(List.of(values));
        }

        String where() {
            return String.join(" and ", clauses);
        }

        void dates(String element, DateRangeParam range) {
            if (range == null) {
                return;
            }
            if (range.getLowerBound() != null && range.getLowerBound().getValueAsString() != null) {
                add(element + " >= ?", first10(range.getLowerBound().getValueAsString()));
            }
            if (range.getUpperBound() != null && range.getUpperBound().getValueAsString() != null) {
                add(element + " <= ?", first10(range.getUpperBound().getValueAsString()) + "\uffff");
            }
        }

        private static String first10(String value) {
            return value.length() > 10 ? value.substring(0, 10) : value;
        }

        static String coding(TokenParam token) {
            StringBuilder json = new StringBuilder("[{");
            if (token.getSystem() != null && !token.getSystem().isEmpty()) {
                json.append("\"system\":").append(quote(token.getSystem())).append(',');
            }
            json.append("\"code\":").append(quote(token.getValue())).append("}]");
            return json.toString();
        }

        static String quote(String value) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
