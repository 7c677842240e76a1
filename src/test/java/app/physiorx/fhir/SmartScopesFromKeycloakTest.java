package app.physiorx.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.KeycloakAdmin;
import app.physiorx.support.LoggingPatient;
import app.physiorx.support.Patients;
import app.physiorx.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SMART scopes as the real Keycloak issues them: the realm gets the scopes as optional client scopes, a token
 * request names them, and /fhir serves only what they grant. A token without SMART scopes keeps its roles' reach.
 */
@QuarkusTest
class SmartScopesFromKeycloakTest {
    private static final List<String> SCOPES = List.of("patient/*.read", "patient/Patient.read", "patient/Observation.read",
            "user/*.read");

    @BeforeAll
    static void realmOffersTheScopes() {
        SCOPES.forEach(s -> KeycloakAdmin.addOptionalScope("physiorx-cli", s));
    }

    private static String token(String username, String password, String scope) {
        return given().formParam("grant_type", "password").formParam("client_id", "physiorx-cli")
                .formParam("username", username).formParam("password", password).formParam("scope", scope)
                .post(Tokens.issuer() + "/protocol/openid-connect/token").then().statusCode(200)
                .body("scope", org.hamcrest.Matchers.containsString(scope.split(" ")[0])).extract().path("access_token");
    }

    private static Set<String> typesIn(String token, long patient) {
        List<String> types = given().auth().oauth2(token).get("/fhir/Patient/" + patient + "/$everything").then()
                .statusCode(200).extract().jsonPath().getList("entry.resource.resourceType");
        return Set.copyOf(types);
    }

    @Test
    void aPatientTokenWithSomeTypesReadsOnlyThoseTypes() {
        LoggingPatient p = LoggingPatient.of("therapist1");
        p.log(p.session(3, 2));
        String password = Patients.password(p.username());
        String narrow = token(p.username(), password, "patient/Patient.read patient/Observation.read");
        assertEquals(Set.of("Patient", "Observation"), typesIn(narrow, p.id()));
        given().auth().oauth2(narrow).get("/fhir/CarePlan?patient=" + p.id()).then().statusCode(403)
                .body("resourceType", equalTo("OperationOutcome"));
        given().auth().oauth2(narrow).get("/fhir/Observation?patient=" + p.id()).then().statusCode(200)
                .body("total", equalTo(5));
        // an Observation-only token may not ask for the whole record by way of the Patient
        String observations = token(p.username(), password, "patient/Observation.read");
        given().auth().oauth2(observations).get("/fhir/Patient/" + p.id() + "/$everything").then().statusCode(403);

        Set<String> wide = typesIn(token(p.username(), password, "patient/*.read"), p.id());
        assertTrue(wide.containsAll(Set.of("Patient", "CarePlan", "ServiceRequest", "Observation")), wide.toString());
        // the scope widens nothing: another patient's record still answers 404
        LoggingPatient other = LoggingPatient.of("therapist1");
        given().auth().oauth2(token(p.username(), password, "patient/*.read"))
                .get("/fhir/Patient/" + other.id() + "/$everything").then().statusCode(404);
    }

    @Test
    void aStaffTokenWithUserScopeReadsTheCaseloadAndAPatientScopeNotTheDefinitions() {
        LoggingPatient p = LoggingPatient.of("therapist1");
        String user = token("therapist1", "therapist1", "user/*.read");
        assertTrue(typesIn(user, p.id()).containsAll(Set.of("Patient", "Practitioner", "CarePlan")));
        given().auth().oauth2(user).get("/fhir/Patient/" + LoggingPatient.of("therapist3").id() + "/$everything").then()
                .statusCode(404);
        String patientScope = token("therapist1", "therapist1", "patient/*.read");
        given().auth().oauth2(patientScope).get("/fhir/ActivityDefinition/" + p.exerciseId(0)).then().statusCode(403);
        given().auth().oauth2(user).get("/fhir/ActivityDefinition/" + p.exerciseId(0)).then().statusCode(200);
        // a token that names no SMART scope: the roles alone decide (the portal's own tokens)
        given().auth().oauth2(Tokens.accessToken("therapist1")).get("/fhir/ActivityDefinition/" + p.exerciseId(0)).then()
                .statusCode(200);
    }
}
