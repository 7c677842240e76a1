package app.physiorx.support;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real access tokens from the running Keycloak (realm physiorx), fetched with the
 * dev/test-only public client physiorx-cli. The demo cast's password equals the username.
 */
public final class Tokens {
    private record Cached(String token, Instant expires) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String issuer() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    public static String accessToken(String username) {
        return accessToken(username, username);
    }

    public static String accessToken(String username, String password) {
        Cached cached = CACHE.get(username + ":" + password);
        if (cached != null && cached.expires().isAfter(Instant.now().plusSeconds(30))) {
            return cached.token();
        }
        Map<String, Object> response = given()
                .formParam("grant_type", "password")
                .formParam("client_id", "physiorx-cli")
                .formParam("username", username)
                .formParam("password", password)
                .post(issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().jsonPath().getMap("");
        String token = (String) response.get("access_token");
        int lifetime = ((Number) response.get("expires_in")).intValue();
        CACHE.put(username + ":" + password, new Cached(token, Instant.now().plusSeconds(lifetime)));
        return token;
    }

    public static String bearer(String username) {
        return "Bearer " + accessToken(username);
    }
}
