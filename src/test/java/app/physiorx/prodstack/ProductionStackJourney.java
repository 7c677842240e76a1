package app.physiorx.prodstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.security.Totp;
import app.physiorx.support.Browser;
import app.physiorx.support.PdfText;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole product on the production stack that bin/prod-stack starts: the packaged app in the prod profile,
 * Keycloak in production mode with the production realm, both behind nginx terminating TLS with a throwaway
 * CA's certificate. Chromium reaches them only over https by their public names. Not part of the Maven suite
 * (its name ends in neither Test nor IT): `bin/prod-stack test` runs it against a stack it has just started,
 * with the staff members it added the way the README says.
 */
class ProductionStackJourney {
    private static final String APP = env("PRODSTACK_APP_URL");
    private static final String AUTH = env("PRODSTACK_AUTH_URL");
    private static Browser browser;

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run this journey through bin/prod-stack test");
        }
        return value;
    }

    @BeforeAll
    static void chromium() {
        // The names resolve to this machine, and exactly the stack's certificate is trusted: no certificate
        // errors are ignored otherwise
        browser = new Browser(List.of("--host-resolver-rules=" + env("PRODSTACK_RESOLVE"),
                "--ignore-certificate-errors-spki-list=" + env("PRODSTACK_SPKI")));
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void aClinicRunsOnTheProductionStackFromTheFirstStaffSignInToAnAlertAndSignOut() throws Exception {
        // The therapist added with add-staff.sh signs in: own password, then an authenticator (second factor)
        Page therapist = browser.newPage();
        assertTrue(therapist.navigate(APP + "/portal").url().startsWith(AUTH + "/realms/physiorx/"),
                "the portal sends a signed-out user to Keycloak's public address: " + therapist.url());
        Staff tessa = firstSignIn(therapist, env("PRODSTACK_THERAPIST"), env("PRODSTACK_THERAPIST_PASSWORD"), "/portal");
        assertTrue(therapist.textContent(".user-name").contains("Tessa Morgan"), therapist.textContent("header"));
        proxyAndCookiesAreRight(therapist);

        // Adds a patient and publishes the upper back template for them
        therapist.navigate(APP + "/portal/patients/new");
        String last = "Quinn" + UUID.randomUUID().toString().substring(0, 5);
        therapist.fill("#f-firstName", "Rosa");
        therapist.fill("#f-lastName", last);
        therapist.fill("#f-condition", "Mid-back pain after long drives");
        therapist.click("button:has-text('Add patient and create sign-in')");
        String username = therapist.textContent("#access-username").strip();
        String oneTimePassword = therapist.textContent("#access-password").strip();
        therapist.click("text=Go to Rosa " + last);
        String patientPath = therapist.url().substring(APP.length());
        therapist.selectOption("#new-template", new SelectOption().setLabel("Template: Upper back pain"));
        therapist.click("button:has-text('Start program')");
        therapist.waitForSelector("h1:has-text('Upper back pain')");
        therapist.click("text=Publish…");
        therapist.click("button:has-text('Publish version 1')");
        therapist.waitForSelector("#publish-status:has-text('Version 1 published')");
        therapist.click("h2 a:has-text('Version 1')");

        // The handout: a PDF, and the first one carries the patient's sign-in
        Fetched pdf = fetch(therapist, therapist.getAttribute("a:has-text('Download handout (PDF)')", "href"));
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        assertTrue(PdfText.of(pdf.body()).contains("Wall Angels"), "the handout lists the program");
        Download first = therapist.waitForDownload(() -> therapist.click("button:has-text('Print the first handout with sign-in details')"));
        String firstText = PdfText.of(Files.readAllBytes(first.path()));
        assertTrue(firstText.contains(username), "the first handout prints the username");
        assertTrue(firstText.contains(APP), "and the public address to sign in at: " + firstText);

        // The therapist's dashboard listens for alerts through the proxy
        therapist.navigate(APP + "/portal");
        therapist.waitForSelector("html[data-alerts-live=on]");
        therapist.evaluate("window.__sameDocument = true");

        // The patient signs in on a phone for the first time, sees the program, logs a session with pain 9
        Page phone = browser.newPhonePage();
        phone.navigate(APP + "/me");
        Browser.keycloakLogin(phone, username, oneTimePassword);
        phone.waitForSelector("#password-new");
        phone.fill("#password-new", "Rosa-" + UUID.randomUUID());
        phone.fill("#password-confirm", phone.inputValue("#password-new"));
        phone.click("[type=submit]");
        phone.waitForURL(APP + "/me");
        assertTrue(phone.textContent("main").contains("Wall Angels"), phone.textContent("main"));
        phone.click("text=Log today's session");
        phone.check("input[name=painBefore][value='9']");
        phone.check("input[name=painAfter][value='9']");
        phone.click("button:has-text('Save this session')");
        phone.waitForSelector("#guidance");
        assertTrue(phone.textContent("#guidance").contains("Your therapist has been told"), phone.textContent("#guidance"));

        // The alert reaches the open dashboard without a reload
        therapist.waitForSelector("#alerts-panel li:has-text('Rosa " + last + "')",
                new Page.WaitForSelectorOptions().setTimeout(15_000));
        assertEquals(true, therapist.evaluate("window.__sameDocument === true"), "the alert arrived on the open page");

        // The clinic admin (also added with add-staff.sh) finds the therapist's reads in the patient's access report
        Page admin = browser.newPage();
        admin.navigate(APP + "/portal");
        firstSignIn(admin, env("PRODSTACK_ADMIN"), env("PRODSTACK_ADMIN_PASSWORD"), "/portal");
        String patientId = patientPath.replaceAll("\\D+", "");
        admin.navigate(APP + "/portal/audit?patientId=" + patientId);
        String trail = admin.textContent("table.audit");
        assertTrue(trail.contains("Tessa Morgan"), trail);
        assertTrue(trail.contains("127.0.0.1"), "the browser's address, forwarded by the proxy: " + trail);

        // Sign-out ends the session at Keycloak too: the portal asks for a password again
        therapist.click("button:has-text('Sign out')");
        therapist.waitForLoadState();
        therapist.navigate(APP + "/portal");
        therapist.waitForSelector("#username");
        assertTrue(therapist.url().startsWith(AUTH + "/realms/physiorx/"), therapist.url());

        // The next sign-in takes the password and a fresh code from the authenticator (codes work once)
        Browser.keycloakLogin(therapist, env("PRODSTACK_THERAPIST"), tessa.password());
        therapist.waitForSelector("#otp");
        assertFalse(therapist.url().startsWith(APP), "the password alone is not enough: " + therapist.url());
        while (Totp.step(Instant.now()) <= tessa.lastStep()) {
            Thread.sleep(500);
        }
        therapist.fill("#otp", Totp.code(tessa.totpKey(), Totp.step(Instant.now())));
        therapist.click("#kc-login");
        therapist.waitForURL(APP + "/portal**");
        assertTrue(therapist.textContent(".user-name").contains("Tessa Morgan"));
    }

    record Staff(String password, String totpKey, long lastStep) {
    }

    /** Keycloak's first sign-in of a staff member with a temporary password: new password, then the authenticator. */
    private static Staff firstSignIn(Page page, String username, String temporaryPassword, String landing) {
        Browser.keycloakLogin(page, username, temporaryPassword);
        String password = "Staff-" + UUID.randomUUID();
        String key = null;
        long step = 0;
        for (int round = 0; round < 4 && !page.url().startsWith(APP + landing); round++) {
            page.waitForSelector("#password-new, #kc-totp-settings-form, header .user-name");
            if (page.isVisible("#password-new")) {
                page.fill("#password-new", password);
                page.fill("#password-confirm", password);
                page.click("[type=submit]");
            } else if (page.isVisible("#kc-totp-settings-form")) {
                page.click("#mode-manual");
                key = page.textContent("#kc-totp-secret-key").replace(" ", "").strip();
                step = Totp.step(Instant.now());
                page.fill("#totp", Totp.code(key, step));
                page.fill("#userLabel", "phone");
                page.click("#saveTOTPBtn");
            }
            page.waitForLoadState();
        }
        page.waitForURL(APP + landing + "**");
        assertNotNull(key, "Keycloak asked " + username + " to set up an authenticator at the first sign-in");
        return new Staff(password, key, step);
    }

    /** What the proxy and the prod profile must get right, seen from the browser. */
    private static void proxyAndCookiesAreRight(Page page) {
        Fetched portal = fetch(page, "/portal");
        assertEquals(200, portal.status());
        String hsts = portal.hsts();
        assertNotNull(hsts, "HSTS on the app's pages");
        assertTrue(hsts.contains("max-age=31536000"), hsts);
        List<Cookie> cookies = page.context().cookies(APP);
        assertFalse(cookies.isEmpty());
        for (Cookie c : cookies) {
            assertTrue(c.secure, c.name + " is a Secure cookie");
        }
        // Only sign-in is public on the auth name; operations endpoints stay private
        Page probe = page.context().newPage();
        assertEquals(404, probe.navigate(AUTH + "/admin/").status(), "no admin console on the public auth address");
        assertEquals(404, probe.navigate(AUTH + "/realms/master/account").status(), "no master realm");
        assertEquals(404, probe.navigate(APP + "/q/metrics").status(), "no metrics through the proxy");
        assertEquals(200, probe.navigate(AUTH + "/realms/physiorx/.well-known/openid-configuration").status(), "sign-in is public");
        probe.close();
    }

    record Fetched(int status, String contentType, String hsts, byte[] body) {
    }

    /** A same-origin request from inside the page: Chromium's name mapping and certificate pin apply, as for the user. */
    private static Fetched fetch(Page page, String path) {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> r = (java.util.Map<String, Object>) page.evaluate("""
                async path => {
                  const r = await fetch(path, { credentials: 'same-origin' });
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  let text = '';
                  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
                  return { status: r.status, type: r.headers.get('content-type') || '',
                           hsts: r.headers.get('strict-transport-security'), body: btoa(text) };
                }""", path);
        return new Fetched(((Number) r.get("status")).intValue(), (String) r.get("type"), (String) r.get("hsts"),
                java.util.Base64.getDecoder().decode((String) r.get("body")));
    }
}
