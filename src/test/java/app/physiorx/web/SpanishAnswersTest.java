package app.physiorx.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import app.physiorx.support.Browser;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.LoggingPatient;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a Spanish-speaking patient reads when they answer: the questionnaires (the built-in questions, their answers'
 * errors, their progress in words, the step-by-step words of questionnaire.js), the guidance after a painful or a
 * red-flag session, the session form's own errors, and the error page. Every page says lang="es", holds no English
 * sentence words (SpanishPagesTest.ENGLISH) and passes axe-core; the API answers the patient in Spanish too.
 */
@QuarkusTest
public class SpanishAnswersTest extends BrowserTest {

    private static void inSpanish(Page page, String what, Set<String> allowed) {
        SpanishPagesTest.assertInSpanish(page, what, allowed);
    }

    private static long measure(LoggingPatient patient, String code) {
        long instrument = Api.as("therapist1").get("/api/instruments").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.code == '" + code + "' }.id");
        return Api.as("therapist1").body(Map.of("programId", patient.programId(), "instrumentId", instrument, "atStart", true,
                "everyWeeks", 2)).post("/api/patients/" + patient.id() + "/measures").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    @Test
    void aSpanishSpeakingPatientAnswersTheQuestionnairesInSpanish() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        SpanishPagesTest.setLanguage(patient.id(), "es");
        long psfs = measure(patient, "psfs");
        long nprs = measure(patient, "nprs");
        measure(patient, "groc");
        Page phone = patientOnPhone(patient, 360);
        Set<String> allowed = new HashSet<>(Set.of("PhysioRx", phone.textContent(".user-name")));
        // the PSFS credit line: the authors and the journal of the original paper
        allowed.add(Api.as("therapist1").get("/api/instruments").then().statusCode(200).extract().jsonPath()
                .getString("find { it.code == 'psfs' }.credit"));

        // the installable app's name and description, in Spanish
        String manifest = phone.getAttribute("link[rel=manifest]", "href");
        assertEquals("/static/manifest-es.json", manifest);
        String installed = phone.evaluate("fetch('" + manifest + "').then(r => r.text())").toString();
        assertTrue(installed.contains("\"lang\": \"es\"") && installed.contains("mi programa de ejercicios"), installed);

        phone.navigate(url("/me/measures"));
        inSpanish(phone, "/me/measures", allowed);
        String list = phone.textContent("main");
        assertTrue(list.contains("Escala funcional específica del paciente"), list);
        assertTrue(list.contains("Aún no ha respondido «Valoración del dolor (NPRS)»."), list);

        // with its script, the questionnaire goes one question at a time, in Spanish
        phone.navigate(url("/me/measures/" + psfs));
        inSpanish(phone, "the PSFS, first question", allowed);
        assertEquals("Pregunta 1 de 5", phone.textContent(".step-count").strip());
        phone.click(".step-nav button.big");
        assertTrue(phone.textContent(".step-error").contains("Escriba el nombre de la actividad para seguir."));
        Browser.snap(phone, "questionnaire-es-phone");

        // without it (a plain form post), the server checks the answers and says what is missing in Spanish
        Page plain = browser.newPhonePage(360);
        plain.context().addCookies(phone.context().cookies());
        plain.route("**/static/questionnaire.js", route -> route.abort());
        plain.navigate(url("/me/measures/" + psfs));
        plain.fill("input[name='activities.activity1']", "Subir escaleras");
        plain.check("input[name='answers.activity1'][value='4']");
        plain.click("form.questionnaire button[type=submit]");
        String refused = plain.textContent("form.questionnaire");
        assertTrue(refused.contains("Revise las respuestas marcadas abajo."), refused);
        assertTrue(refused.contains("Esta pregunta necesita una respuesta."), refused);
        Set<String> withActivity = new HashSet<>(allowed);
        withActivity.add("Subir escaleras");
        inSpanish(plain, "the PSFS with errors", withActivity);
        Browser.snap(plain, "questionnaire-errors-es-phone");

        // the pain rating, answered: the thanks and the first score in words
        plain.navigate(url("/me/measures/" + nprs));
        assertTrue(plain.textContent("form.questionnaire").contains("Nada de dolor"));
        plain.check("input[name='answers.pain'][value='6']");
        plain.click("form.questionnaire button[type=submit]");
        plain.waitForURL(java.util.regex.Pattern.compile(".*/me/measures/" + nprs + "\\?answered=true"));
        inSpanish(plain, "the NPRS, answered", allowed);
        String done = plain.textContent("main");
        assertTrue(done.contains("Gracias, sus respuestas se han guardado"), done);
        assertTrue(done.contains("Su primera puntuación de «Valoración del dolor (NPRS)» es 6."), done);
        plain.navigate(url("/me/measures/" + nprs));
        inSpanish(plain, "the NPRS, not due again yet", allowed);
        assertTrue(plain.textContent("main").matches("(?s).*Ahora no hay nada que responder: este cuestionario le toca el \\d+ de \\p{L}+ de 20\\d\\d\\..*"),
                plain.textContent("main"));

