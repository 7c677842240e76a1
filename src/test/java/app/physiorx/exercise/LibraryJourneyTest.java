package app.physiorx.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Browser;
import app.physiorx.support.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The library in the portal, in Chromium, signed in through the real Keycloak. */
@QuarkusTest
class LibraryJourneyTest extends BrowserTest {

    @Test
    void therapistSearchesOpensCreatesWithAPictureAndFindsTheirExercise() throws Exception {
        Page page = signedIn("therapist1", "/portal/library");
        int all = Integer.parseInt(page.textContent(".result-count").split(" ")[0]);
        assertTrue(all >= 11, "the whole library is listed first: " + all);

        // Search updates as you type (htmx), without a page load.
        page.evaluate("window.__sameDocument = true");
        page.fill("#q", "row");
        page.waitForCondition(() -> Integer.parseInt(page.textContent(".result-count").split(" ")[0]) < all);
        assertTrue(!page.textContent("#results").contains("Knee to Chest"));
        assertTrue(!page.textContent("#results").contains("Wall Angels"));
        assertEquals(true, page.evaluate("window.__sameDocument === true"), "results came without a reload");
        assertTrue(page.textContent("#results").contains("Low Row with Resistance Bands"));
        assertTrue(page.textContent("#results").contains("Wide Row with Resistance Bands"));

        // Open an exercise: steps, dosage, relations.
        Browser.snap(page, "library-search");
        page.click("text=Wide Row with Resistance Bands");
        page.waitForSelector("h1:has-text('Wide Row with Resistance Bands')");
        assertTrue(page.textContent(".dosage").contains("2-3 × 10-15"));
        assertTrue(page.locator("ol.steps li").count() >= 3);
        assertTrue(page.textContent("main").contains("Progression of: Low Row with Resistance Bands"));

        // Create one: a wrong value keeps what was typed and says what is wrong beside the field.
        String name = "Doorway pec stretch " + UUID.randomUUID().toString().substring(0, 6);
        page.navigate(url("/portal/library/new"));
        page.fill("#f-name", name);
        page.check("input[name=bodyRegions][value=SHOULDERS]");
        page.fill("[id='f-dosage.setsMin']", "500");
        page.fill("[id='f-dosage.setsMax']", "500");
        page.fill("[id='f-dosage.holdMinSeconds']", "20");
        page.fill("[id='f-dosage.holdMaxSeconds']", "30");
        page.fill("#f-steps", "Stand in a doorway with forearms on the frame.\nStep through until you feel a stretch.");
        page.fill("#f-tags", "doorway, stretch");
        page.selectOption("#f-movement", "STRETCH");
        page.fill("#f-difficulty", "7");
        page.click("button:has-text('Save exercise')");
        Locator difficultyError = page.locator("#e-difficulty");
        difficultyError.waitFor();
        assertTrue(difficultyError.textContent().contains("1 (easiest) to 3 (hardest)"), difficultyError.textContent());
        assertEquals("7", page.inputValue("#f-difficulty"));
        assertEquals("STRETCH", page.inputValue("#f-movement"));
        Locator setsError = page.locator("[id='e-dosage.setsMin']");
        setsError.waitFor();
        assertTrue(setsError.textContent().contains("20"), setsError.textContent());
        Browser.snap(page, "exercise-form-errors");
        assertEquals(name, page.inputValue("#f-name"));
        assertTrue(page.inputValue("#f-steps").contains("doorway"));
        page.fill("[id='f-dosage.setsMin']", "2");
        page.fill("[id='f-dosage.setsMax']", "3");
        page.fill("#f-difficulty", "1");
        page.click("button:has-text('Save exercise')");
        page.waitForSelector("h1:has-text('" + name + "')");
        assertTrue(page.textContent(".page-head").contains("Stretch · difficulty 1"), page.textContent(".page-head"));
        assertTrue(page.textContent(".dosage").contains("2-3 sets · hold 20-30 s"), page.textContent(".dosage"));

        // Attach a picture.
        byte[] png = app.physiorx.support.Pictures.picture("png", 240, 160);
        page.setInputFiles("#media-file", new FilePayload("stretch.png", "image/png", png));
        page.click("button:has-text('Upload')");
        page.waitForSelector("img.exercise-image");
        // the picture arrives after the page: wait until the browser has decoded it, then check it is the upload
        page.waitForFunction("() => { const i = document.querySelector('img.exercise-image'); return i.complete && i.naturalWidth > 0; }");
        assertEquals(240, ((Number) page.evaluate("document.querySelector('img.exercise-image').naturalWidth")).intValue());
        Browser.snap(page, "exercise-page");

        // And find it again.
        page.navigate(url("/portal/library?q=doorway"));
        assertTrue(page.textContent("#results").contains(name));
    }

