package app.physiorx.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.demo.DemoData;
import app.physiorx.support.Api;
import app.physiorx.support.FhirValidation;
import ca.uhn.fhir.context.FhirContext;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/**
 * Every kind of resource /fhir returns, for the demo patients and a patient with every kind of data, checked by
 * HAPI FHIR's instance validator offline (R4 core plus the StructureDefinitions we ship; SNOMED CT and LOINC cannot be
 * checked without a terminology server, so those are warnings): 0 errors. The validator is shown to catch a broken
 * dosage, so a pass means something.
 */
@QuarkusTest
class FhirValidationTest {
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Inject
    DemoData demo;

    @Test
    void everyResourceTheServerReturnsValidatesWithoutErrors() throws Exception {
        demo.load();
        RichPatient rich = RichPatient.of("therapist1");
        List<Resource> served = new ArrayList<>();
        served.addAll(everything("therapist1", rich.patient().id()));
        for (String demoPatient : List.of("Paul Jensen", "Priya Nair")) {
            long id = Api.as("therapist1").get("/api/patients?q=" + demoPatient.split(" ")[0]).then().statusCode(200).extract()
                    .jsonPath().getLong("items.find { it.fullName == '" + demoPatient + "' }.id");
            served.addAll(everything("therapist1", id));
        }
        // the clinic's definitions the record points at
        Set<String> definitions = new TreeSet<>();
        served.stream().filter(r -> r instanceof ServiceRequest).map(r -> ((ServiceRequest) r).getInstantiatesCanonical().getFirst()
                .getValue()).map(url -> "ActivityDefinition/" + url.substring(url.lastIndexOf('/') + 1)).forEach(definitions::add);
        definitions.add("PlanDefinition/" + rich.templateId());
        for (String ref : definitions) {
            served.add(read("therapist1", "/fhir/" + ref));
        }
        served.add(read("therapist1", "/fhir/metadata"));

        FhirValidation validator = FhirValidation.get();
        TreeMap<String, Integer> byType = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Resource r : served) {
            byType.merge(r.fhirType(), 1, Integer::sum);
            for (var m : validator.messages(r)) {
                report.append(r.fhirType()).append('/').append(r.getIdElement().getIdPart()).append(' ')
                        .append(FhirValidation.line(m)).append('\n');
            }
            validator.errors(r).forEach(e -> errors.add(r.fhirType() + "/" + r.getIdElement().getIdPart() + " " + e));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/fhir-validation.txt"), "resources by type: " + byType + "\n" + report);
        assertEquals(Set.of("ActivityDefinition", "CapabilityStatement", "CarePlan", "Flag", "Observation", "Patient", "PlanDefinition",
                "Practitioner", "Questionnaire", "QuestionnaireResponse", "ServiceRequest"), byType.keySet(), "every type served");
        assertTrue(errors.isEmpty(), errors.size() + " errors in " + served.size() + " resources:\n" + String.join("\n", errors));
    }

    @Test
    void theValidatorCatchesABrokenDosageAndAnExtensionNobodyDefined() {
        RichPatient rich = RichPatient.of("therapist1");
        ServiceRequest request = (ServiceRequest) everything("therapist1", rich.patient().id()).stream()
                .filter(r -> r instanceof ServiceRequest).findFirst().orElseThrow();
        FhirValidation validator = FhirValidation.get();
        assertEquals(List.of(), validator.errors(request));
        Extension dosage = request.getExtensionByUrl(FhirIds.DOSAGE);
        dosage.getExtensionByUrl("sets").setValue(new StringType("three"));
        assertFalse(validator.errors(request).isEmpty(), "sets must be a whole number");
        dosage.getExtensionByUrl("sets").setValue(new IntegerType(3));
        request.addExtension("https://physiorx.org/fhir/StructureDefinition/made-up", new StringType("x"));
        assertFalse(validator.errors(request).isEmpty(), "an extension without a StructureDefinition is refused");
    }

    static List<Resource> everything(String user, long patientId) {
        Bundle bundle = (Bundle) read(user, "/fhir/Patient/" + patientId + "/$everything");
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();
    }

    static Resource read(String user, String path) {
        String json = Api.as(user).accept("application/fhir+json").get(path).then().statusCode(200).extract().asString();
        IBaseResource parsed = FHIR.newJsonParser().parseResource(json);
        return (Resource) parsed;
    }
}
