package app.physiorx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.BrowserTest;
import app.physiorx.support.LoggingPatient;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The session form on a phone: one tap for a session as prescribed, one card per exercise, errors inside their card. */
@QuarkusTest
class SessionFormTest extends BrowserTest {

    @Test
    void oneTapLogsEveryExerciseAsPrescribedWithOnlyThePainChosen() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Page phone = patientOnPhone(patient, 390);
        phone.navigate(url("/me/sessions/new"));
        phone.click(".pain-scale:has(input[name=painBefore]) label:has-text('3')");
        phone.click(".pain-scale:has(input[name=painAfter]) label:has-text('2')");
        phone.click("button:has-text('I did everything as prescribed')");
        phone.waitForSelector(".flash:has-text('Your session is saved')");
        long id = Long.parseLong(phone.url().replaceAll(".*/me/sessions/(\\d+).*", "$1"));
        // The saved session's page says each plan in the same words as the program page (without how often).
        String plan = phone.locator(".done-list .card").first().locator("p").first().textContent().strip();
        String inWords = (String) patient.items().getFirst().get("inWords");
        assertTrue(plan.startsWith("Plan: ") && inWords.startsWith(plan.substring("Plan: ".length())), plan + " / " + inWords);

        JsonPath session = patient.api().get("/api/me/sessions/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(3, session.getInt("session.painBefore"));
        assertEquals(2, session.getInt("session.painAfter"));
        List<Map<String, Object>> done = session.getList("session.exercises");
        assertEquals(patient.items().size(), done.size());
        for (Map<String, Object> e : done) {
            assertEquals(true, e.get("done"), "every exercise is logged as done: " + e);
            assertEquals(((Map<?, ?>) e.get("target")).get("sets"), e.get("setsDone"), "sets as prescribed: " + e);
        }
    }

    @Test
    void theFormIsOneCardPerExerciseWithThePlanInPlainWordsAndFarFewerControls() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Page phone = patientOnPhone(patient, 390);
        phone.navigate(url("/me/sessions/new"));
        int cards = phone.locator(".exercise-log").count();
        assertEquals(patient.items().size(), cards);
        assertEquals(cards, phone.locator(".exercise-log details:not([open])").count(), "details start closed");
        for (int i = 0; i < cards; i++) {
            String inWords = (String) patient.items().get(i).get("inWords");
            assertEquals(inWords, phone.locator(".exercise-log .dosage").nth(i).textContent().strip());
        }
        int controls = phone.locator("form.session-form :is(input:not([type=hidden]), select, textarea, button)").count();
        System.out.println("session form: " + controls + " controls for " + cards + " exercises");
        // The old form had 236 controls for the eleven exercises of the demo program.
        assertTrue(controls <= 110, controls + " controls");
    }

    @Test
    void anErrorInAnExerciseOpensItsCardAndShowsBesideTheField() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Page phone = patientOnPhone(patient, 390);
        phone.navigate(url("/me/sessions/new"));
        String card = "#log-" + patient.exerciseId(0);
        String reps = "ex." + patient.exerciseId(0) + ".reps";
        phone.click(card + " summary");
        phone.fill("[name='" + reps + "']", "99");
        phone.click(".pain-scale:has(input[name=painBefore]) label:has-text('3')");
        phone.click(".pain-scale:has(input[name=painAfter]) label:has-text('2')");
        phone.click("button:has-text('Save this session')");
        phone.waitForSelector(card + " details[open] [id='e-" + reps + "']");
        assertTrue(phone.textContent("[id='e-" + reps + "']").contains("far above the target"));
        assertEquals("99", phone.inputValue("[name='" + reps + "']"));
        assertEquals(1, phone.locator(".exercise-log details[open]").count(), "only the card with the error opens");
    }
}
