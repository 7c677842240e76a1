package app.physiorx.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import app.physiorx.support.Axe;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.LoggingPatient;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The library page and the patient's phone show the drawn start and end positions; the phone's figure moves, unless asked not to. */
@QuarkusTest
class FigurePagesTest extends BrowserTest {

    @Test
    void theLibraryPageShowsStartAndEndPictures() {
        long id = Api.as("therapist1").get("/api/exercises?q=Scapular squeeze").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.slug == 'scapular-squeeze' }.id");
        Page page = signedIn("therapist1", "/portal/library/" + id);
        app.physiorx.support.Browser.snap(page, "figure-library-page");
        assertEquals(1, page.locator("svg[role=img][aria-label='Start position of Scapular Squeeze'] title").count());
        assertEquals(1, page.locator("svg[role=img][aria-label='End position of Scapular Squeeze']").count());
        assertEquals(0, page.locator("svg script").count());
        assertEquals(List.of(), Axe.check(page));
    }

    @Test
    void thePatientsFigureMovesOnAPhoneAndStandsStillUnderReducedMotion() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Page page = patientOnPhone(patient, 360);
        app.physiorx.support.Browser.snap(page, "figure-me-phone");
        assertTrue(page.locator("svg.figure-moving[role=img]").count() >= 1, "a moving figure per drawn exercise");
        assertTrue(page.locator("svg[role=img][aria-label^='End position of']").count() >= 1);
        assertNotEquals("none", animation(page));
        assertTrue((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360"), "fits 360 px");
        assertEquals(List.of(), Axe.check(page));

        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        assertEquals("none", animation(page));
        assertEquals("visible", page.evaluate("getComputedStyle(document.querySelector('svg.figure-moving .fig-s0')).visibility"));
        assertEquals("hidden", page.evaluate("getComputedStyle(document.querySelector('svg.figure-moving .fig-s3')).visibility"));
    }

    private static Object animation(Page page) {
        return page.evaluate("getComputedStyle(document.querySelector('svg.figure-moving .fig-s3')).animationName");
    }
}
