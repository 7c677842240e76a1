package app.physiorx.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Browser;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.LoggingPatient;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * With the clinic's portal in Spanish, the library (a search, a facet, a starter exercise, the editor with and
 * without errors), the template editor, the audit pages and export/import say lang="es", hold none of the English
 * words that give an English sentence away (exercise content, names and other data allowed) and pass axe-core.
 * Uses the second demo clinic and sets it back to English at the end, as {@link SpanishPortalTest} does.
 */
@QuarkusTest
public class SpanishLibraryPagesTest extends BrowserTest {
    /** Exercise content and data on the page: names, steps, cues, tags, users, audit events. */
    private static Set<String> data(Page page) {
        Set<String> allowed = new HashSet<>(Set.of("PhysioRx", "JSON", "CSV", "ZIP", "JSON Schema", "GET /api/audit/verify"));
        allowed.add(page.textContent(".user-name"));
        List<String> texts = new ArrayList<>();
        for (String selector : List.of(
                // the library's cards: names, subtitles, tags; the exercise's page: its name, subtitle, note, steps, cues...
                ".card .card-title", ".card .subtitle", ".tag", "main h1", "p.subtitle", ".dosage + p", ".position-line", ".steps li",
                ".panel h2 + ul li", ".panel ul li a", "figcaption", ".did-you-mean a",
                // the editors' lists of exercises to choose from
                "#f-progressionOf option", "select[name=exerciseId] option",
                // the audit trail: users, actions, patients, requests, addresses and browsers
                "table.audit td:nth-child(2)", "table.audit td:nth-child(4)", "table.audit td:nth-child(5)",
                "table.audit td:nth-child(7)", "table.audit td:nth-child(8)", "table.list td:first-child",
                // an imported file's fields, and its problems that have no Spanish (marked lang="en")
                "#import-errors td code", "#import-errors td[lang=en]")) {
            texts.addAll(page.locator(selector).allInnerTexts());
        }
        // the name and action of each of the latest events
        for (String t : page.locator(".history li").allInnerTexts()) {
            String[] parts = t.split(" · ");
            for (int i = 1; i < parts.length - 1; i++) {
                texts.add(parts[i]);
            }
        }
        Object labels = page.evaluate("() => [...document.querySelectorAll('svg[aria-label], img[alt]')].map(e => e.getAttribute('aria-label') || e.getAttribute('alt'))");
        if (labels instanceof List<?> list) {
            list.forEach(l -> texts.add(String.valueOf(l)));
        }
        for (String t : texts) {
            String text = t.strip();
            if (!text.isEmpty()) {
                allowed.add(text);
                allowed.add(text.replaceFirst("^\\d+\\.\\s*", ""));
            }
        }
        return allowed;
    }

    private static void inSpanish(Page page, String what) {
        SpanishPagesTest.assertInSpanish(page, what, data(page));
    }

    private static String doc(String exercises) {
        return "{\"format\": \"physiorx-library\", \"version\": 1, \"exercises\": [" + exercises + "], \"templates\": []}";
    }

    private static String entry(String key, String name, String extra) {
        return "{\"key\": \"" + key + "\", \"name\": \"" + name + "\", \"bodyRegions\": [\"KNEE\"], \"position\": \"SITTING\", "
                + "\"dosage\": {\"repsMin\": 10, \"repsMax\": 15, \"repsMode\": \"PLAIN\"}, \"steps\": [\"Straighten the knee.\"]" + extra + "}";
    }

