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

    /**
     * Makes {@code scope} an optional client scope of the client (created if the realm lacks it, written into the
     * token's scope claim), so that a token request naming it gets it. Idempotent.
     */
    public static void addOptionalScope(String clientId, String scope) {
        String scopes = server() + "/admin/realms/physiorx/client-scopes";
        int created = admin().body(Map.of("name", scope, "protocol", "openid-connect",
                "attributes", Map.of("include.in.token.scope", "true", "display.on.consent.screen", "false")))
                .post(scopes).then().extract().statusCode();
        if (created != 201 && created != 409) {
            throw new IllegalStateException("Keycloak answered " + created + " creating the client scope " + scope);
        }
        List<Map<String, Object>> all = admin().get(scopes).then().statusCode(200).extract().jsonPath().getList("$");
        Object scopeId = all.stream().filter(s -> scope.equals(s.get("name"))).findFirst().orElseThrow().get("id");
        String clients = server() + "/admin/realms/physiorx/clients";
        List<Map<String, Object>> found = admin().queryParam("clientId", clientId).get(clients)
                .then().statusCode(200).extract().jsonPath().getList("$");
        admin().put(clients + "/" + found.getFirst().get("id") + "/optional-client-scopes/" + scopeId).then().statusCode(204);
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
