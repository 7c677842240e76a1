package app.physiorx.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Axe;
import app.physiorx.support.Browser;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.LoggingPatient;
import app.physiorx.support.OwnerDatabase;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The reminder pages as the patient uses them on a phone: from /me to the reminder form, a mistake shown beside its
 * field with nothing typed lost, the saved reminders, the calendar link; the therapist sees on the patient page that
 * reminders are on; the unsubscribe link's page. Every page state passes axe-core with no violation.
 */
@QuarkusTest
class ReminderPagesTest extends BrowserTest {

    private static void noViolations(Page page, String what) {
        assertEquals(java.util.List.of(), Axe.check(page), what);
    }

    @Test
    void aPatientSetsRemindersOnThePhoneAndTheTherapistSeesThemOn() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        Page phone = patientOnPhone(patient, 390);
        phone.click("a:has-text('Reminders by calendar or email')");
        phone.waitForSelector("h1:has-text('Reminders')");
        noViolations(phone, "the reminder form");
        assertTrue(phone.textContent("form.reminders").contains("no email address"), "no address on the record: said so");
        assertTrue(phone.textContent("form.reminders").contains("The days of my program (every day)"), phone.textContent("form.reminders"));

        phone.fill("#f-time1", "");
        phone.fill("#f-time2", "07:45");
        phone.check("input[name=daysFrom][value=chosen]");
        phone.click("button:has-text('Save reminders')");
        assertTrue(phone.textContent("#e-days").contains("choose at least one day"), phone.textContent("main"));
        assertEquals("07:45", phone.inputValue("#f-time2"), "what was typed stays");
        noViolations(phone, "the form with its errors");
        Browser.snap(phone, "reminders-errors-phone");

        phone.check("input[name=days][value=MONDAY]");
        phone.check("input[name=days][value=WEDNESDAY]");
        phone.click("button:has-text('Save reminders')");
        phone.waitForSelector("text=Your reminder times are saved.");
        assertEquals("07:45", phone.inputValue("#f-time1"));
        phone.click("button:has-text('Make my calendar link')");
        phone.waitForSelector("text=Your calendar link is ready.");
        String link = phone.inputValue("#calendar-url");
        assertTrue(link.matches("https?://.+/calendar/[A-Za-z0-9_-]+\\.ics"), link);
        assertTrue(phone.getAttribute("a:has-text('Add to my calendar')", "href").startsWith("webcal://"));
        noViolations(phone, "the calendar link");
        assertEquals(Boolean.FALSE, phone.evaluate("document.documentElement.scrollWidth > window.innerWidth"), "no sideways scroll");
        Browser.snap(phone, "reminders-calendar-phone");

        Page therapist = signedIn("therapist1", "/portal/patients/" + patient.id());
        assertEquals("phone calendar, at 07:45, Monday and Wednesday", therapist.textContent(".reminders-status").strip());

        String token = OwnerDatabase.text("select unsubscribe_token from reminder_setting where patient_id = " + patient.id());
        Page anyone = browser.newPage();
        anyone.navigate(url("/reminders/unsubscribe/" + token));
        noViolations(anyone, "the unsubscribe page");
        anyone.click("button:has-text('Stop reminder emails')");
        anyone.waitForSelector("text=Reminder emails are off.");
        noViolations(anyone, "the unsubscribed page");
        Browser.snap(anyone, "reminders-unsubscribed");
    }
}