    private static void upload(Page page, String json) {
        page.setInputFiles("#file", new com.microsoft.playwright.options.FilePayload("library.json", "application/json",
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.click("form[enctype] button[type=submit]");
    }

    @Test
    void theLibraryTemplatesAndAuditPagesSpeakTheClinicsLanguage() {
        SpanishPortalTest.setPortalLanguage("clinicadmin2", "es");
        try {
            Page therapist = signedIn("therapist2", "/portal/library");
            inSpanish(therapist, "/portal/library");
            assertTrue(therapist.textContent("h1").contains("Biblioteca de ejercicios"));
            assertTrue(therapist.textContent("#results").contains("×/día"), "the cards' dosage in Spanish");
            Browser.snap(therapist, "library-es-desktop");

            therapist.navigate(url("/portal/library?q=knee"));
            inSpanish(therapist, "a search");
            String facet = therapist.locator("nav.facets a").first().getAttribute("href");
            therapist.navigate(url(facet));
            inSpanish(therapist, "a search with a facet");
            assertTrue(therapist.locator("nav.facets strong[aria-current]").count() > 0, facet);
            therapist.navigate(url("/portal/library?q=zzqx-nothing"));
            inSpanish(therapist, "a search that finds nothing");
            therapist.navigate(url("/portal/library?region=ELBOW&position=SITTING&equipment=TOWEL&movement=STRETCH&difficulty=1"));
            inSpanish(therapist, "filtered by every select");

            therapist.navigate(url("/portal/library?q=wrist+circles"));
            therapist.click("a.card-title:has-text('Wrist Circles')");
            therapist.waitForSelector("h1:has-text('Wrist Circles')");
            inSpanish(therapist, "a starter exercise");
            assertTrue(therapist.textContent("main").contains("Catálogo inicial"));
            Browser.snap(therapist, "exercise-es-desktop");

            // a copy for the clinic: its editor, then its page with the upload form and a refused file
            therapist.click("form[action$='/copy'] button");
            therapist.waitForURL(java.util.regex.Pattern.compile(".*/portal/library/\\d+/edit"));
            inSpanish(therapist, "the editor of a copy");
            therapist.click("form.exercise-form button[type=submit]");
            therapist.waitForURL(java.util.regex.Pattern.compile(".*/portal/library/\\d+"));
            inSpanish(therapist, "the clinic's own exercise");
            therapist.setInputFiles("#media-file", new com.microsoft.playwright.options.FilePayload("notes.png", "image/png",
                    "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            therapist.click("form[enctype] button[type=submit]");
            therapist.waitForSelector("#e-file");
            assertTrue(therapist.textContent("#e-file").contains("solo se aceptan imágenes PNG y JPEG"), therapist.textContent("#e-file"));
            inSpanish(therapist, "a refused upload");

            therapist.navigate(url("/portal/library/new"));
            inSpanish(therapist, "the new exercise form");
            therapist.fill("[id='f-dosage.setsMin']", "dos");
            therapist.click("form.exercise-form button[type=submit]");
            therapist.waitForSelector(".alert-box[role=alert]");
            assertTrue(therapist.textContent(".alert-box").contains("Corrija los campos"));
            assertTrue(therapist.textContent("body").contains("Escriba las series desde como número entero"), therapist.textContent("body"));
            inSpanish(therapist, "the exercise form with a number it cannot read");
            therapist.fill("[id='f-dosage.setsMin']", "");
            therapist.click("form.exercise-form button[type=submit]");
            therapist.waitForSelector("#e-name");
            assertTrue(therapist.textContent("#e-name").contains("Rellene el nombre."), therapist.textContent("#e-name"));
            inSpanish(therapist, "the exercise form with errors");
            Browser.snap(therapist, "exercise-form-errors-es-desktop");

            therapist.navigate(url("/portal/templates/new"));
            inSpanish(therapist, "the new template form");
            therapist.click("form.panel button[type=submit]");
            therapist.waitForSelector(".alert-box[role=alert]");
            inSpanish(therapist, "the template form with errors");

            therapist.navigate(url("/portal/library/transfer"));
            inSpanish(therapist, "export and import (therapist)");

            Page admin = signedIn("clinicadmin2", "/portal/library/transfer");
            inSpanish(admin, "export and import (clinic admin)");
            assertTrue(admin.textContent("main").contains("Importar en su clínica"));
            String name = app.physiorx.support.Api.unique("Rodilla importada");
            upload(admin, doc(entry("a", name, "") + "," + entry("b", name, "")));
            admin.waitForSelector("#import-errors");
            assertTrue(admin.textContent("#import-errors").contains("No se ha importado nada"), admin.textContent("#import-errors"));
            assertTrue(admin.textContent("#import-errors").contains("otro ejercicio de este archivo se llama"), admin.textContent("#import-errors"));
            inSpanish(admin, "an import with problems");
            upload(admin, doc(entry("a", name, ", \"difficulty\": 7")));
            admin.waitForSelector("#import-errors td[lang=en]"); // the schema validator's own words have no Spanish
            inSpanish(admin, "an import the schema refuses");
            admin.check("#dryRun");
            upload(admin, doc(entry("a", name, "")));
            admin.waitForSelector("#import-done");
            assertTrue(admin.textContent("#import-done").contains("Prueba, no se ha guardado nada"), admin.textContent("#import-done"));
            inSpanish(admin, "a trial import");
            admin.navigate(url("/portal/audit"));
            inSpanish(admin, "/portal/audit");
            assertTrue(admin.textContent("h1").contains("Registro de auditoría"));
            admin.navigate(url("/portal/audit?patientId=not-a-number"));
            inSpanish(admin, "/portal/audit with a wrong filter");
            LoggingPatient patient = LoggingPatient.of("therapist2");
            admin.navigate(url("/portal/audit/patients/" + patient.id()));
            inSpanish(admin, "an access report");
            admin.navigate(url("/portal/audit/chain"));
            assertTrue(admin.textContent("body").contains("Comprobación completa"), admin.textContent("body"));
        } finally {
            SpanishPortalTest.setPortalLanguage("clinicadmin2", "en");
        }
    }
}
