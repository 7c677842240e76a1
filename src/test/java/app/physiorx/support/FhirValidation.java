package app.physiorx.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * HAPI FHIR's instance validator, offline: the R4 core definitions, the StructureDefinitions and the CodeSystem
 * PhysioRx ships in {@code src/main/resources/fhir}, HAPI's own common code systems, and no terminology server, so
 * a code system it cannot check (SNOMED CT, LOINC) is a warning, not an error. Unknown extensions are errors.
 */
public final class FhirValidation {
    /** What PhysioRx ships for validators. */
    public static final List<String> SHIPPED = List.of("StructureDefinition-exercise-dosage", "StructureDefinition-exercise-performed",
            "StructureDefinition-pain-timing", "StructureDefinition-outcome-score", "StructureDefinition-scoring",
            "StructureDefinition-activity", "StructureDefinition-lowLabel", "StructureDefinition-highLabel", "CodeSystem-symptom");

    private static FhirValidation instance;
    private final FhirValidator validator;

    private FhirValidation(FhirContext fhir) {
        PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(fhir);
        for (String name : SHIPPED) {
            String json = read("/fhir/" + name + ".json");
            if (name.startsWith("CodeSystem")) {
                ours.addCodeSystem(fhir.newJsonParser().parseResource(CodeSystem.class, json));
            } else {
                ours.addStructureDefinition(fhir.newJsonParser().parseResource(StructureDefinition.class, json));
            }
        }
        UnknownCodeSystemWarningValidationSupport unknown = new UnknownCodeSystemWarningValidationSupport(fhir);
        unknown.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(fhir), ours,
                new CommonCodeSystemsTerminologyService(fhir), new InMemoryTerminologyServerValidationSupport(fhir),
                new SnapshotGeneratingValidationSupport(fhir), unknown);
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        module.setAnyExtensionsAllowed(false);
        module.setErrorForUnknownProfiles(true);
        validator = fhir.newValidator();
        validator.registerValidatorModule(module);
    }

    /** One validator for the test run (building it loads the R4 core definitions: a few seconds). */
    public static synchronized FhirValidation get() {
        if (instance == null) {
            instance = new FhirValidation(FhirContext.forR4Cached());
        }
        return instance;
    }

    /** The messages at error level or worse, each as "severity location: message". */
    public List<String> errors(IBaseResource resource) {
        return validator.validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(FhirValidation::line).toList();
    }

    /** Every message (warnings and information too), for reports. */
    public List<SingleValidationMessage> messages(IBaseResource resource) {
        return validator.validateWithResult(resource).getMessages();
    }

    public static String line(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }

    private static String read(String path) {
        try (InputStream in = FhirValidation.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("not on the class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
