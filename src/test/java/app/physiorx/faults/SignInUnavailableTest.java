package app.physiorx.faults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.TcpRelay;
import app.physiorx.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The app starts while Keycloak cannot be reached (its discovery goes through a relay the test holds
 * down; Keycloak itself is real). Sign-in and API calls then get a plain "try again in a minute" (503),
 * never a server error page, and sign-in works as soon as Keycloak answers again.
 */
@QuarkusTest
@TestProfile(SignInUnavailableTest.KeycloakAwayAtStart.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class SignInUnavailableTest {
    static final TcpRelay RELAY = TcpRelay.toKeycloak(TcpRelay.Mode.DOWN);

    public static class KeycloakAwayAtStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String realm = "http://127.0.0.1:" + RELAY.port() + "/realms/physiorx";
            return Map.of("quarkus.oidc.auth-server-url", realm, "quarkus.oidc.web.auth-server-url", realm);
        }
    }

    @io.quarkus.test.common.http.TestHTTPResource("/login")
    java.net.URL login;

    @Test
    @org.junit.jupiter.api.Order(2)
    void whileKeycloakIsAwayPeopleAndAppsAreAskedToTryAgainAndSignInWorksOnceItIsBack() {
        given().redirects().follow(false).get("/login").then().statusCode(503).header("Retry-After", "60")
                .contentType(containsString("text/html")).body(containsString("Sign-in is unavailable"))
                .body(not(containsString("Exception"))).body(not(containsString("Stack")));
        RELAY.set(TcpRelay.Mode.PASS, null); // the test's own token comes through the relay too (the app sends nothing now)
        String token = Tokens.accessToken("therapist1");
        RELAY.set(TcpRelay.Mode.DOWN, null);
        given().auth().oauth2(token).get("/api/me").then().statusCode(503)
                .contentType(containsString("application/problem+json")).body("detail", containsString("try again in a minute"));

        RELAY.set(TcpRelay.Mode.PASS, null);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().auth().oauth2(token).get("/api/me").then().statusCode(200));
        String location = given().redirects().follow(false).get("/login").then().statusCode(302).extract().header("Location");
        assertTrue(location.contains("/realms/physiorx/protocol/openid-connect/auth"), location);
    }

    @Test
    @org.junit.jupiter.api.Order(1) // while Keycloak has not been reached yet: the other test brings it back
    void theUnavailablePageReadsWellOnAPhoneAndADeskAndPassesAxe() {
        try (app.physiorx.support.Browser browser = new app.physiorx.support.Browser()) {
            for (com.microsoft.playwright.Page page : java.util.List.of(browser.newPhonePage(360), browser.newPage())) {
                assertTrue(page.navigate(login.toString()).status() == 503);
                assertTrue(page.textContent("h1").contains("Sign-in is unavailable"), page.textContent("body"));
                assertTrue(app.physiorx.support.Axe.check(page).isEmpty(), "axe: " + app.physiorx.support.Axe.check(page));
                org.junit.jupiter.api.Assertions.assertEquals(false,
                        page.evaluate("document.documentElement.scrollWidth > window.innerWidth"), "fits the width");
                app.physiorx.support.Browser.snap(page, "sign-in-unavailable-" + page.viewportSize().width);
                page.context().close();
            }
        }
    }

    @Test
    void aRefusalKeycloakDidAnswerIsNoOutage() {
        org.junit.jupiter.api.Assertions.assertFalse(app.physiorx.error.SignInUnavailable.signInServiceDown(
                new io.quarkus.security.AuthenticationFailedException(new io.quarkus.oidc.OIDCException("invalid_grant: User disabled"))));
        assertTrue(app.physiorx.error.SignInUnavailable.signInServiceDown(
                new io.quarkus.security.AuthenticationFailedException(new io.quarkus.oidc.OIDCException("OIDC Server is not available"))));
        assertTrue(app.physiorx.error.SignInUnavailable.signInServiceDown(new RuntimeException(new java.net.ConnectException("refused"))));
    }
}
