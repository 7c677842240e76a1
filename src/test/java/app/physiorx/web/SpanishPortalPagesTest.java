package app.physiorx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import app.physiorx.support.Browser;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.LoggingPatient;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The staff pages of one patient in a clinic whose portal speaks Spanish: the patient page, the new-patient and edit
 * forms (with a field error), the sign-in sheet, the program builder (with a field error) and an alert (before and
 * after acknowledging it) say lang="es", hold no English sentence words outside the data, and pass axe-core. The
 * data allowed: names, the program's title, exercise names, the library's default dosage, the templates' names, and
 * the reasons of the alert, which are stored in English when it is raised.
 */
@QuarkusTest
public class SpanishPortalPagesTest extends BrowserTest {

    @Test
    void aTherapistWorksWithAPatientInSpanish() {
        try {
            SpanishPortalTest.setPortalLanguage("clinicadmin2", "es");
            LoggingPatient patient = LoggingPatient.of("therapist2");
            patient.log(patient.session(8, 9, "NUMBNESS"));
            Set<String> data = data(patient);
            long alert = Api.as("therapist2").get("/api/alerts?patientId=" + patient.id()).then().statusCode(200)
                    .extract().jsonPath().getLong("alerts[0].id");
            Map<String, Object> details = Api.as("therapist2").get("/api/alerts/" + alert).then().statusCode(200)
                    .extract().jsonPath().getMap("");
            for (Object r : (List<?>) ((Map<?, ?>) details.get("alert")).get("reasons")) {
                data.add(((Map<?, ?>) r).get("detail").toString());
            }
            for (Object t : (List<?>) details.get("trips")) {
                data.add(((Map<?, ?>) t).get("detail").toString());
            }

            // an outcome measure the patient has answered once
            List<Map<String, Object>> instruments = Api.as("therapist2").get("/api/instruments").then().statusCode(200)
                    .extract().jsonPath().getList("");
            instruments.forEach(i -> data.add(i.get("title").toString()));
            Object nprs = instruments.stream().filter(i -> "nprs".equals(i.get("code"))).findFirst().orElseThrow().get("id");
            long measure = Api.as("therapist2").body(Map.of("programId", patient.programId(), "instrumentId", nprs, "atStart", true,
                    "everyWeeks", 4)).post("/api/patients/" + patient.id() + "/measures").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            patient.api().body(Map.of("clientId", java.util.UUID.randomUUID().toString(), "answers", Map.of("pain", 6)))
                    .post("/api/me/measures/" + measure + "/responses").then().statusCode(201);

            Page page = signedIn("therapist2", "/portal/patients/" + patient.id());
            inSpanish(page, "the patient page", data);
            assertTrue(page.textContent("dl.facts").contains("Inglés"), "the patient's language in words");
            assertTrue(page.textContent(".measure .verdict").contains("Aún no hay respuestas suficientes"), page.textContent(".measure .verdict"));
            assertTrue(page.textContent("#measures").contains("Valoración del dolor (NPRS)"), "the built-in measure's Spanish name");
            Browser.snap(page, "patient-es");

            page.navigate(url("/portal/patients/new"));
            inSpanish(page, "the new-patient form", data);

            page.navigate(url("/portal/patients/" + patient.id() + "/edit"));
            inSpanish(page, "the edit form", data);
            page.fill("#f-firstName", "");
            page.fill("#f-dateOfBirth", "");
            page.fill("#f-email", "not-an-address");
            page.click("form.panel button[type=submit]");
            assertTrue(page.textContent("#e-firstName").contains("«nombre»"), page.textContent("#e-firstName"));
            inSpanish(page, "the edit form with errors", data);

            page.navigate(url("/portal/patients/" + patient.id()));
            page.click("form[action$='/access'] button");
            page.waitForSelector("#access-password");
            inSpanish(page, "the sign-in sheet", data);

            String builder = "/portal/programs/" + patient.programId();
            page.navigate(url(builder));
            data.addAll(libraryResults(page));
            inSpanish(page, "the program builder", data);
            Browser.snap(page, "builder-es");
            assertTrue(page.textContent("#items .summary").contains("×/día"), page.textContent("#items .summary"));
            page.fill("#f-painThreshold", "high");
            page.click("#details button[type=submit]");
            assertTrue(page.textContent("#e-painThreshold").contains("número entero"), page.textContent("#e-painThreshold"));
            inSpanish(page, "the program builder with an error", data);
            page.fill("#f-painThreshold", "7");
            page.fill("#f-startDate", "2026-03-10");
            page.fill("#f-reviewDate", "2026-03-01");
            page.click("#details button[type=submit]");
            assertEquals("La fecha de revisión no puede ser anterior a la fecha de inicio.", page.textContent("#e-reviewDate").strip());
            inSpanish(page, "the program builder with a service's error", data);
            page.navigate(url(builder + "?saved=details"));
            assertEquals("Se han guardado los datos del programa.", page.textContent("#builder-status").strip());
            inSpanish(page, "the program builder, details saved", data);

            page.navigate(url("/portal/alerts/" + alert));
            inSpanish(page, "an alert", data);
            Browser.snap(page, "alert-es");
            page.click("form[action$='/acknowledge'] button");
            page.waitForSelector("#alert-confirmation");
            inSpanish(page, "an acknowledged alert", data);
        } finally {
            SpanishPortalTest.setPortalLanguage("clinicadmin2", "en");
        }
    }

