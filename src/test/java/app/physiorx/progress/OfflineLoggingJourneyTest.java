package app.physiorx.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import app.physiorx.support.Axe;
import app.physiorx.support.Browser;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.LoggingPatient;
import app.physiorx.support.Patients;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Logging without a signal (issue 20): the patient pages open offline from the service worker's cache once seen
 * online, sessions logged offline wait on the phone (IndexedDB) and are sent when the signal comes back, a red flag
 * shows its urgent guidance on the phone at once, and signing out leaves nothing of the patient on the phone.
 */
@QuarkusTest
class OfflineLoggingJourneyTest extends BrowserTest {
    private static final String WAITING = "#offline-queue section";

    @Test
    void sessionsLoggedOfflineWaitOnThePhoneShowRedFlagGuidanceAtOnceAndAreStoredOnceWhenOnlineAgain() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        JsonPath clinic = Api.as("clinicadmin1").get("/api/clinic").then().statusCode(200).extract().jsonPath();
        String clinicPhone = "+44 20 7946 0321"; // the phone SessionJourneyTest gives the clinic too
        Api.as("clinicadmin1").body(java.util.Map.of("name", clinic.getString("name"), "phone", clinicPhone,
                "paperSize", clinic.getString("paperSize"))).put("/api/clinic").then().statusCode(200);
        Page phone = patientOnPhone(patient, 390);
        BrowserContext context = phone.context();
        controlledAndCached(phone, "/me");
        assertEquals(200, phone.evaluate("fetch('/static/manifest.json').then(r => r.status)"), "the manifest is served");

        phone.click("text=Log today's session");
        phone.waitForSelector("h1:has-text('Log a session')");
        controlledAndCached(phone, "/me/sessions/new");
        String cachedClientId = (String) phone.evaluate("caches.open('physiorx-pages-v1').then(c => c.match(location.href))"
                + ".then(r => r.text()).then(t => /name=\"clientId\" value=\"([^\"]+)\"/.exec(t)[1])");

        context.setOffline(true);
        assertEquals(false, phone.evaluate("navigator.onLine"));

        // one session as prescribed, nothing to worry about: it waits, no guidance
        phone.check("input[name=painBefore][value='3']");
        phone.check("input[name=painAfter][value='2']");
        phone.click("button:has-text('I did everything as prescribed')");
        phone.waitForSelector(WAITING + ":visible");
        assertTrue(phone.textContent(WAITING).contains("1 session is waiting to send"), phone.textContent(WAITING));
        assertEquals(0, phone.locator("#offline-guidance section").count(), "no red flag, no guidance");

        // a red flag: the urgent guidance at once, from the phone
        phone.check("input[name=painBefore][value='4']");
        phone.check("input[name=painAfter][value='5']");
        phone.check("input[name=symptoms][value=TINGLING]");
        phone.click("button:has-text('I did everything as prescribed')");
        phone.waitForSelector("#offline-guidance section");
        String guidance = phone.textContent("#offline-guidance");
        assertTrue(guidance.contains("Stop the program and contact your clinic"), guidance);
        assertTrue(guidance.contains("bladder or bowel"), guidance);
        assertTrue(guidance.contains("alerted as soon as your phone is back online"), guidance);
        assertFalse(guidance.contains("Your therapist has been alerted."), "the therapist has not been told yet: " + guidance);
        assertFalse(guidance.contains("seek urgent care now"), "tingling is not a symptom for urgent care today");
        assertTrue(guidance.contains("Call your clinic today on " + clinicPhone), guidance);
        assertEquals("tel:+442079460321", phone.getAttribute("#offline-guidance a.tel", "href"), "a call button, offline too");
        assertEquals("alert", phone.getAttribute("#offline-guidance", "role"), "the guidance is announced");
        phone.waitForSelector(WAITING + ":has-text('2 sessions are waiting to send')");
        assertEquals("status", phone.getAttribute("#offline-queue", "role"), "the count is announced");
        assertNoAxeViolations(phone, "session form offline, with guidance");
        Browser.snap(phone, "offline-red-flag-guidance");

        List<?> queued = (List<?>) phone.evaluate("PhysioRxQueue.list(document.querySelector('meta[name=physiorx-owner]').content)"
                + ".then(l => l.map(e => e.clientId))");
        assertEquals(2, Set.copyOf(queued).size(), "each session has a client id of its own: " + queued);
        assertFalse(queued.contains(cachedClientId), "the client id in the cached page is never reused: " + cachedClientId);
        assertEquals(0, storedSessions(patient), "nothing reached the server while offline");

        // the pages reload offline, from the service worker's cache
        Response home = phone.navigate(url("/me"));
        assertEquals("cache", home.headerValue("x-physiorx-offline"), "/me came from the phone's cache");
        phone.waitForSelector(WAITING + ":has-text('2 sessions are waiting to send')");
        assertTrue(phone.textContent("main").contains("Log today's session"));
        assertNoAxeViolations(phone, "/me offline, sessions waiting");
        Browser.snap(phone, "offline-me-waiting-to-send");
        Response reloaded = phone.reload();
        assertEquals("cache", reloaded.headerValue("x-physiorx-offline"));
        phone.waitForSelector(WAITING + ":has-text('2 sessions are waiting to send')");
        assertEquals(0, storedSessions(patient));

