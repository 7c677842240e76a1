package app.physiorx.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Browser;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.KeycloakAdmin;
import app.physiorx.support.LoggingPatient;
import app.physiorx.support.Patients;
import app.physiorx.support.Tokens;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Portal and patient sessions against the real Keycloak: sign-out, disabled accounts, browser caching, lifetimes. */
@QuarkusTest
class SessionSecurityTest extends BrowserTest {

    private Page signedInAsNewPatient(LoggingPatient patient) {
        Page page = browser.newPhonePage();
        page.navigate(url("/me"));
        Browser.keycloakLogin(page, patient.username(), Patients.password(patient.username()));
        page.waitForURL(url("/me"));
        return page;
    }

    @Test
    void backButtonAfterSignOutShowsNoPatientData() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Page page = signedInAsNewPatient(patient);
        String surname = patient.username().replaceFirst("^[^.]*\\.", "");
        assertTrue(page.textContent("main").contains("Lena"), page.textContent("main"));
        page.navigate(url("/me/sessions"));
        page.click("text=Sign out");
        page.waitForURL(Pattern.compile(Pattern.quote(url("/")) + "(\\?.*)?$"));

        page.goBack();
        page.waitForLoadState();
        // The history page is fetched again (no-store) and the request is sent to Keycloak's login form.
        page.waitForSelector("#username");
        assertFalse(page.content().contains("Lena"), "nothing of the patient after sign-out: " + surname);
    }

    @Test
    void patientDisabledInKeycloakIsLockedOutOnTheNextPageRequest() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Page page = signedInAsNewPatient(patient);
        assertTrue(page.textContent("main").contains("Lena"));
        try {
            KeycloakAdmin.setEnabled(patient.username(), false);
            Response next = page.navigate(url("/me/sessions"));
            page.waitForLoadState();
            assertFalse(page.url().startsWith(url("/me")), "left the patient pages: " + page.url());
            assertFalse(page.content().contains("Lena"), "no patient data for a disabled account");
            assertTrue(next.url().contains("/realms/physiorx/"), "sent to Keycloak: " + next.url());
        } finally {
            KeycloakAdmin.setEnabled(patient.username(), true);
        }
    }

    @Test
    void pagesAndApiAnswersWithPatientDataAreNeverStoredByTheBrowser() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Page page = signedInAsNewPatient(patient);
        Response me = page.navigate(url("/me"));
        assertEquals("no-store", me.headerValue("cache-control"));
        Response portal = signedIn("therapist1", "/portal").navigate(url("/portal/patients/" + patient.id()));
        assertEquals(200, portal.status());
        assertEquals("no-store", portal.headerValue("cache-control"));
        given().auth().oauth2(Tokens.accessToken("therapist1")).get("/api/patients/" + patient.id())
                .then().statusCode(200).header("Cache-Control", "no-store");
        // Public pages and static files stay cacheable.
        given().get("/").then().statusCode(200).header("Cache-Control", org.hamcrest.Matchers.not("no-store"));
    }

    /** The clinic admin's view of one user's events of one action, waited for (security events are written asynchronously). */
    private static java.util.List<Map<String, Object>> auditEvents(String user, String action) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            java.util.List<Map<String, Object>> events = given().auth().oauth2(Tokens.accessToken("clinicadmin1"))
                    .queryParam("user", user).queryParam("action", action).get("/api/audit")
                    .then().statusCode(200).extract().jsonPath().getList("events");
            if (!events.isEmpty() || attempt == 50) {
                return events;
            }
            Thread.sleep(100);
        }
    }

    @Test
    void signInSignOutAndRefusedRequestsAreInTheAuditTrail() throws Exception {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Page page = signedInAsNewPatient(patient);
        page.navigate(url("/me/sessions"));
        page.navigate(url("/me"));
        page.click("text=Sign out");
        page.waitForURL(Pattern.compile(Pattern.quote(url("/")) + "(\\?.*)?$"));
        String subject = new io.vertx.core.json.JsonObject(new String(java.util.Base64.getUrlDecoder()
                .decode(patient.token().split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8)).getString("sub");
        java.util.List<Map<String, Object>> signIns = auditEvents(subject, "sign-in");
        assertEquals(1, signIns.size(), "one sign-in, however many pages renewed the tokens: " + signIns);
        Map<String, Object> signIn = signIns.getFirst();
        assertEquals("patient", signIn.get("actorRole"));
        assertEquals("ALLOWED", signIn.get("outcome"));
        assertTrue(String.valueOf(signIn.get("actorName")).startsWith("Lena"), String.valueOf(signIn));
        Map<String, Object> signOut = auditEvents(subject, "sign-out").getFirst();
        assertEquals("POST /logout", signOut.get("request"));
        assertEquals("patient", signOut.get("actorRole"));

        // a therapist asking for the audit trail: refused and recorded
        given().auth().oauth2(Tokens.accessToken("therapist3")).get("/api/audit").then().statusCode(403);
        Map<String, Object> refused = auditEvents("Omar Haddad", "authorization.failed").getFirst();
        assertEquals("DENIED", refused.get("outcome"));
        assertEquals("GET /api/audit", refused.get("request"));
    }

    @Test
    void thePortalSessionCookieLastsFifteenIdleMinutes() {
        Page page = signedIn("therapist1", "/portal");
        double now = System.currentTimeMillis() / 1000.0;
        var session = page.context().cookies().stream().filter(c -> c.name.startsWith("q_session")).toList();
        assertFalse(session.isEmpty(), "a session cookie");
        for (var cookie : session) {
            double minutes = (cookie.expires - now) / 60;
            assertTrue(minutes > 14 && minutes <= 15.1, cookie.name + " lives " + minutes + " minutes");
            assertTrue(cookie.httpOnly, cookie.name + " is HttpOnly");
        }
    }

    @Test
    void keycloakEndsPortalSessionsAfterFifteenMinutesIdleAndTenHoursAtMost() {
        Map<String, Object> realm = KeycloakAdmin.realm();
        assertEquals(900, realm.get("ssoSessionIdleTimeout"));
        assertEquals(36000, realm.get("ssoSessionMaxLifespan"));
        assertEquals(900, realm.get("clientSessionIdleTimeout"));
        assertEquals(36000, realm.get("clientSessionMaxLifespan"));
        // Access tokens (API clients, and the portal's check with Keycloak) live five minutes.
        assertEquals(300, realm.get("accessTokenLifespan"));
    }
}
