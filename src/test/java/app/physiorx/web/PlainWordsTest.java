package app.physiorx.web;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import app.physiorx.support.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What pages and API errors say is in plain words: no validator wording, roles as words, a sign-in sheet to print. */
@QuarkusTest
class PlainWordsTest extends BrowserTest {

    @Test
    void anEmptyPatientFormSaysWhatToFillInBesideEachField() {
        Page page = signedIn("therapist1", "/portal/patients/new");
        page.click("button:has-text('Add patient')");
        page.waitForSelector("#e-firstName");
        assertEquals("Please fill in the first name.", page.textContent("#e-firstName").strip());
        assertEquals("Please fill in the last name.", page.textContent("#e-lastName").strip());
        assertFalse(page.textContent("main").contains("must not"), page.textContent("main"));
    }

    @Test
    void apiValidationErrorsAreSentencesThatNameTheField() {
        Api.as("therapist1").body(Map.of("firstName", "", "lastName", "Lund")).post("/api/patients").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("firstName"))
                .body("errors[0].detail", equalTo("Please fill in the first name."))
                .body("detail", equalTo("Please fill in the first name."));
    }

    @Test
    void staffSeeTheirNameAndRoleInWords() {
        Page page = signedIn("clinicadmin1", "/portal");
        assertEquals("Claire Ashby", page.textContent(".user-name").strip());
        assertEquals(", clinic admin", page.textContent(".user-role"));
        assertFalse(page.textContent("header.top").contains("clinic-admin"));
    }

    @Test
    void theTemporaryPasswordSheetShowsWhereToSignInAndPrintsWithoutThePortal() {
        Page page = signedIn("therapist1", "/portal/patients/new");
        page.fill("#f-firstName", "Ines");
        page.fill("#f-lastName", Api.unique("Print").replace(' ', '-'));
        page.click("button:has-text('Add patient')");
        page.waitForSelector("#access-password");
        assertTrue(page.textContent("#access-address").strip().matches("https?://\\S+/login"), page.textContent("#access-address"));
        assertTrue(page.isVisible("button:has-text('Print this sheet')"), "the Print button shows with JavaScript");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertFalse(page.isVisible("header.top"), "the portal's navigation is not printed");
        assertFalse(page.isVisible("button:has-text('Print this sheet')"));
        assertTrue(page.isVisible("#access-password"));
        assertTrue(page.isVisible("#access-address"));
    }
}
