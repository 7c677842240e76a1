package app.physiorx.security;

import static io.restassured.RestAssured.given;

import app.physiorx.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** Keycloak's admin REST API on any realm of the test server (master admin), for the sign-in tests. */
final class RealmAdmin {
    private final String realm;

    RealmAdmin(String realm) {
        this.realm = realm;
    }

    static String server() {
        return Tokens.issuer().replaceAll("/realms/.*$", "");
    }

    String base() {
        return server() + "/admin/realms/" + realm;
    }

    static RequestSpecification admin() {
        String token = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(server() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Creates a user with a permanent password and the given realm roles; answers the user's id. */
    String createUser(String username, String password, Map<String, List<String>> attributes, String... roles) {
        Map<String, Object> user = Map.of("username", username, "enabled", true, "emailVerified", true,
                "firstName", "Sam", "lastName", "Okoye", "email", username + "@riverside.example",
                "attributes", attributes,
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        String location = admin().body(user).post(base() + "/users").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        if (roles.length > 0) {
            List<Map<String, Object>> reps = new java.util.ArrayList<>();
            for (String role : roles) {
                reps.add(admin().get(base() + "/roles/" + role).then().statusCode(200).extract().jsonPath().getMap(""));
            }
            admin().body(reps).post(base() + "/users/" + id + "/role-mappings/realm").then().statusCode(204);
        }
        return id;
    }

    Map<String, Object> user(String id) {
        return admin().get(base() + "/users/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    String groupId(String path) {
        return admin().get(base() + "/group-by-path" + path).then().statusCode(200).extract().path("id");
    }

    void deleteUser(String id) {
        admin().delete(base() + "/users/" + id).then().statusCode(204);
    }

    /** Asks the user to complete a required action (e.g. CONFIGURE_TOTP) at the next sign-in. */
    void requireAction(String id, String action) {
        Map<String, Object> user = new java.util.HashMap<>(admin().get(base() + "/users/" + id).then().statusCode(200)
                .extract().jsonPath().getMap(""));
        user.put("requiredActions", List.of(action));
        admin().body(user).put(base() + "/users/" + id).then().statusCode(204);
    }

    Response resetPassword(String id, String password) {
        return admin().body(Map.of("type", "password", "value", password, "temporary", false))
                .put(base() + "/users/" + id + "/reset-password");
    }

    /** The types of the user's stored credentials (password, otp). */
    List<String> credentialTypes(String id) {
        return admin().get(base() + "/users/" + id + "/credentials").then().statusCode(200)
                .extract().jsonPath().getList("type");
    }

    Map<String, Object> bruteForceStatus(String id) {
        return admin().get(base() + "/attack-detection/brute-force/users/" + id)
                .then().statusCode(200).extract().jsonPath().getMap("");
    }
}
