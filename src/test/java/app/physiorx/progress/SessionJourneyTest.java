package app.physiorx.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Browser;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.LoggingPatient;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A patient logs a session with pain 8 and tingling and sees what to do; the therapist's open
 * dashboard shows the alert without a reload, and the therapist acknowledges it.
 */
@QuarkusTest
class SessionJourneyTest extends BrowserTest {

    @Test
    void aRedFlagSessionReachesTheOpenDashboardAtOnceAndTheTherapistAcknowledgesIt() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        String patientName = app.physiorx.support.Api.as("therapist1").get("/api/patients/" + patient.id()).then().statusCode(200)
                .extract().path("fullName");
        io.restassured.path.json.JsonPath clinic = app.physiorx.support.Api.as("clinicadmin1").get("/api/clinic").then()
                .statusCode(200).extract().jsonPath();
        String clinicPhone = "+44 20 7946 0321";
        app.physiorx.support.Api.as("clinicadmin1").body(java.util.Map.of("name", clinic.getString("name"), "phone", clinicPhone,
                "paperSize", clinic.getString("paperSize"))).put("/api/clinic").then().statusCode(200);

        Page dashboard = signedIn("therapist1", "/portal");
        dashboard.waitForSelector("html[data-alerts-live=on]");
        dashboard.evaluate("window.__sameDocument = true");

        Page phone = browser.newPage();
        phone.setViewportSize(390, 844);
        phone.navigate(url("/me"));
        Browser.keycloakLogin(phone, patient.username(), "Own-" + patient.username() + "-pw");
        phone.waitForURL(url("/me"));
        phone.click("text=Log today's session");
        phone.waitForSelector("h1:has-text('Log a session')");

        // First try: pain before left out and an impossible rep count; both are named, the rest is kept.
        String reps = "ex." + patient.exerciseId(0) + ".reps";
        phone.click("#log-" + patient.exerciseId(0) + " summary"); // the exercise's card opens for what was done
        phone.fill("[name='" + reps + "']", "99");
        phone.check("input[name=painAfter][value='6']");
        phone.fill("#f-comment", "Arm felt odd after the wall exercise.");
        phone.click("button:has-text('Save this session')");
        phone.waitForSelector("#e-painBefore");
        assertTrue(phone.textContent("#e-painBefore").contains("0 to 10"));
        assertEquals("Arm felt odd after the wall exercise.", phone.inputValue("#f-comment"));
        assertEquals("99", phone.inputValue("[name='" + reps + "']"));
        assertTrue(phone.isChecked("input[name=painAfter][value='6']"));

        phone.check("input[name=painBefore][value='8']");
        phone.click("button:has-text('Save this session')");
        phone.waitForSelector("[id='e-" + reps + "']");
        assertTrue(phone.textContent("[id='e-" + reps + "']").contains("far above the target"));
        assertTrue(phone.isChecked("input[name=painBefore][value='8']"));

        phone.fill("[name='" + reps + "']", "10");
        phone.check("input[name=symptoms][value=TINGLING]");
        Browser.snap(phone, "session-form-phone");
        phone.click("button:has-text('Save this session')");
        phone.waitForSelector("#guidance");
        assertTrue(phone.textContent("#guidance").contains("Stop the program and contact your clinic"));
        assertTrue(phone.textContent("#guidance").contains("bladder or bowel"));
        assertEquals("tel:+442079460321", phone.getAttribute("#guidance a.tel", "href"), "the guidance offers a call button");
        assertTrue(phone.textContent("#guidance").contains("Call your clinic today on " + clinicPhone));
        Browser.snap(phone, "session-guidance-phone");

        // Back on /me and on the session form, the red flag stays in front of the patient, with the clinic's phone.
        for (String page : new String[] {"/me", "/me/sessions/new"}) {
            phone.navigate(url(page));
            String notice = phone.textContent("#red-flag-notice");
            assertTrue(notice.contains("Please pause your exercises and call your clinic"), page + ": " + notice);
            assertTrue(notice.contains("you reported tingling"), page + ": " + notice);
            assertEquals("tel:+442079460321", phone.getAttribute("#red-flag-notice a.tel", "href"), page);
            assertTrue(notice.contains(clinicPhone), page + ": " + notice);
        }
        Browser.snap(phone, "red-flag-notice-phone");