        // the API answers the patient in their language: the questions, and a refused answer's message
        JsonPath mine = patient.api().get("/api/me/measures").then().statusCode(200).extract().jsonPath();
        assertEquals("Muchísimo mejor", mine.getString("find { it.instrument.code == 'groc' }.instrument.items[0].options.find { it.value == 7 }.label"));
        patient.api().body(Map.of("clientId", UUID.randomUUID().toString(), "answers", Map.of("pain", 11), "activities", Map.of()))
                .post("/api/me/measures/" + nprs + "/responses").then().statusCode(400).contentType("application/problem+json")
                .body(org.hamcrest.Matchers.containsString("11 no es una respuesta válida; indique un número entero de 0 a 10."));
        patient.api().body(Map.of("clientId", UUID.randomUUID().toString(), "answers", Map.of("pain", 5), "activities", Map.of()))
                .post("/api/me/measures/" + nprs + "/responses").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.startsWith("Aún no toca responder este cuestionario: le toca el "));
    }

    @Test
    void aSpanishSpeakingPatientIsGuidedInSpanishAfterAPainfulSession() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        SpanishPagesTest.setLanguage(patient.id(), "es");
        Page phone = patientOnPhone(patient, 390);

        // a value far above the plan: the form says so beside the field, in Spanish
        phone.navigate(url("/me/sessions/new"));
        Set<String> onForm = new HashSet<>(SpanishPagesTest.logContent(phone));
        onForm.add("PhysioRx");
        onForm.add(phone.textContent(".user-name"));
        phone.check("input[name=painBefore][value='2']");
        phone.check("input[name=painAfter][value='3']");
        String first = "ex." + patient.exerciseId(0) + ".";
        phone.evaluate("() => document.querySelectorAll('.exercise-log details').forEach(d => d.open = true)");
        phone.fill("input[name='" + first + "sets']", "19"); // the form allows up to 20; the plan's 2 or 3 sets, at most 13
        phone.click("form.session-form p.actions button[type=submit]");
        String error = phone.textContent("[id='e-" + first + "sets']");
        assertTrue(error.startsWith("Es mucho más que las"), error);
        inSpanish(phone, "the session form, a value far above the plan", onForm);

        // a painful session: the guidance on the phone is in Spanish
        JsonPath pain = patient.log(patient.session(2, 9));
        assertEquals("Hoy ha tenido más dolor", pain.getString("guidance.title"));
        phone.navigate(url("/me/sessions/" + pain.getLong("session.id") + "?logged=true"));
        Set<String> onSession = new HashSet<>(Set.of("PhysioRx", phone.textContent(".user-name"), "Felt fine."));
        for (Object t : phone.locator(".done-list .card-title, .done-list p.muted").allInnerTexts()) {
            onSession.add(t.toString().replaceFirst("^Plan:\\s*", "").strip());
            onSession.add(t.toString().strip());
        }
        inSpanish(phone, "a painful session's guidance", onSession);
        assertTrue(phone.textContent("#guidance").contains("Descanse y muévase con suavidad"));

        // a red flag: stop, call the clinic, urgent care for the urgent symptoms
        JsonPath red = patient.log(patient.session(2, 3, "BLADDER_BOWEL"));
        List<String> steps = red.getList("guidance.steps");
        assertEquals("Deje el programa y póngase en contacto con su clínica", red.getString("guidance.title"));
        assertTrue(steps.getFirst().startsWith("Ha indicado un síntoma que necesita un médico hoy mismo"), steps.toString());
        assertEquals("Ya se ha avisado a su fisioterapeuta.", steps.getLast());
        phone.navigate(url("/me/sessions/" + red.getLong("session.id") + "?logged=true"));
        inSpanish(phone, "a red-flag session's guidance", onSession);
        Browser.snap(phone, "red-flag-guidance-es-phone");

        // until the clinic resolves it, the patient's home page says what they reported, and when, in Spanish
        phone.navigate(url("/me"));
        Set<String> onHome = new HashSet<>(SpanishPagesTest.exerciseContent(phone));
        onHome.addAll(Set.of("PhysioRx", phone.textContent(".user-name")));
        inSpanish(phone, "/me with a red flag", onHome);
        String notice = phone.textContent("main");
        assertTrue(notice.matches("(?s).*En su sesión del \\p{L}+ \\d+ de \\p{L}+ de 20\\d\\d indicó cambios.*"), notice);

        // the phone's own red-flag guidance (for a session it cannot send yet) is written in Spanish too
        phone.navigate(url("/me/sessions/new"));
        String offline = phone.locator("template, [data-red-flags]").evaluateAll(
                "els => els.map(e => e.content ? e.content.textContent : e.textContent).join(' ')").toString();
        assertFalse(offline.contains("Stop"), offline);
        assertTrue(offline.contains("Deje de hacer sus ejercicios en casa por ahora."), offline);

        // an address that does not exist: the error page in Spanish
        phone.navigate(url("/me/sessions/999999999"));
        inSpanish(phone, "the error page", Set.of("PhysioRx", phone.textContent(".user-name")));
        assertEquals("No encontrado", phone.textContent("h1").strip());
    }
}
