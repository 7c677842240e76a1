package app.physiorx.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The API takes only access tokens the realm issued for this app, with a subject; real tokens from the dev Keycloak. */
@QuarkusTest
class BearerTokenChecksTest {

    private static Map<String, Object> passwordGrant(String client, String user, String scope) {
        var request = given().formParam("grant_type", "password").formParam("client_id", client)
                .formParam("username", user).formParam("password", user);
        if (scope != null) {
            request = request.formParam("scope", scope);
        }
        return request.post(Tokens.issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static JsonObject claims(String jwt) {
        return new JsonObject(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    @Test
    void theAppsOwnAccessTokenCarriesItsAudienceAndIsAccepted() {
        String token = Tokens.accessToken("patient1");
        assertTrue(String.valueOf(claims(token).getValue("aud")).contains("physiorx-web"));
        given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(200);
    }

    @Test
    void anIdTokenIsNotAnAccessTokenAndAnswers401() {
        String idToken = (String) passwordGrant("physiorx-cli", "patient1", "openid").get("id_token");
        assertEquals("ID", claims(idToken).getString("typ"));
        given().header("Authorization", "Bearer " + idToken).get("/api/me").then().statusCode(401);
        given().header("Authorization", "Bearer " + idToken).get("/api/patients").then().statusCode(401);
    }

    @Test
    void aTokenWithoutASubjectAnswers401NotA500() {
        // the dev realm's admin-cli issues the app's audience but, like Keycloak's built-in client, no subject
        String token = (String) passwordGrant("admin-cli", "patient1", null).get("access_token");
        JsonObject claims = claims(token);
        assertNull(claims.getValue("sub"), "the token this test needs has no subject: " + claims);
        assertTrue(String.valueOf(claims.getValue("aud")).contains("physiorx-web"), "only the subject is missing: " + claims);
        given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(401);
        given().header("Authorization", "Bearer " + token).get("/api/me/program").then().statusCode(401);
        String staff = (String) passwordGrant("admin-cli", "therapist1", null).get("access_token");
        given().header("Authorization", "Bearer " + staff).get("/api/patients").then().statusCode(401);
    }

    @Test
    void aTokenIssuedForAnotherAudienceAnswers401() {
        String token = given().formParam("grant_type", "client_credentials").formParam("client_id", "physiorx-admin")
                .formParam("client_secret", ConfigProvider.getConfig()
                        .getValue("quarkus.keycloak.admin-client.client-secret", String.class))
                .post(Tokens.issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        JsonObject claims = claims(token);
        assertEquals("Bearer", claims.getString("typ"));
        assertFalse(String.valueOf(claims.getValue("aud")).contains("physiorx-web"), claims.toString());
        given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(401);
        given().header("Authorization", "Bearer " + token).get("/api/clinic").then().statusCode(401);
    }

    @Test
    void opaqueTokensAnswer401WithoutAskingKeycloak() {
        for (String opaque : new String[] {"not-a-jwt", "a".repeat(64), "x.y", "abc.def.ghi"}) {
            given().header("Authorization", "Bearer " + opaque).get("/api/me").then().statusCode(401);
        }
        // refused locally: no introspection request an anonymous caller could multiply
        var config = ConfigProvider.getConfig();
        assertEquals(false, config.getValue("quarkus.oidc.token.allow-opaque-token-introspection", Boolean.class));
        assertEquals(false, config.getValue("quarkus.oidc.token.allow-jwt-introspection", Boolean.class));
    }

    @Test
    void aRefusedTokenGetsAProblemDocumentOrAnEmptyBodyNeverAStackTrace() {
        String token = (String) passwordGrant("physiorx-cli", "patient1", "openid").get("id_token");
        String body = given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(401)
                .extract().asString();
        assertFalse(body.contains("Exception"), body);
    }
}
