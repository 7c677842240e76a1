package app.physiorx.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import app.physiorx.support.Axe;
import app.physiorx.support.Browser;
import app.physiorx.support.BrowserTest;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A therapist writes the Spanish of a clinic exercise beside its English, in a plain form. */
@QuarkusTest
class TranslationPageTest extends BrowserTest {
    @Test
    void aTherapistWritesTheSpanishBesideTheEnglishAndAMistakeIsShownBesideItsField() {
        String name = Api.unique("Wall slide");
        long id = Api.as("therapist1").body(ExerciseJson.exercise(name)).post("/api/exercises").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Page page = signedIn("therapist1", "/portal/library/" + id);
        page.click("a:has-text('Spanish')");
        assertTrue(page.textContent("h1").contains("Spanish for " + name));
        assertTrue(page.textContent(".original").contains(name), "the English is shown beside the form");
        page.fill("#f-name", "Deslizamiento en la pared");
        page.fill("#f-steps", "Apoye la espalda en la pared.\nMantenga {sostener} arriba.");
        page.click("button:has-text('Save the Spanish')");
        assertTrue(page.textContent("#e-steps").contains("line 2"), page.textContent("#e-steps"));
        assertEquals("Deslizamiento en la pared", page.inputValue("#f-name"), "what was typed is kept");
        assertEquals(List.of(), Axe.check(page));

        page.fill("#f-steps", "Apoye la espalda en la pared.\nMantenga {hold|un momento} arriba.");
        page.click("button:has-text('Save the Spanish')");
        assertTrue(page.textContent(".flash").contains("The Spanish is saved"));
        assertEquals("Deslizamiento en la pared", page.inputValue("#f-name"));
        Api.as("therapist1").get("/api/exercises/" + id + "/translations/es").then().statusCode(200)
                .body("steps[1]", org.hamcrest.Matchers.equalTo("Mantenga {hold|un momento} arriba."));
        Browser.snap(page, "exercise-translation-desktop");

        page.click("button:has-text('Remove the Spanish')");
        assertTrue(page.url().endsWith("/portal/library/" + id), page.url());
        Api.as("therapist1").get("/api/exercises/" + id + "/translations/es").then().statusCode(404);
    }
}