    /** The patient's and program's data, the clinic's templates and the exercises of the program. */
    private static Set<String> data(LoggingPatient patient) {
        Set<String> data = new HashSet<>(Set.of("PhysioRx", "Felt fine.", patient.username()));
        Map<String, Object> program = Api.as("therapist2").get("/api/programs/" + patient.programId()).then().statusCode(200)
                .extract().jsonPath().getMap("");
        for (String k : List.of("title", "patientName", "goal", "updatedBy")) {
            if (program.get(k) != null) {
                data.add(program.get(k).toString());
            }
        }
        for (Object item : (List<?>) program.get("items")) {
            Map<?, ?> i = (Map<?, ?>) item;
            data.add(i.get("exerciseName").toString());
        }
        data.addAll(Api.as("therapist2").get("/api/templates").then().statusCode(200).extract().jsonPath().getList("name"));
        Map<String, Object> record = Api.as("therapist2").get("/api/patients/" + patient.id()).then().statusCode(200)
                .extract().jsonPath().getMap("");
        for (String k : List.of("firstName", "lastName", "condition")) {
            if (record.get(k) != null) {
                data.add(record.get(k).toString());
            }
        }
        data.add(((Map<?, ?>) record.get("therapist")).get("name").toString());
        return data;
    }

    /** The names and default dosage (ranges, not in Spanish yet) of the exercises the builder's library side lists. */
    private static List<String> libraryResults(Page page) {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate("() => [...document.querySelectorAll('.library-results li')].flatMap(li => "
                + "[[...li.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim(), "
                + "li.querySelector('.muted')?.textContent ?? ''])");
        return found;
    }

    private static void inSpanish(Page page, String what, Set<String> data) {
        Set<String> allowed = new HashSet<>(data);
        allowed.add(page.textContent(".user-name"));
        if (page.locator("#access-password").count() > 0) {
            allowed.add(page.textContent("#access-password")); // random letters: "my27-..." is no English
        }
        // the other programs of the clinic one can copy, the measures' names
        for (String selector : List.of("#new-template option[value^=program]", "#f-instrumentId option[value]:not([value=''])")) {
            allowed.addAll(page.locator(selector).allInnerTexts().stream().map(t -> t.replaceFirst("^Copia: ", "")).toList());
        }
        allowed.remove("");
        SpanishPagesTest.assertInSpanish(page, what, allowed);
    }
}
