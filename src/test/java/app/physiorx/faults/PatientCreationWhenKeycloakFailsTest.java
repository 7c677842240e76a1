package app.physiorx.faults;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.physiorx.support.AlertStreamClient;
import app.physiorx.support.Api;
import app.physiorx.support.KeycloakAdmin;
import app.physiorx.support.Patients;
import app.physiorx.support.TcpRelay;
import app.physiorx.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Creating a patient while the sign-in service fails: the app reaches Keycloak's admin API through a
 * relay the test breaks (Keycloak itself is real and keeps running). A failed try leaves no record and,
 * once it is retried, exactly one account: never a patient without an account, never two accounts.
 */
@QuarkusTest
@TestProfile(PatientCreationWhenKeycloakFailsTest.AdminApiThroughARelay.class)
class PatientCreationWhenKeycloakFailsTest {
    static final TcpRelay RELAY = TcpRelay.toKeycloak(TcpRelay.Mode.PASS);

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    public static class AdminApiThroughARelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.keycloak.admin-client.server-url", "http://127.0.0.1:" + RELAY.port());
        }
    }

    @AfterEach
    void mendTheRelay() {
        RELAY.set(TcpRelay.Mode.PASS, null);
    }

    @Test
    void whileKeycloakIsAwayCreationFailsWithoutARecordAndTheRetryMakesOnePatientWithOneAccount() {
        String lastName = Api.unique("Away").replace(' ', '-');
        String token = Tokens.accessToken("therapist1"); // tokens come from Keycloak directly, not through the relay
        RELAY.set(TcpRelay.Mode.DOWN, null);
        create(token, lastName).then().statusCode(502).contentType(containsString("application/problem+json"))
                .body("detail", containsString("sign-in service"));
        assertEquals(0, patientsNamed(lastName));

        RELAY.set(TcpRelay.Mode.PASS, null);
        create(token, lastName).then().statusCode(201);
        assertEquals(1, patientsNamed(lastName));
        assertEquals(1, KeycloakAdmin.usersWithLastName(lastName).size());
    }

    @Test
    void whenKeycloakCreatesTheAccountButItsAnswerIsLostTheRetryTakesThatAccountOver() {
        String lastName = Api.unique("Lost").replace(' ', '-');
        String token = Tokens.accessToken("therapist1");
        RELAY.set(TcpRelay.Mode.LOSE_ANSWERS, "POST /admin/realms/physiorx/users ");
        create(token, lastName).then().statusCode(502);
        assertEquals(0, patientsNamed(lastName));
        List<Map<String, Object>> orphans = KeycloakAdmin.usersWithLastName(lastName);
        assertEquals(1, orphans.size(), "Keycloak made the account before its answer was lost: " + orphans);

        RELAY.set(TcpRelay.Mode.PASS, null);
        var created = create(token, lastName).then().statusCode(201).extract().jsonPath();
        assertEquals(1, patientsNamed(lastName));
        List<Map<String, Object>> accounts = KeycloakAdmin.usersWithLastName(lastName);
        assertEquals(1, accounts.size(), "no second account: " + accounts);
        assertEquals(orphans.getFirst().get("username"), created.getString("username"));
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = (Map<String, Object>) accounts.getFirst().getOrDefault("attributes", Map.of());
        assertEquals(false, attributes.containsKey("physiorx_pending"), "the mark goes once the record is saved: " + attributes);
        // the patient signs in with the temporary password of the retry
        Patients.activate(created.getString("username"));
    }

    @Test
    void anAlertStreamOpenedWhileKeycloakCannotBeAskedClosesAsUnavailableNotRevokedAndOpensOnceItIsBack() throws Exception {
        RELAY.set(TcpRelay.Mode.DOWN, null);
        IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> AlertStreamClient.open(base.toString(), "therapist1").close());
        org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains("\"reason\":\"unavailable\""),
                refused.getMessage());

        RELAY.set(TcpRelay.Mode.PASS, null);
        try (AlertStreamClient stream = AlertStreamClient.open(base.toString(), "therapist1")) {
            assertEquals(null, stream.closedWith());
        }
    }

    private static io.restassured.response.Response create(String token, String lastName) {
        return io.restassured.RestAssured.given().auth().oauth2(token).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("firstName", "Rita", "lastName", lastName, "dateOfBirth", "1970-03-04",
                        "condition", "Upper back pain after desk work"))
                .post("/api/patients");
    }

    private static int patientsNamed(String lastName) {
        return Api.as("therapist1").queryParam("q", lastName).get("/api/patients").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }
}
