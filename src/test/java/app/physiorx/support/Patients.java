package app.physiorx.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
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
        String admin = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(keycloak() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        List<Map<String, Object>> users = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .get(keycloak() + "/admin/realms/physiorx/users").then().statusCode(200).extract().jsonPath().getList("$");
        String id = (String) users.getFirst().get("id");
        String password = "Own-" + username + "-pw";
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("type", "password", "value", password, "temporary", false))
                .put(keycloak() + "/admin/realms/physiorx/users/" + id + "/reset-password").then().statusCode(204);
        return Tokens.accessToken(username, password);
    }

    private static String keycloak() {
        return Tokens.issuer().replaceAll("/realms/.*$", "");
    }
}
