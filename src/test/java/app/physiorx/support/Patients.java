package app.physiorx.support;

import io.restassured.path.json.JsonPath;
import java.util.Map;

/** Creates patients through the API (real Keycloak accounts) and signs them in for tests. */
public final class Patients {
    private Patients() {
    }

    public record Created(long id, String username, String temporaryPassword) {
    }

    public static Created create(String therapist, String firstName, String lastName) {
        JsonPath json = Api.as(therapist)
                .body(Map.of("firstName", firstName, "lastName", lastName, "condition", "Upper back pain after desk work"))
                .post("/api/patients").then().statusCode(201).extract().jsonPath();
        return new Created(json.getLong("patient.id"), json.getString("username"), json.getString("temporaryPassword"));
    }

    /** Sets a permanent password through Keycloak's admin API (as the patient would after the forced change). */
    public static String activate(String username) {
        KeycloakAdmin.resetPassword(username, password(username));
        return Tokens.accessToken(username, password(username));
    }

    /** The permanent password {@link #activate} sets. */
    public static String password(String username) {
        return "Own-" + username + "-pw";
    }
}
