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
        ServletRegistrationBean<RestfulServer> registration = new ServletRegistrationBean<>(server, "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
