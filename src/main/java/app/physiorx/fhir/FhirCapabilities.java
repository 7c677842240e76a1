package app.physiorx.fhir;

import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;

/** What /fhir serves, and nothing more: the types it reads, the searches it answers and the one operation. */
final class FhirCapabilities {
    private FhirCapabilities() {
    }

    /** Every type that can be read by id. */
    static final List<String> READABLE = List.of("Patient", "Practitioner", "CarePlan", "ServiceRequest", "ActivityDefinition",
            "PlanDefinition", "Observation", "Questionnaire", "QuestionnaireResponse", "Flag");

    static CapabilityStatement statement(String base) {
        CapabilityStatement c = new CapabilityStatement();
        c.setId("physiorx");
        c.setUrl(base + "/metadata");
        c.setName("PhysioRx");
        c.setTitle("PhysioRx home exercise programs, read-only FHIR R4");
        c.setStatus(Enumerations.PublicationStatus.ACTIVE);
        c.setDate(new Date());
        c.setPublisher("PhysioRx");
        c.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        c.getSoftware().setName("PhysioRx");
        c.getImplementation().setDescription("PhysioRx FHIR endpoint").setUrl(base);
        c.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        c.addFormat("application/fhir+json");
        c.addFormat("json");
        CapabilityStatement.CapabilityStatementRestComponent rest = c.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.setDocumentation("Read-only. Staff read the patients of their caseload, a patient reads their own record.");
        rest.getSecurity().setCors(false).addService(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/restful-security-service", "SMART-on-FHIR", "SMART-on-FHIR")))
                .setDescription("OAuth 2 bearer tokens from the clinic's Keycloak; SMART scopes (patient/*.read, "
                        + "user/*.read, and their v2 forms) are honoured when the token carries them.");
        for (String type : READABLE) {
            CapabilityStatementRestResourceComponent r = rest.addResource().setType(type);
            r.addInteraction().setCode(TypeRestfulInteraction.READ);
            r.setReadHistory(false).setUpdateCreate(false);
            FhirSearch.Searchable s = FhirSearch.TYPES.get(type);
            if (s != null) {
                r.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
                r.addSearchParam().setName("patient").setType(Enumerations.SearchParamType.REFERENCE)
                        .setDefinition(type.equals("QuestionnaireResponse") ? "http://hl7.org/fhir/SearchParameter/QuestionnaireResponse-patient"
                                : "http://hl7.org/fhir/SearchParameter/clinical-patient");
                for (String p : s.parameters()) {
                    switch (p) {
                        case "code" -> r.addSearchParam().setName("code").setType(Enumerations.SearchParamType.TOKEN)
                                .setDefinition("http://hl7.org/fhir/SearchParameter/clinical-code");
                        case "date" -> r.addSearchParam().setName("date").setType(Enumerations.SearchParamType.DATE)
                                .setDefinition("http://hl7.org/fhir/SearchParameter/clinical-date");
                        case "status" -> r.addSearchParam().setName("status").setType(Enumerations.SearchParamType.TOKEN)
                                .setDocumentation("active, inactive or entered-in-error (R4 defines no status search for Flag)");
                        default -> throw new IllegalStateException("no definition for search parameter " + p);
                    }
                }
            }
            if (type.equals("Patient")) {
                r.addOperation().setName("everything").setDefinition("http://hl7.org/fhir/OperationDefinition/Patient-everything");
            }
        }
        return c;
    }
}
