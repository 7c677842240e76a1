package app.physiorx.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** Keycloak's admin REST API (master realm admin of the dev/test server) for tests that change accounts. */
public final class KeycloakAdmin {
    private KeycloakAdmin() {
    }

    public static void resetPassword(String username, String password) {
        admin().body(Map.of("type", "password", "value", password, "temporary", false))
                .put(users() + "/" + userId(username) + "/reset-password").then().statusCode(204);
    }

    /** Disables (or enables) the account, as a clinic's Keycloak administrator would. */
    public static void setEnabled(String username, boolean enabled) {
        admin().body(Map.of("enabled", enabled)).put(users() + "/" + userId(username)).then().statusCode(204);
    }

    /** Grants or removes one of the realm's roles, as a clinic's Keycloak administrator would. */
    public static void setRealmRole(String username, String role, boolean granted) {
        Map<String, Object> rep = admin().get(server() + "/admin/realms/physiorx/roles/" + role).then().statusCode(200)
                .extract().jsonPath().getMap("");
        var request = admin().body(List.of(rep));
        String mappings = users() + "/" + userId(username) + "/role-mappings/realm";
        (granted ? request.post(mappings) : request.delete(mappings)).then().statusCode(204);
    }

    /** Sets (or with null clears) a client's own access token lifespan in seconds, for tests of expiring tokens. */
    public static void setAccessTokenLifespan(String clientId, Integer seconds) {
        String clients = server() + "/admin/realms/physiorx/clients";
        List<Map<String, Object>> found = admin().queryParam("clientId", clientId).get(clients)
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> client = found.getFirst();
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = new java.util.HashMap<>((Map<String, Object>) client.getOrDefault("attributes", Map.of()));
        attributes.put("access.token.lifespan", seconds == null ? "" : String.valueOf(seconds));
        admin().body(Map.of("clientId", clientId, "attributes", attributes))
                .put(clients + "/" + client.get("id")).then().statusCode(204);
    }

    /** The realm's settings (session and token lifetimes). */
    public static Map<String, Object> realm() {
        return admin().get(server() + "/admin/realms/physiorx").then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** The realm's accounts with exactly this last name (id, username, attributes, ...). */
    public static List<Map<String, Object>> usersWithLastName(String lastName) {
        return admin().queryParam("lastName", lastName).queryParam("exact", true).get(users()).then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    private static String userId(String username) {
        List<Map<String, Object>> found = admin().queryParam("username", username).queryParam("exact", true)
                .get(users()).then().statusCode(200).extract().jsonPath().getList("$");
        return (String) found.getFirst().get("id");
    }

    private static RequestSpecification admin() {
        String token = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(server() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String users() {
        return server() + "/admin/realms/physiorx/users";
    }

    private static String server() {
        return Tokens.issuer().replaceAll("/realms/.*$", "");
    }
}
