package org.openics.record.internal;

import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.List;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** HAPI FHIR's RestfulServer at /fhir, over the record's store, with access decided and audited per person. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class FhirServerConfiguration {

    @Bean
    ServletRegistrationBean<RestfulServer> fhirServlet(FhirResources fhir, FhirGateway gateway) {
        RestfulServer server = new RestfulServer(fhir.context) {
            @Override
            public void addHeadersToResponse(jakarta.servlet.http.HttpServletResponse response) {
                // no X-Powered-By: the server's product and version are nobody's business
            }
        };
        server.setServerName("OpenICS shared care record");
        server.setServerVersion(CapabilityPage.version());
        server.setDefaultPrettyPrint(false);
        server.registerProvider(new PatientProvider(gateway));
        for (Class<? extends org.hl7.fhir.r4.model.Resource> type : List.of(
                Condition.class,
                Observation.class,
                Encounter.class,
                MedicationRequest.class,
                ServiceRequest.class,
                Procedure.class,
                AllergyIntolerance.class,
                Immunization.class,
                Organization.class,
                Practitioner.class,
                Location.class)) {
            server.registerProvider(new ClinicalResourceProvider<>(type, gateway));
        }
        server.registerProvider(new TransactionProvider(gateway));
        server.registerInterceptor(new UnknownTotals());
        server.registerInterceptor(new ClientErrors());
        server.registerInterceptor(new CapabilityPage(fhir.context));
        ServletRegistrationBean<RestfulServer> registration = new ServletRegistrationBean<>(server, "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }

    /**
     * What HAPI would answer 500 to, or with a parser's own message: a body that cannot be read (malformed, nested past
     * the JSON parser's depth limit) is the client's error, 400 with a plain reason; a refusal by role is 403 with its
     * reason; anything else unexpected is 500 without internals (HAPI logs it).
     */
    static final class ClientErrors {
        @ca.uhn.fhir.interceptor.api.Hook(ca.uhn.fhir.interceptor.api.Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
        public ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException outgoing(Throwable thrown) {
            if (causedBy(thrown, org.openics.kernel.NotAuthorised.class) != null) {
                return new ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException(
                        causedBy(thrown, org.openics.kernel.NotAuthorised.class).getMessage());
            }
            String message = String.valueOf(thrown.getMessage());
            boolean unreadable = causedBy(thrown, com.fasterxml.jackson.core.JacksonException.class) != null
                    || message.contains("StreamReadConstraints")
                    || message.contains("Failed to parse JSON");
            if (!unreadable
                    && thrown instanceof ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException known
                    && known.getStatusCode() < 500) {
                return known; // HAPI's and our own 4xx, with their reasons
            }
            if (unreadable || causedBy(thrown, ca.uhn.fhir.parser.DataFormatException.class) != null) {
                return new ca.uhn.fhir.rest.server.exceptions.InvalidRequestException(
                        "the request body is not FHIR R4 JSON that can be"
                                + " read: malformed, or nested deeper than the parser allows");
            }
            org.slf4j.LoggerFactory.getLogger(ClientErrors.class).error("FHIR request failed", thrown);
            return new ca.uhn.fhir.rest.server.exceptions.InternalErrorException(
                    "internal error (logged on the server)");
        }

        private static <T extends Throwable> T causedBy(Throwable thrown, Class<T> kind) {
            for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (kind.isInstance(t)) {
                    return kind.cast(t);
                }
            }
            return null;
        }
    }

    /**
     * A search method that returns its own Bundle gets {@code _count} as its total from HAPI when it set none; a page
     * whose total is not known cheaply ({@link FhirGateway#TOTAL_UNKNOWN}) leaves it out instead, as FHIR allows.
     */
    static final class UnknownTotals {
        @ca.uhn.fhir.interceptor.api.Hook(ca.uhn.fhir.interceptor.api.Pointcut.SERVER_OUTGOING_RESPONSE)
        public void outgoing(ca.uhn.fhir.rest.api.server.ResponseDetails response) {
            if (response.getResponseResource() instanceof org.hl7.fhir.r4.model.Bundle bundle
                    && Boolean.TRUE.equals(bundle.getUserData(FhirGateway.TOTAL_UNKNOWN))) {
                bundle.setTotalElement(null);
            }
        }
    }
}
