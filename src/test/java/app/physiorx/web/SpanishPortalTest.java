package app.physiorx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import app.physiorx.support.BrowserTest;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A clinic admin turns the clinic's portal to Spanish: the staff pages of that clinic then say lang="es", hold none of
 * the English words that give an English sentence away (names and other data allowed) and pass axe-core. Uses the
 * second demo clinic (clinicadmin2, therapist2) and sets it back to English at the end: the tests share the database.
 */
@QuarkusTest
public class SpanishPortalTest extends BrowserTest {
    /** More data of the pages under test (a program's title, its patient's name). */
    private static final Set<String> EXTRA = new HashSet<>();

    public static void setPortalLanguage(String admin, String language) {
        Map<String, Object> clinic = Api.as(admin).get("/api/clinic").then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> update = new HashMap<>();
        for (String k : List.of("name", "phone", "paperSize")) {
            if (clinic.get(k) != null) {
                update.put(k, clinic.get(k));
            }
        }
        update.put("language", language);
        Api.as(admin).body(update).put("/api/clinic").then().statusCode(200)
                .body("language", org.hamcrest.Matchers.equalTo(language));
    }

    /** The data on a staff page that is not the portal's words: the user's and clinic's names, the open alerts' patients and rules. */
    private static Set<String> data(Page page) {
        Set<String> allowed = new HashSet<>(Set.of("PhysioRx", "English", "Español"));
        allowed.add(page.textContent(".user-name"));
        for (String selector : List.of("ul.alerts", ".page-head .muted")) {
            if (page.locator(selector).count() > 0) {
                allowed.add(page.locator(selector).first().innerText());
            }
        }
        // the caseload's patients: their names, conditions and therapists
        for (String selector : List.of("table.caseload td:nth-child(2) a", "table.caseload td:nth-child(3)", "table.caseload td:nth-child(4)",
                // the alerts' patients and rules (the rules' words are not translated yet), the templates' names and descriptions
                "table.alerts-table td:nth-child(2)", "table.alerts-table td:nth-child(3)", ".card .card-title", ".card p",
                // a version's exercises (exercise content; their dosage is said in Spanish), program titles
                ".plain-program h2", ".next-stage",
                // a template's content: its name, condition, description, stages, exercises, dosage and notes
                ".page-head h1", ".stages li strong", "table.panel td:nth-child(2) a", "table.panel td:nth-child(3)",
                "table.panel td:nth-child(5)")) {
            allowed.addAll(page.locator(selector).allInnerTexts());
        }
        allowed.addAll(EXTRA);
        allowed.remove("");
        // the longest first: an exercise's name inside a longer text must not break that text's match
        Set<String> longestFirst = new java.util.TreeSet<>(java.util.Comparator.comparingInt(String::length).reversed()
                .thenComparing(java.util.Comparator.naturalOrder()));
        longestFirst.addAll(allowed);
        return longestFirst;
    }

    private static void inSpanish(Page page, String what) {
        SpanishPagesTest.assertInSpanish(page, what, data(page));
    }

    @Test
    void aClinicAdminTurnsThePortalToSpanish() {
        try {
            Page admin = signedIn("clinicadmin2", "/portal/clinic");
            assertEquals("en", admin.getAttribute("html", "lang"));
            admin.selectOption("#f-language", "es");
            admin.click("form.panel button[type=submit]");
            admin.waitForURL(url("/portal/clinic?saved=true"));
            inSpanish(admin, "/portal/clinic after saving");
            assertEquals("es", admin.inputValue("#f-language"));
            assertTrue(admin.textContent("h1").contains("Ajustes de la clínica"));

            admin.navigate(url("/portal"));
            inSpanish(admin, "/portal (clinic admin)");

            Page therapist = signedIn("therapist2", "/portal");
            inSpanish(therapist, "/portal (therapist)");
            assertTrue(therapist.textContent(".user-role").contains("fisioterapeuta"));
            therapist.navigate(url("/portal/patients"));
            inSpanish(therapist, "/portal/patients");
            therapist.navigate(url("/portal/patients?status=DISCHARGED&q=zz-nobody"));
            inSpanish(therapist, "/portal/patients, nothing found");
            therapist.navigate(url("/portal/alerts?status=ALL"));
            inSpanish(therapist, "/portal/alerts");
            therapist.navigate(url("/portal/alerts?severity=HIGH&status=RESOLVED"));
            inSpanish(therapist, "/portal/alerts, filtered");
            therapist.navigate(url("/portal/templates"));
            inSpanish(therapist, "/portal/templates");
            Map<String, Object> template = Api.as("therapist2").get("/api/templates").then().statusCode(200).extract().jsonPath()
                    .getMap("find { it.name == 'Upper back pain' }");
            Map<String, Object> full = Api.as("therapist2").get("/api/templates/" + template.get("id")).then().statusCode(200)
                    .extract().jsonPath().getMap("");
            for (String k : List.of("name", "condition", "description")) {
                if (full.get(k) != null) {
                    EXTRA.add(full.get(k).toString());
                }
            }
            for (Object stage : (List<?>) full.getOrDefault("stages", List.of())) {
                Object note = ((Map<?, ?>) stage).get("note");
                if (note != null) {
                    EXTRA.add(note.toString());
                }
            }
            therapist.navigate(url("/portal/templates/" + template.get("id")));
            inSpanish(therapist, "a starter template");
            app.physiorx.support.LoggingPatient patient = app.physiorx.support.LoggingPatient.of("therapist2");
            String program = "/portal/programs/" + patient.programId();
            Map<String, Object> record = Api.as("therapist2").get("/api/programs/" + patient.programId()).then().statusCode(200)
                    .extract().jsonPath().getMap("");
            for (String k : List.of("title", "patientName", "goal")) {
                if (record.get(k) != null) {
                    EXTRA.add(record.get(k).toString());
                }
            }
            therapist.navigate(url(program + "/versions"));
            inSpanish(therapist, "versions");
            therapist.navigate(url(program + "/versions/1"));
            inSpanish(therapist, "version 1");
            assertTrue(therapist.locator(".plain-program .dosage").first().innerText().matches(".*(series|repeticiones|minuto|segundos).*"),
                    therapist.locator(".plain-program .dosage").first().innerText());
            therapist.navigate(url(program + "/publish"));
            inSpanish(therapist, "publish, nothing changed");

            // another clinic's portal stays in English
            Page other = signedIn("therapist1", "/portal");
            assertEquals("en", other.getAttribute("html", "lang"));
            assertTrue(other.textContent("nav").contains("Caseload"));
        } finally {
            setPortalLanguage("clinicadmin2", "en");
        }
    }

    @Test
    void theApiRefusesAnUnknownLanguage() {
        Map<String, Object> update = new HashMap<>(Map.of("name", Api.as("clinicadmin2").get("/api/clinic").then().statusCode(200)
                .extract().path("name"), "paperSize", "A4", "language", "fr"));
        Api.as("clinicadmin2").body(update).put("/api/clinic").then().statusCode(400)
                .contentType("application/problem+json")
                .body(org.hamcrest.Matchers.containsString("language"));
        Api.as("clinicadmin2").get("/api/clinic").then().statusCode(200).body("language", org.hamcrest.Matchers.equalTo("en"));
    }
}