        // The therapist's dashboard, still the same document, lists the alert.
        dashboard.waitForSelector("#alerts-panel li:has-text('" + patientName + "')",
                new Page.WaitForSelectorOptions().setTimeout(5000));
        assertEquals(true, dashboard.evaluate("window.__sameDocument === true"), "the alert arrived without a reload");
        assertTrue(dashboard.textContent("#nav-alerts .badge").strip().matches("\\d+"));
        Browser.snap(dashboard, "dashboard-live-alert");

        dashboard.click("#alerts-panel li:has-text('" + patientName + "') >> text=Red-flag symptom");
        dashboard.waitForSelector("h1:has-text('Red-flag symptom')");
        assertTrue(dashboard.textContent("main").contains("tingling"));
        dashboard.fill("#ack-note", "Phoned the patient; nerve check booked for tomorrow.");
        dashboard.click("button:has-text('Acknowledge')");
        dashboard.waitForSelector("#alert-status:has-text('Acknowledged')");
        assertTrue(dashboard.textContent(".history").contains("Acknowledged by Tessa Morgan"));
        assertTrue(dashboard.textContent("#alert-confirmation").contains("their therapist has been told"),
                "acknowledging confirms what happened");
        Browser.snap(dashboard, "alert-acknowledged");

        // Once acknowledged, the notice says the therapist knows (still with the phone) until the alert is resolved.
        for (String page : new String[] {"/me", "/me/sessions/new"}) {
            phone.navigate(url(page));
            String notice = phone.textContent("#red-flag-notice");
            assertTrue(notice.contains("Your therapist has been told"), page + ": " + notice);
            assertTrue(!notice.contains("has not seen it yet"), page + ": " + notice);
            assertEquals("tel:+442079460321", phone.getAttribute("#red-flag-notice a.tel", "href"), page);
        }

        dashboard.click("button:has-text('Resolve')");
        dashboard.waitForSelector("#alert-confirmation:has-text('Resolved')");
        phone.navigate(url("/me"));
        assertEquals(0, phone.locator("#red-flag-notice").count(), "a resolved alert leaves the patient's page");

        phone.navigate(url("/me/sessions"));
        String adherence = phone.textContent(".adherence");
        assertTrue(adherence.matches("(?s).*\\d+ days? this week; 1 of \\d+ done.*"), adherence);
        assertTrue(phone.textContent("main").contains("A day counts as done when you log at least one session on it"));
        assertEquals(1, phone.locator("svg.pain-chart polyline.after").count());
        Browser.snap(phone, "session-history-phone");
    }

    @Test
    void alertAndSessionPagesAnswerNotFoundOutsideTheCareTeamAndAskAnonymousUsersToSignIn() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        long sessionId = patient.log(patient.session(9, 9)).getLong("session.id");
        long alertId = app.physiorx.support.Api.as("therapist1").get("/api/alerts?patientId=" + patient.id()).then().statusCode(200)
                .extract().jsonPath().getLong("alerts[0].id");

        Page owner = signedIn("therapist1", "/portal/alerts/" + alertId);
        assertTrue(owner.textContent("h1").contains("Pain at or above the threshold"));
        assertEquals(200, owner.navigate(url("/portal/patients/" + patient.id())).status());
        assertTrue(owner.textContent("main").contains("9 → 9"), "the patient page lists the session");
        for (String outsider : new String[] {"therapist3", "therapist2", "clinicadmin2"}) {
            Page page = signedIn(outsider, "/portal");
            assertEquals(404, page.navigate(url("/portal/alerts/" + alertId)).status(), outsider);
            assertTrue(!page.textContent("body").contains("9/10"), outsider + " saw the alert");
            page.context().close();
        }

        LoggingPatient other = LoggingPatient.of("therapist1");
        Page phone = browser.newPage();
        phone.navigate(url("/me"));
        Browser.keycloakLogin(phone, other.username(), "Own-" + other.username() + "-pw");
        phone.waitForURL(url("/me"));
        assertEquals(404, phone.navigate(url("/me/sessions/" + sessionId)).status());

        Page anonymous = browser.newPage();
        anonymous.navigate(url("/portal/alerts/" + alertId));
        assertTrue(anonymous.url().contains("/realms/physiorx/"), "anonymous users are sent to sign in");
    }
}
