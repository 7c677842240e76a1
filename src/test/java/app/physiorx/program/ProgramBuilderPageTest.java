package app.physiorx.program;

import static app.physiorx.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Browser;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.Patients;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The builder is usable (ids, labels, folded items, a spoken "Saved"); the patient's pages follow the active stage. */
@QuarkusTest
class ProgramBuilderPageTest extends BrowserTest {
    /** Controls without an accessible name, and ids used more than once, as "what: where" lines. */
    private static final String PROBLEMS = """
            () => {
              const out = [];
              const ids = {};
              document.querySelectorAll('[id]').forEach(e => ids[e.id] = (ids[e.id] || 0) + 1);
              Object.entries(ids).filter(([, n]) => n > 1).forEach(([id, n]) => out.push('id used ' + n + ' times: ' + id));
              document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(e => {
                const byLabel = [...(e.labels || [])].some(l => l.textContent.trim().length > 0);
                const byAria = (e.getAttribute('aria-label') || '').trim().length > 0
                    || (e.getAttribute('aria-labelledby') || '').split(' ').some(id => {
                      const l = document.getElementById(id); return l && l.textContent.trim().length > 0; });
                if (!byLabel && !byAria) out.push('no accessible name: ' + e.outerHTML.slice(0, 80));
                if (e.id) {
                  const forIt = document.querySelectorAll('label[for="' + CSS.escape(e.id) + '"]').length;
                  if (forIt > 1) out.push('several labels for ' + e.id);
                }
              });
              return out;
            }""";

    private long publishedTemplateProgram(String last) {
        var patient = Patients.create("therapist1", "Vera", last);
        long template = as("therapist1").get("/api/templates").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Upper back pain' }.id");
        long id = as("therapist1").body(Map.of("templateId", template)).post("/api/patients/" + patient.id() + "/programs")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as("therapist1").post("/api/programs/" + id + "/publish").then().statusCode(200);
        Patients.activate(patient.username());
        usernames.put(id, patient.username());
        return id;
    }

    private final Map<Long, String> usernames = new java.util.HashMap<>();

    @Test
    void everyBuilderControlHasAUniqueIdAndANameAndTheLabelFocusesItsOwnBox() {
        long id = publishedTemplateProgram(app.physiorx.support.Api.unique("Labels").replace(' ', '-'));
        Page page = signedIn("therapist1", "/portal/programs/" + id);
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) page.evaluate(PROBLEMS);
        assertEquals(List.of(), problems);
        assertTrue(page.locator("input:not([type=hidden]), select, textarea").count() > 100, "the page holds every item's form");
        assertEquals(0, page.locator("details.item-editor[open]").count(), "items start folded to their summary");
        assertEquals(0, page.locator("text=Publish…").count(), "nothing changed since version 1");

        Locator squeeze = page.locator("li.item:has-text('Scapular Squeeze')");
        squeeze.locator("summary").click();
        String setsId = squeeze.locator("input[name=sets]").getAttribute("id");
        squeeze.locator("label[for='" + setsId + "']").click();
        assertEquals(setsId, page.evaluate("document.activeElement.id"));
        assertTrue(squeeze.locator("select[name=stage]").isVisible());
    }

    @Test
    void savingAnItemSaysSavedWithAndWithoutScriptAndPublishingConfirmsTheCount() {
        long id = publishedTemplateProgram(app.physiorx.support.Api.unique("Saved").replace(' ', '-'));
        Page page = signedIn("therapist1", "/portal/programs/" + id);
        Locator squeeze = page.locator("li.item:has-text('Scapular Squeeze')");
        squeeze.locator("summary").click();
        squeeze.locator("input[name=sets]").fill("3");
        page.evaluate("window.__sameDocument = true");
        squeeze.locator("button:has-text('Save dosage')").click();
        page.waitForCondition(() -> page.locator("#builder-status").textContent().contains("Saved Scapular Squeeze."));
        assertEquals("status", page.locator("#builder-status").getAttribute("role"));
        assertEquals(1, page.locator("#builder-status").count());
        assertEquals(true, page.evaluate("window.__sameDocument === true"), "saved in place through htmx");

        // The plain form post (no script): the page comes back with the item open and the same line.
        Locator row = page.locator("li.item:has-text('Low Row with Resistance Bands')");
        row.locator("summary").click();
        row.locator("input[name=reps]").fill("12");
        row.locator("form.dosage-form").evaluate("f => { f.removeAttribute('hx-post'); f.submit(); }");
        page.waitForURL(u -> u.contains("saved="));
        assertTrue(page.locator("#builder-status").textContent().contains("Saved Low Row with Resistance Bands."));
        assertEquals(1, page.locator("details.item-editor[open]").count());
        assertTrue(page.locator("li.item:has-text('Low Row with Resistance Bands') details.item-editor[open]").isVisible());

        page.click("text=Publish…");
        page.click("button:has-text('Publish version 2')");
        page.waitForSelector("h1:has-text('Versions of')");
        assertTrue(page.locator("#publish-status").textContent().contains("Version 2 published with 2 changes."));
        page.navigate(url("/portal/programs/" + id + "/publish"));
        assertEquals(0, page.locator("button:has-text('Publish version 3')").count());
        assertTrue(page.textContent("main").contains("nothing to publish"));

        // An alert setting: saved at once, no draft change, listed on the versions page.
        page.navigate(url("/portal/programs/" + id));
        page.fill("#f-painThreshold", "6");
        page.click("button:has-text('Save details')");
        page.waitForURL(u -> u.contains("saved=details"));
        assertEquals(0, page.locator("text=Publish…").count());
        page.navigate(url("/portal/programs/" + id + "/versions"));
        String monitoring = page.textContent("#monitoring");
        assertTrue(monitoring.contains("Pain threshold for an alert") && monitoring.contains("7/10") && monitoring.contains("6/10"), monitoring);
        Browser.snap(page, "program-versions");
    }

    @Test
    void thePatientSeesOnlyTheActiveStageOnTheirPageTheSessionFormAndThePrintView() {
        long id = publishedTemplateProgram(app.physiorx.support.Api.unique("Phone").replace(' ', '-'));
        Page patient = browser.newPhonePage();
        patient.navigate(url("/me"));
        String username = usernames.get(id);
        Browser.keycloakLogin(patient, username, Patients.password(username));
        patient.waitForURL(url("/me"));
        assertEquals(9, patient.locator("ol.plain-program > li").count());
        String exercises = patient.textContent("ol.plain-program");
        assertFalse(exercises.contains("Prone Shoulder Blade Retraction"), exercises);
        assertFalse(exercises.contains("Wide Row with Resistance Bands"), exercises);
        assertTrue(patient.textContent("main").contains(
                "Next stage, when your therapist says so: Prone Shoulder Blade Retraction instead of Scapular Squeeze"));

        patient.navigate(url("/me/sessions/new"));
        String form = patient.textContent("main");
        assertTrue(form.contains("Scapular Squeeze"), form);
        assertFalse(form.contains("Prone Shoulder Blade Retraction"), form);
        assertFalse(form.contains("Wide Row with Resistance Bands"), form);

        Page staff = signedIn("therapist1", "/portal/programs/" + id + "/versions/1/print");
        assertEquals(9, staff.locator("section.card:has(p.dosage)").count());
        assertTrue(staff.textContent("body").contains("Next stage, when your therapist says so"));
        staff.navigate(url("/portal/programs/" + id + "/versions/1"));
        assertTrue(staff.textContent("main").contains("not shown to the patient in this version"));
    }
}
