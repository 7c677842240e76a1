package app.physiorx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Browser;
import app.physiorx.support.BrowserTest;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The real Keycloak login page, driven in Chromium. */
@QuarkusTest
class SignInJourneyTest extends BrowserTest {

    @Test
    void therapistSignsInAndLandsOnThePortalWithTheirName() {
        Page page = browser.newPage();
        page.navigate(url("/"));
        page.click("text=Sign in");
        Browser.keycloakLogin(page, "therapist1", "therapist1");
        page.waitForURL(url("/portal"));
        assertTrue(page.textContent("h1").contains("Tessa Morgan"), page.textContent("h1"));
        assertEquals("Tessa Morgan", page.textContent(".user-name").strip());
        assertTrue(page.textContent("main").contains("Riverside Physio"));
    }

    @Test
    void patientSignsInAndLandsOnTheirOwnPage() {
        Page page = browser.newPhonePage();
        page.navigate(url("/login"));
        Browser.keycloakLogin(page, "patient1", "patient1");
        page.waitForURL(url("/me"));
        assertTrue(page.textContent("h1").contains("Paul Jensen"));
        // Readable on a phone: nothing wider than the screen.
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
        assertEquals(false, overflow);
    }

    @Test
    void patientCannotOpenThePortal() {
        Page page = signedIn("patient2", "/me");
        var response = page.navigate(url("/portal"));
        assertEquals(403, response.status());
        assertTrue(page.textContent("h1").contains("Not allowed"));
    }

    @Test
    void signOutEndsTheKeycloakSessionToo() {
        Page page = signedIn("therapist3", "/portal");
        page.click("text=Sign out");
        // Keycloak ends its session and sends the browser back to the landing page.
        page.waitForURL(Pattern.compile(Pattern.quote(url("/")) + "(\\?.*)?$"));
        assertTrue(page.isVisible("a.button:has-text('Sign in')"));
        page.navigate(url("/portal"));
        // The Keycloak session is gone as well: the login form shows again instead of a silent re-login.
        page.waitForSelector("#username");
        assertTrue(page.url().contains("/realms/physiorx/"), page.url());
    }
}
