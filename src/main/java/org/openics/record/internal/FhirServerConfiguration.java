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
        RestfulServer server = new RestfulServer(fhir.context);
        server.setServerName("OpenICS shared care record");
        server.setDefaultPrettyPrint(false);
        server.registerProvider(new PatientProvider(gateway));
        for (Class<? extends org.hl7.fhir.r4.model.Resource> type : List.of(Condition.class, Observation.class, Encounter.class,
                MedicationRequest.class, ServiceRequest.class, Procedure.class, AllergyIntolerance.class, Immunization.class,
                Organization.class, Practitioner.class, Location.class)) {
            server.registerProvider(new ClinicalResourceProvider<>(type, gateway));
        }
        server.registerProvider(new TransactionProvider(gateway));
        server.registerInterceptor(new UnknownTotals());
        ServletRegistrationBean<RestfulServer> registration = new ServletRegistrationBean<>(server, "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
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
