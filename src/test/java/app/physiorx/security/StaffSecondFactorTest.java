package app.physiorx.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Browser;
import app.physiorx.support.BrowserTest;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sign-in with a second factor through the real Keycloak and the realm's own browser flow. The dev realm
 * runs the production flow; only its demo staff lack the second-factor role, so these tests grant it.
 */
@QuarkusTest
class StaffSecondFactorTest extends BrowserTest {
    private static final RealmAdmin PHYSIORX = new RealmAdmin("physiorx");
    private static final Map<String, List<String>> RIVERSIDE = Map.of("clinic", List.of("riverside"),
            "clinic_name", List.of("Riverside Physio"));

    @Test
    void therapistSetsUpAnAuthenticatorAtTheFirstSignInAndThenNeedsAFreshCodeEachTime() throws InterruptedException {
        String username = "totp-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "staff-" + UUID.randomUUID();
        String id = PHYSIORX.createUser(username, password, RIVERSIDE, "therapist", "second-factor");
        try {
            Page first = browser.newPage();
            first.navigate(url("/portal"));
            Browser.keycloakLogin(first, username, password);
            first.waitForSelector("#kc-totp-settings-form");
            assertFalse(first.url().startsWith(url("/portal")), "no portal before the second factor: " + first.url());
            first.click("#mode-manual");
            String key = first.textContent("#kc-totp-secret-key").trim();
            long setupStep = Totp.step(Instant.now());
            first.fill("#totp", Totp.code(key, setupStep));
            first.fill("#userLabel", "test phone");
            first.click("#saveTOTPBtn");
            first.waitForURL(url("/portal"));
            assertTrue(first.textContent(".user-name").contains("Sam Okoye"), "signed in as the new therapist");
            assertTrue(PHYSIORX.credentialTypes(id).contains("otp"), "the authenticator is stored");
            first.context().close();

            Page again = browser.newPage();
            again.navigate(url("/portal"));
            Browser.keycloakLogin(again, username, password);
            again.waitForSelector("#otp");
            assertFalse(again.url().startsWith(url("/portal")), "the password alone is not enough: " + again.url());

            submitCode(again, wrongCode(key, Totp.step(Instant.now())));
            assertEquals("true", again.getAttribute("#otp", "aria-invalid"), "a wrong code is refused");
            assertFalse(again.url().startsWith(url("/portal")), again.url());

            // Codes are single-use: wait for the time step after the one used at set-up.
            while (Totp.step(Instant.now()) <= setupStep) {
                Thread.sleep(500);
            }
            submitCode(again, Totp.code(key, Totp.step(Instant.now())));
            again.waitForURL(url("/portal"));
            assertTrue(again.textContent(".user-name").contains("Sam Okoye"), "signed in as the new therapist");
            again.context().close();
        } finally {
            PHYSIORX.deleteUser(id);
        }
    }

    @Test
    void patientWhoSetUpAnAuthenticatorIsAskedForACodeOthersAreNot() {
        String username = "totp-patient-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "patient-" + UUID.randomUUID();
        String id = PHYSIORX.createUser(username, password, RIVERSIDE, "patient");
        try {
            Page plain = browser.newPage();
            plain.navigate(url("/me"));
            Browser.keycloakLogin(plain, username, password);
            plain.waitForURL(url("/me") + "**");
            plain.context().close();

            PHYSIORX.requireAction(id, "CONFIGURE_TOTP"); // what the account console's "Set up authenticator" does
            Page setup = browser.newPage();
            setup.navigate(url("/me"));
            Browser.keycloakLogin(setup, username, password);
            setup.waitForSelector("#kc-totp-settings-form");
            setup.click("#mode-manual");
            String key = setup.textContent("#kc-totp-secret-key").trim();
            setup.fill("#totp", Totp.code(key, Totp.step(Instant.now())));
            setup.fill("#userLabel", "patient phone");
            setup.click("#saveTOTPBtn");
            setup.waitForURL(url("/me") + "**");
            setup.context().close();

            Page again = browser.newPage();
            again.navigate(url("/me"));
            Browser.keycloakLogin(again, username, password);
            again.waitForSelector("#otp");
            assertFalse(again.url().startsWith(url("/me")), "an opted-in patient gives a code too: " + again.url());
            again.context().close();
        } finally {
            PHYSIORX.deleteUser(id);
        }
    }

    private static void submitCode(Page page, String code) {
        page.fill("#otp", code);
        page.waitForResponse(r -> "POST".equals(r.request().method()) && r.url().contains("/login-actions/"),
                () -> page.click("#kc-login"));
        page.waitForLoadState();
    }

    /** A code that is valid in none of the steps Keycloak accepts now (one step either side). */
    private static String wrongCode(String key, long step) {
        Set<String> valid = Set.of(Totp.code(key, step - 1), Totp.code(key, step), Totp.code(key, step + 1));
        int n = Integer.parseInt(Totp.code(key, step));
        String candidate;
        do {
            n = (n + 1) % 1_000_000;
            candidate = String.format("%06d", n);
        } while (valid.contains(candidate));
        return candidate;
    }
}
