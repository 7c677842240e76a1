package app.physiorx.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.LoggingPatient;
import app.physiorx.support.Patients;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Text people type (a patient's session comment, a therapist's alert note, a browser's user agent
 * in the audit trail) may hold HTML or script; every page shows it as the characters typed.
 */
@QuarkusTest
class StoredMarkupTest extends BrowserTest {
    private static final String SCRIPT = "<script>window.__xss=1</script>";
    private static final String IMAGE = "<img src=x onerror=\"window.__xss=2\">";
    private static final String MARKUP = SCRIPT + IMAGE + "<b class=\"injected\">bold</b> \" onmouseover=\"window.__xss=3";

    private static void assertShownAsText(Page page, String where) {
        assertEquals(true, page.evaluate("() => window.__xss === undefined"), "script ran on " + where);
        assertEquals(0, page.locator("b.injected").count(), "markup became an element on " + where);
        assertEquals(0, page.locator("main script").count(), "script element on " + where);
        assertTrue(page.textContent("main").contains(SCRIPT), "the typed text is visible on " + where);
    }

    @Test
    void markupInASessionCommentAndAlertNoteShowsAsTextOnEveryPage() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Map<String, Object> session = patient.session(2, 8);
        session.put("comment", MARKUP);
        patient.log(session);
        long alert = Api.as("therapist1").get("/api/alerts?patientId=" + patient.id()).then().statusCode(200)
                .extract().jsonPath().getLong("alerts[0].id");
        Api.as("therapist1").body(Map.of("note", MARKUP)).post("/api/alerts/" + alert + "/acknowledge").then().statusCode(200);
        long sessionId = patient.api().get("/api/me/sessions").then().statusCode(200).extract().jsonPath()
                .getLong("sessions[0].id");

        Page therapist = signedIn("therapist1", "/portal/alerts/" + alert);
        assertShownAsText(therapist, "the alert page");
        for (String path : List.of("/portal/patients/" + patient.id())) {
            therapist.navigate(url(path));
            assertShownAsText(therapist, path);
        }

        Page phone = browser.newPhonePage();
        phone.navigate(url("/me/sessions/" + sessionId));
        app.physiorx.support.Browser.keycloakLogin(phone, patient.username(), Patients.password(patient.username()));
        phone.waitForURL(url("/me/sessions/" + sessionId));
        assertShownAsText(phone, "the patient's session page");
    }

    @Test
    void markupInAUserAgentShowsAsTextOnTheAuditPage() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        given().header("Authorization", "Bearer " + patient.token()).header("User-Agent", MARKUP)
                .get("/api/me/sessions").then().statusCode(200);
        Page admin = signedIn("clinicadmin1", "/portal/audit?patientId=" + patient.id());
        assertShownAsText(admin, "the audit page");
        admin.navigate(url("/portal/audit/patients/" + patient.id()));
        assertEquals(true, admin.evaluate("() => window.__xss === undefined"));
        assertEquals(0, admin.locator("b.injected").count());
    }
}
