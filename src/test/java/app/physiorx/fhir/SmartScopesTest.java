package app.physiorx.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which SMART scopes grant reading which type; a token without SMART scopes is left to its roles. */
@Tag("unit")
class SmartScopesTest {
    @ParameterizedTest(name = "[{0}] reading {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "openid profile email;Observation;true",
        ";Observation;true",
        "user/*.read;Observation;true",
        "user/*.read;ActivityDefinition;true",
        "patient/*.read;Observation;true",
        "patient/*.read;Practitioner;false",
        "patient/*.read;ActivityDefinition;false",
        "patient/Observation.read;Observation;true",
        "patient/Observation.read;CarePlan;false",
        "openid patient/Observation.read patient/CarePlan.read;CarePlan;true",
        "user/Observation.rs;Observation;true",
        "user/Observation.s;Observation;false",
        "patient/*.cruds;Flag;true",
        "user/*.write;Observation;false",
        "system/*.read;Questionnaire;true",
        "user/*.*;Patient;true",
    })
    void aScopeGrantsReadingOnlyWhatItNames(String scopes, String type, boolean granted) {
        assertEquals(granted, SmartScopes.mayRead(scopes, type));
    }
}