        // back online: both are sent, once each, and the red flag raises the alert
        context.setOffline(false);
        phone.waitForSelector(WAITING, new Page.WaitForSelectorOptions().setState(
                com.microsoft.playwright.options.WaitForSelectorState.HIDDEN).setTimeout(20_000));
        assertEquals(2, storedSessions(patient));
        JsonPath alerts = Api.as("therapist1").get("/api/alerts?patientId=" + patient.id()).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("RED_FLAG", alerts.getString("alerts[0].rule"), alerts.prettify());
        assertTrue(alerts.getString("alerts[0].detail").contains("tingling"), alerts.prettify());

        // /me online again shows the red flag as the server knows it, and no queue
        phone.navigate(url("/me"));
        phone.waitForSelector("#red-flag-notice");
        assertTrue(phone.locator(WAITING).isHidden());

        // online, the form is the plain POST it always was, now through the service worker
        phone.navigate(url("/me/sessions/new"));
        assertEquals(true, phone.evaluate("navigator.serviceWorker.controller !== null"));
        phone.check("input[name=painBefore][value='2']");
        phone.check("input[name=painAfter][value='2']");
        phone.click("button:has-text('I did everything as prescribed')");
        phone.waitForSelector(".flash:has-text('Your session is saved')");
        assertEquals(3, storedSessions(patient));
    }

    @Test
    void aSecondSendOfTheSameSessionStoresNothingMore() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Page phone = patientOnPhone(patient, 390);
        phone.click("text=Log today's session");
        phone.waitForSelector("h1:has-text('Log a session')");
        controlledAndCached(phone, "/me/sessions/new");
        phone.context().setOffline(true);
        phone.check("input[name=painBefore][value='2']");
        phone.check("input[name=painAfter][value='2']");
        phone.click("button:has-text('I did everything as prescribed')");
        phone.waitForSelector(WAITING + ":has-text('1 session is waiting to send')");
        // keep a copy of the entry: the same session, sent again after it was sent (an answer lost on the way)
        phone.evaluate("PhysioRxQueue.list(document.querySelector('meta[name=physiorx-owner]').content)"
                + ".then(l => { window.__copy = l[0]; })");
        phone.context().setOffline(false);
        phone.waitForSelector(WAITING, new Page.WaitForSelectorOptions().setState(
                com.microsoft.playwright.options.WaitForSelectorState.HIDDEN).setTimeout(20_000));
        assertEquals(1, storedSessions(patient));

        Object result = phone.evaluate("PhysioRxQueue.add(window.__copy).then(() => PhysioRxQueue.sendAll(window.__copy.owner))"
                + ".then(r => PhysioRxQueue.list(window.__copy.owner).then(l => r.sent + '/' + l.length))");
        assertEquals("1/0", result, "the server answered the stored session again, and the entry left the queue");
        assertEquals(1, storedSessions(patient), "a double send stores one session");
    }

    @Test
    void aSessionQueuedWhenTheSignInHasEndedStaysUntilThePatientSignsInAgain() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Page phone = patientOnPhone(patient, 390);
        phone.click("text=Log today's session");
        phone.waitForSelector("h1:has-text('Log a session')");
        controlledAndCached(phone, "/me/sessions/new");
        phone.context().setOffline(true);
        phone.check("input[name=painBefore][value='1']");
        phone.check("input[name=painAfter][value='1']");
        phone.click("button:has-text('I did everything as prescribed')");
        phone.waitForSelector(WAITING + ":has-text('1 session is waiting to send')");

        // the sign-in ends while the phone is offline (the session cookies go), then the signal comes back
        phone.context().clearCookies();
        phone.context().setOffline(false);
        phone.waitForSelector(WAITING + " [data-signin]:visible", new Page.WaitForSelectorOptions().setTimeout(20_000));
        assertTrue(phone.textContent(WAITING).contains("Sign in again"), phone.textContent(WAITING));
        assertEquals(0, storedSessions(patient), "nothing was sent without a sign-in");

        phone.click(WAITING + " a:has-text('Sign in again')");
        phone.waitForSelector("#username", new Page.WaitForSelectorOptions().setTimeout(30_000));
        Browser.keycloakLogin(phone, patient.username(), Patients.password(patient.username()));
        phone.waitForURL(url("/me"));
        eventually(phone, "PhysioRxQueue.list(document.querySelector('meta[name=physiorx-owner]').content)"
                + ".then(l => l.length === 0)", "the queue is sent");
        assertEquals(1, storedSessions(patient), "sent with the new sign-in's tokens, not lost");
        assertTrue(phone.locator(WAITING).isHidden());
    }

    @Test
    void signingOutDeletesThePatientsPagesAndQueueFromThePhone() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Page phone = patientOnPhone(patient, 390);
        controlledAndCached(phone, "/me");
        assertEquals(true, phone.evaluate("caches.has('physiorx-pages-v1')"));
        // through the service worker: an API answer, a page that is not found, the portal (refused to a patient)
        phone.evaluate("Promise.all(['/api/me/program', '/me/no-such-page', '/portal'].map(u => fetch(u)))");
        phone.navigate(url("/me/sessions"));
        controlledAndCached(phone, "/me/sessions");
        @SuppressWarnings("unchecked")
        List<String> kept = (List<String>) phone.evaluate("caches.open('physiorx-pages-v1').then(c => c.keys())"
                + ".then(k => k.map(r => new URL(r.url).pathname).sort())");
        assertEquals(List.of("/me", "/me/sessions", "/me/sessions/new"), kept, "only patient pages that answered 200");
        phone.click("button:has-text('Sign out')");
        phone.waitForURL(url("/"));
        assertEquals(false, phone.evaluate("caches.has('physiorx-pages-v1')"), "no page of the patient stays in the cache");
        assertEquals(false, phone.evaluate("indexedDB.databases().then(d => d.some(x => x.name === 'physiorx-offline'))"),
                "the queue and its owner are gone");
        phone.context().setOffline(true);
        String servedOffline;
        try {
            Response me = phone.navigate(url("/me"));
            servedOffline = me == null ? null : me.headerValue("x-physiorx-offline");
        } catch (com.microsoft.playwright.PlaywrightException noNetwork) {
            servedOffline = null; // the browser's own "no connection" page
        }
        assertEquals(null, servedOffline, "offline, /me is not served from the phone after sign-out");
    }

    @Test
    void aSessionTheClinicRefusesStaysMarkedAndSigningOutAsksBeforeDeletingIt() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Page phone = patientOnPhone(patient, 390);
        phone.click("text=Log today's session");
        phone.waitForSelector("h1:has-text('Log a session')");
        controlledAndCached(phone, "/me/sessions/new");
        phone.context().setOffline(true);
        // offline nobody checks the day: 20 days back is more than the 14 the clinic takes
        phone.fill("#f-date", java.time.LocalDate.now().minusDays(20).toString());
        phone.check("input[name=painBefore][value='3']");
        phone.check("input[name=painAfter][value='3']");
        phone.click("button:has-text('I did everything as prescribed')");
        phone.waitForSelector(WAITING + ":has-text('1 session is waiting to send')");

        phone.context().setOffline(false);
        phone.waitForSelector(WAITING + " [data-refused]:visible", new Page.WaitForSelectorOptions().setTimeout(20_000));
        assertTrue(phone.textContent(WAITING + " [data-refused]").contains("could not save 1 of them"),
                phone.textContent(WAITING));
        assertEquals(0, storedSessions(patient));

        // signing out names what would be lost; "Cancel" keeps the patient signed in and the session on the phone
        List<String> asked = new java.util.ArrayList<>();
        phone.onceDialog(d -> {
            asked.add(d.message());
            d.dismiss();
        });
        phone.click("button:has-text('Sign out')");
        for (int i = 0; i < 100 && asked.isEmpty(); i++) {
            phone.waitForTimeout(100); // the question comes once the page has tried to send what waits
        }
        assertEquals(1, asked.size(), "asked before deleting");
        assertTrue(asked.getFirst().contains("will be deleted from this phone"), asked.toString());
        assertEquals(url("/me/sessions/new"), phone.url(), "still signed in");
        assertEquals(1.0, ((Number) phone.evaluate("PhysioRxQueue.list(document.querySelector('meta[name=physiorx-owner]').content)"
                + ".then(l => l.length)")).doubleValue(), "the session is still on the phone");

        phone.onceDialog(d -> d.accept());
        phone.click("button:has-text('Sign out')");
        phone.waitForURL(url("/"));
        assertEquals(false, phone.evaluate("indexedDB.databases().then(d => d.some(x => x.name === 'physiorx-offline'))"));
    }

    /**
     * Waits until the service worker runs and has the page's address in the patient pages' cache (a page opened
     * while the worker was being installed is not controlled by it: the page asks the worker to keep it).
     */
    private void controlledAndCached(Page phone, String path) {
        eventually(phone, "navigator.serviceWorker.ready.then(r => r.active !== null)", "the service worker runs");
        eventually(phone, "caches.open('physiorx-pages-v1').then(c => c.match(location.origin + '" + path + "')).then(Boolean)",
                path + " is in the cache");
    }

    /** Evaluates the script (a promise is awaited, which waitForFunction does not do) until it answers true, for 20 s. */
    private static void eventually(Page page, String script, String what) {
        long end = System.currentTimeMillis() + 20_000;
        while (!Boolean.TRUE.equals(page.evaluate(script))) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("not within 20 s: " + what);
            }
            page.waitForTimeout(100);
        }
    }

    private static int storedSessions(LoggingPatient patient) {
        return Api.as("therapist1").get("/api/patients/" + patient.id() + "/sessions").then().statusCode(200)
                .extract().jsonPath().getInt("total");
    }

    private static void assertNoAxeViolations(Page page, String label) {
        List<Axe.Violation> violations = Axe.check(page);
        assertTrue(violations.isEmpty(), label + ": " + violations);
    }
}
