package app.physiorx.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Browser;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.LoggingPatient;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The therapist adds the PSFS and the NPRS on the patient page; the patient sees that a questionnaire is due, answers
 * both on a phone, one question at a time with Back and Next (a missing answer stops Next; a mistake the server finds
 * is named beside its question and the other answers are kept; an answer survives leaving the form); the therapist
 * sees the scores on the patient page and downloads the progress report.
 */
@QuarkusTest
class OutcomeJourneyTest extends BrowserTest {

    private static void add(Page therapist, String measure, boolean atStart, String everyWeeks) {
        therapist.selectOption("#f-instrumentId", new SelectOption().setLabel(measure));
        if (atStart) {
            therapist.check("input[name=atStart]");
        } else {
            therapist.uncheck("input[name=atStart]");
        }
        therapist.fill("#f-everyWeeks", everyWeeks);
        therapist.click("button:has-text('Add measure')");
        therapist.waitForLoadState();
    }

    @Test
    void theTherapistAddsMeasuresThePatientAnswersOnAPhoneAndTheTherapistSeesTheScoresAndTheReport() throws Exception {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Page therapist = signedIn("therapist1", "/portal/patients/" + patient.id());

        // nothing chosen: the error is beside the field
        therapist.uncheck("input[name=atStart]");
        therapist.click("button:has-text('Add measure')");
        therapist.waitForSelector("#e-instrumentId");
        assertTrue(therapist.isVisible("#e-atStart"), "asking for no date at all is named too");

        add(therapist, "Patient-Specific Functional Scale (PSFS)", true, "4");
        add(therapist, "Pain rating (NPRS)", true, "");
        assertTrue(therapist.textContent("#measures").contains("Due "), therapist.textContent("#measures"));
        // the caseload says so too
        String name = therapist.textContent("h1").trim();
        String patientPage = therapist.url();
        therapist.navigate(url("/portal/patients?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(therapist.textContent("table.caseload tbody").contains("2 questionnaires due"), therapist.textContent("table.caseload"));
        Browser.snap(therapist, "caseload-questionnaires-due");
        therapist.navigate(patientPage);

        Page phone = patientOnPhone(patient, 390);
        assertTrue(phone.textContent("main").contains("2 questionnaires are due"), phone.textContent("main"));
        Browser.snap(phone, "measure-due-phone");
        phone.click("section.due-questionnaire a:has-text('Patient-Specific Functional Scale')");
        phone.waitForSelector("h1:has-text('Patient-Specific Functional Scale')");
        // one question at a time, with Back and Next; a required question needs its answer before Next
        assertEquals("Question 1 of 5", phone.textContent(".step-count"));
        assertFalse(phone.isVisible("button:has-text('Save my answers')"), "saved only from the last question");
        phone.fill("#n-activity1", "Carrying the shopping");
        phone.check("input[name='answers.activity1'][value='3']");
        phone.click("button:has-text('Next question')");
        phone.fill("#n-activity2", "Reaching a high shelf");
        phone.check("input[name='answers.activity2'][value='4']");
        phone.click("button:has-text('Next question')");
        phone.fill("#n-activity3", "Driving");
        phone.click("button:has-text('Next question')");
        assertEquals("Please choose an answer to go on.", phone.textContent(".step-error"));
        assertEquals("Question 3 of 5", phone.textContent(".step-count"));
        phone.check("input[name='answers.activity3'][value='8']");
        // the on-page Back, and the phone's own back and forward, move between the questions with the answers kept
        phone.click("button:has-text('Back')");
        assertEquals("Question 2 of 5", phone.textContent(".step-count"));
        assertTrue(phone.isChecked("input[name='answers.activity2'][value='4']"));
        phone.click("button:has-text('Next question')");
        phone.click("button:has-text('Next question')");
        assertEquals("Question 4 of 5", phone.textContent(".step-count"));
        phone.goBack();
        assertEquals("Question 3 of 5", phone.textContent(".step-count"));
        assertTrue(phone.isChecked("input[name='answers.activity3'][value='8']"));
        phone.goForward();
        assertEquals("Question 4 of 5", phone.textContent(".step-count"));
        Browser.snap(phone, "measure-psfs-step-phone");
        // activity 4 is optional; named but not rated, the server names it and the steps open at it, the rest kept
        phone.fill("#n-activity4", "Gardening");
        phone.click("button:has-text('Next question')");
        phone.click("button:has-text('Save my answers')");
        phone.waitForSelector("[id='e-answers.activity4']");
        assertEquals("Question 4 of 5", phone.textContent(".step-count"));
        assertEquals("Carrying the shopping", phone.inputValue("#n-activity1"));
        assertTrue(phone.isChecked("input[name='answers.activity2'][value='4']"));
        phone.check("input[name='answers.activity4'][value='5']");
        Browser.snap(phone, "measure-psfs-phone");
        phone.click("button:has-text('Next question')");
        phone.click("button:has-text('Save my answers')");
        phone.waitForSelector("text=Thank you, your answers are saved");
        assertTrue(phone.textContent(".progress-words").contains("score is 5"), phone.textContent(".progress-words"));
        int scrollWidth = ((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue();
        assertTrue(scrollWidth <= 390, "no sideways scrolling on a phone: " + scrollWidth);

        phone.navigate(url("/me"));
        assertTrue(phone.textContent("section.due-questionnaire h2").contains("A questionnaire is due"));
        phone.click("section.due-questionnaire a:has-text('Pain rating')");
        phone.waitForSelector("h1:has-text('Pain rating')");
        phone.check("input[name='answers.pain'][value='6']");
        // leaving half way and coming back keeps the answer (this tab's storage, put back by questionnaire.js)
        String form = phone.url();
        phone.navigate(url("/me"));
        phone.navigate(form);
        phone.waitForSelector("h1:has-text('Pain rating')");
        assertTrue(phone.isChecked("input[name='answers.pain'][value='6']"), "the answer survives leaving the form");
        phone.click("button:has-text('Save my answers')");
        phone.waitForSelector("text=Thank you, your answers are saved");
        phone.navigate(url("/me"));
        assertTrue(phone.querySelectorAll("section.due-questionnaire").isEmpty(), "nothing more is due");

        therapist.navigate(url("/portal/patients?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(therapist.textContent("table.caseload tbody").contains(name), "the patient is listed");
        assertFalse(therapist.textContent("table.caseload tbody").contains("due"), "nothing due once answered");
        therapist.navigate(patientPage);
        String measures = therapist.textContent("#measures");
        assertTrue(measures.contains("Carrying the shopping"), measures);
        assertEquals(2, therapist.querySelectorAll("#measures svg.measure-chart").size(), "a chart per answered measure");
        assertTrue(therapist.textContent("#measures table.scores").contains("5.0"), measures);
        Browser.snap(therapist, "measures-patient-page");

        // the progress report for the insurer: a PDF with the measures in it
        com.microsoft.playwright.Download download = therapist.waitForDownload(
                () -> therapist.click("button:has-text('Download progress report')"));
        byte[] pdf = java.nio.file.Files.readAllBytes(download.path());
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        java.nio.file.Files.write(java.nio.file.Path.of("target/progress-report-journey.pdf"), pdf); // to render and look at
        String text = app.physiorx.support.PdfText.of(pdf).replaceAll("\\s+", ""); // the extractor runs table cells together
        assertTrue(text.contains("Patient-SpecificFunctionalScale(PSFS)") && text.contains("Painrating(NPRS)"), text);
    }
}