    @Test
    void stepsWithPlaceholdersReadWithTheDefaultDosageAndAnUnknownOneIsShownBesideTheSteps() {
        Page page = signedIn("therapist1", "/portal/library/new");
        assertTrue(page.textContent("#f-steps ~ .hint").contains("{hold|a moment}"), "the hint lists the placeholders");
        String name = "Doorway hold " + UUID.randomUUID().toString().substring(0, 6);
        page.fill("#f-name", name);
        page.fill("#f-subtitle", "A chest stretch in a doorway");
        page.check("input[name=bodyRegions][value=SHOULDERS]");
        page.fill("[id='f-dosage.holdMinSeconds']", "20");
        page.fill("[id='f-dosage.holdMaxSeconds']", "30");
        page.fill("#f-steps", "Stand in a doorway.\nLean through and hold for {holds}.");
        page.click("button:has-text('Save exercise')");
        page.locator("#e-steps").waitFor();
        assertTrue(page.textContent("#e-steps").contains("line 2"), page.textContent("#e-steps"));
        assertTrue(page.textContent("#e-steps").contains("{hold}"), page.textContent("#e-steps"));
        assertTrue(page.inputValue("#f-steps").contains("{holds}"), "what was typed stays");

        page.fill("#f-steps", "Stand in a doorway.\nLean through and hold for {hold|a moment}.");
        page.click("button:has-text('Save exercise')");
        page.waitForSelector("h1:has-text('" + name + "')");
        assertTrue(page.textContent("ol.steps").contains("Lean through and hold for 20 to 30 seconds."), page.textContent("ol.steps"));
        assertTrue(page.textContent(".page-head").contains("A chest stretch in a doorway"));

        // the broad catalog (issue 16) fills more than one page: search for it
        page.navigate(url("/portal/library?q=scapular+squeeze"));
        page.click("a.card-title:has-text('Scapular Squeeze')");
        page.waitForSelector("h1:has-text('Scapular Squeeze')");
        assertTrue(page.textContent("ol.steps").contains("Hold for 2 to 3 seconds, then let go."), page.textContent("ol.steps"));
        assertTrue(!page.textContent("main").contains("{"), "no placeholder shows on a library page");
        assertTrue(page.textContent("main").contains("Sitting or standing tall in a comfortable position."));
        assertTrue(!page.textContent("main").contains("Sitting or standing: Sitting"), "the position reads once");
    }

    @Test
    void htmlTypedIntoAFormIsRefusedAndNeverRun() {
        Page page = signedIn("therapist3", "/portal/library/new");
        page.fill("#f-name", "<img src=x onerror=alert(1)>");
        page.check("input[name=bodyRegions][value=NECK]");
        page.fill("[id='f-dosage.repsMin']", "5");
        page.fill("[id='f-dosage.repsMax']", "5");
        page.fill("#f-steps", "One step.");
        page.click("button:has-text('Save exercise')");
        page.locator("#e-name").waitFor();
        assertTrue(page.textContent("#e-name").contains("plain text"));
        assertEquals(0, page.locator("main img").count(), "the markup was shown as text");
        assertEquals("<img src=x onerror=alert(1)>", page.inputValue("#f-name"));
    }

    @Test
    void therapistOfAnotherClinicGets404ForTheExercisePage() {
        Page owner = signedIn("therapist1", "/portal/library/new");
        String name = "Private page " + UUID.randomUUID().toString().substring(0, 6);
        owner.fill("#f-name", name);
        owner.check("input[name=bodyRegions][value=CORE]");
        owner.fill("[id='f-dosage.repsMin']", "8");
        owner.fill("[id='f-dosage.repsMax']", "8");
        owner.fill("#f-steps", "A step.");
        owner.click("button:has-text('Save exercise')");
        owner.waitForSelector("h1:has-text('" + name + "')");
        String path = owner.url().substring(url("").length());

        Page other = signedIn("therapist2", "/portal/library");
        assertEquals(404, other.navigate(url(path)).status());
        assertEquals(404, other.navigate(url(path + "/edit")).status());
        assertTrue(!other.content().contains(name));

        Page anonymous = browser.newPage();
        anonymous.navigate(url(path));
        anonymous.waitForSelector("#username");
    }

    @Test
    void formPostWithoutTheCsrfTokenIsRejected() {
        Page page = signedIn("therapist1", "/portal/library");
        int status = page.request().post(url("/portal/library"), RequestOptions.create()
                .setForm(FormData.create().set("name", "No token").set("group", "CORE_AND_BACK"))).status();
        assertEquals(400, status);
    }

    @Test
    void therapistStartsAClinicTemplateFromTheShippedOne() {
        Page page = signedIn("clinicadmin1", "/portal/templates");
        page.click("text=Upper back pain");
        assertEquals(11, page.locator("tbody tr").count());
        Browser.snap(page, "template-view");
        page.click("text=Save a copy for my clinic");
        String name = "Upper back, desk workers " + UUID.randomUUID().toString().substring(0, 6);
        page.fill("#f-name", name);
        page.locator("input[name=sets]").first().fill("3");
        page.locator("input[name=reps]").nth(1).fill("abc");
        page.locator("input[name=daysPerWeek]").first().fill("often");
        page.locator("select[name=side]").first().selectOption("LEFT");
        page.click("button:has-text('Save template')");
        assertTrue(page.textContent("main").contains("reps as a whole number"));
        Locator daysError = page.locator("[id='e-rows.0.daysPerWeek']");
        assertTrue(daysError.textContent().contains("whole number"), daysError.textContent());
        assertEquals("often", page.locator("input[name=daysPerWeek]").first().inputValue());
        assertEquals("LEFT", page.locator("select[name=side]").first().inputValue());
        page.locator("input[name=reps]").nth(1).fill("");
        page.locator("input[name=daysPerWeek]").first().fill("5");
        page.click("button:has-text('Save template')");
        page.waitForSelector("h1:has-text('" + name + "')");
        assertEquals(11, page.locator("tbody tr").count());
        assertTrue(page.locator("tbody tr").first().textContent().contains("3 × 10 each side, alternating"));
        String id = page.url().replaceAll(".*/templates/(\\d+).*", "$1");
        var saved = app.physiorx.support.Api.as("clinicadmin1").get("/api/templates/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(5, saved.getInt("items[0].daysPerWeek"));
        assertEquals("LEFT", saved.getString("items[0].side"));
    }
}
