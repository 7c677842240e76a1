package app.physiorx.exercise.media;

import static app.physiorx.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Axe;
import app.physiorx.support.Browser;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.Patients;
import app.physiorx.support.Pictures;
import app.physiorx.support.Videos;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MediaPagesTest extends BrowserTest {

    @Test
    void theTherapistUploadsPicturesAndAVideoAndThePatientSeesThemOnA360PixelPhone() throws Exception {
        int id = ExerciseMediaApiTest.clinicExercise("therapist1");
        Page page = signedIn("therapist1", "/portal/library/" + id);
        page.setInputFiles("#media-file", new FilePayload("start.png", "image/png", Pictures.picture("png", 240, 160)));
        page.fill("#media-caption", "Start");
        page.click("button:has-text('Upload')");
        page.waitForSelector("figcaption:has-text('Start')");
        page.waitForFunction("document.querySelector('img.exercise-image').complete"
                + " && document.querySelector('img.exercise-image').naturalWidth === 240");

        // a text file named .png is refused beside the field
        page.setInputFiles("#media-file", new FilePayload("notes.png", "image/png", "hello".getBytes(StandardCharsets.UTF_8)));
        page.click("button:has-text('Upload')");
        page.waitForSelector("#e-file");
        assertTrue(page.textContent("#e-file").contains("only PNG and JPEG"), page.textContent("#e-file"));
        assertEquals("true", page.getAttribute("#media-file", "aria-invalid"));

        page.setInputFiles("#media-file", new FilePayload("end.png", "image/png", Pictures.picture("png", 160, 240)));
        page.fill("#media-caption", "End");
        page.click("button:has-text('Upload')");
        page.waitForSelector("figcaption:has-text('End')");
        page.click("button:has-text('Move up picture 2')");
        page.waitForSelector(".media-list li:first-child figcaption:has-text('End')");
        page.selectOption("#media-kind", "VIDEO");
        page.setInputFiles("#media-file", new FilePayload("clip.mp4", "video/mp4", Videos.mp4(500)));
        page.click("button:has-text('Upload')");
        page.waitForSelector("video[playsinline]");
        Browser.snap(page, "exercise-media");
        assertEquals(List.of(), Axe.check(page));

        var patient = Patients.create("therapist1", "Mia", "Media");
        JsonPath draft = as("therapist1").body(Map.of("title", "With pictures")).post("/api/patients/" + patient.id() + "/programs")
                .then().statusCode(201).extract().jsonPath();
        as("therapist1").body(Map.of("title", "With pictures", "version", draft.getInt("version"),
                        "items", List.of(Map.of("exerciseId", id, "sets", 2, "reps", 10, "holdSeconds", 2))))
                .put("/api/programs/" + draft.getLong("id")).then().statusCode(200);
        as("therapist1").post("/api/programs/" + draft.getLong("id") + "/publish").then().statusCode(200);
        Patients.activate(patient.username());

        Page phone = browser.newPhonePage(360);
        phone.navigate(url("/me"));
        Browser.keycloakLogin(phone, patient.username(), Patients.password(patient.username()));
        phone.waitForURL(url("/me"));
        phone.waitForSelector(".exercise-pictures img");
        assertEquals(List.of("End", "Start"), phone.locator(".exercise-pictures figcaption").allTextContents());
        phone.waitForFunction("[...document.querySelectorAll('.exercise-pictures img')].every(i => i.complete && i.naturalWidth > 0)");
        assertEquals(Boolean.TRUE, phone.evaluate("(() => { const v = document.querySelector('.exercise-video video');"
                + " return v.hasAttribute('playsinline') && v.hasAttribute('controls') && v.getAttribute('poster').startsWith('/me/media/'); })()"));
        assertEquals(true, phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "no horizontal scroll at 360 px");
        Browser.snap(phone, "phone-360-me-media");
        assertEquals(List.of(), Axe.check(phone));
        phone.context().close();
    }
}
