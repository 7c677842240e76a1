package app.physiorx.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.AlertStreamClient;
import app.physiorx.support.Api;
import app.physiorx.support.Browser;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.LoggingPatient;
import app.physiorx.support.PatientRecords;
import app.physiorx.support.Tokens;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A patient's access report shows every read of their data. Derived from the access matrix
 * (src/test/resources/access-matrix.txt): every GET that the patient's therapist, the clinic admin or
 * the patient may read is called by that person, and the call must then appear in the patient's
 * access report, also where the answer lists several patients (caseload, alert list, dashboard, alert
 * panel) and for alerts carried by the two live streams. The few reads that show no patient data are
 * named below with the reason; an endpoint added to the matrix is checked without touching this test.
 */
@QuarkusTest
class AccessReportShowsEveryReadTest extends BrowserTest {
    /** Reads that show nothing of any patient, so they leave nothing in a patient's report. */
    static final Map<String, String> NO_PATIENT_DATA = Map.ofEntries(
            Map.entry("GET /", "the public landing page"),
            Map.entry("GET /login", "a redirect to the caller's home page"),
            Map.entry("GET /api/me", "the caller's own sign-in identity"),
            Map.entry("GET /api/clinic", "the clinic's name and settings"),
            Map.entry("GET /portal/clinic", "the clinic's name and settings"),
            Map.entry("GET /api/clinic/therapists", "the clinic's staff"),
            Map.entry("GET /api/alerts/counts", "counts by severity, no names"),
            Map.entry("GET /portal/alerts/nav", "counts by severity, no names"),
            Map.entry("GET /portal/patients/new", "an empty form"),
            Map.entry("GET /api/instruments", "the outcome instruments: questions and scoring, no patient"),
            Map.entry("GET /api/instruments/{id}", "one outcome instrument: questions and scoring, no patient"),
            Map.entry("GET /fhir/metadata", "the FHIR capability statement"),
            Map.entry("GET /fhir/Questionnaire/{id}", "an outcome instrument as a FHIR Questionnaire, no patient"),
            Map.entry("GET /fhir/ActivityDefinition/{id}", "a library exercise, no patient"),
            Map.entry("GET /fhir/PlanDefinition/{id}", "a program template, no patient"),
            Map.entry("GET /fhir/Practitioner/{id}", "a therapist, no patient"),
            Map.entry("GET /api/audit", "the audit trail itself (who read what), itself audited as audit.read"),
            Map.entry("GET /api/audit/export.csv", "the audit trail itself, itself audited"),
            Map.entry("GET /api/audit/verify", "counts of the hash chain"),
            Map.entry("GET /api/audit/verify/full", "the progress and result of the walk of the hash chain"),
            Map.entry("GET /portal/audit/chain", "the progress and result of the walk of the hash chain"),
            Map.entry("GET /portal/audit", "the audit trail itself, itself audited"));
    /** Library and templates: the clinic's shared exercises, no patient in them. */
    static final List<String> LIBRARY = List.of("/api/exercises", "/portal/library", "/api/templates", "/portal/templates",
            "/api/library");

    @Test
    void everyReadOfAPatientsDataIsInThatPatientsAccessReport() throws Exception {
        PatientRecords records = PatientRecords.of("therapist1", "Report");
        LoggingPatient patient = records.patient();
        Map<String, String> ids = records.ids();
        Page therapist = signedIn("therapist1", "/portal");
        Page admin = signedIn("clinicadmin1", "/portal");
        Page own = browser.newPage();
        own.navigate(url("/me"));
        Browser.keycloakLogin(own, patient.username(), "Own-" + patient.username() + "-pw");
        own.waitForURL(url("/me"));
        String therapistToken = Tokens.accessToken("therapist1");
        String adminToken = Tokens.accessToken("clinicadmin1");

        List<String> called = new ArrayList<>();
        List<String> streams = new ArrayList<>();
        for (Map.Entry<String, String> row : AccessMatrixTest.readTable().entrySet()) {
            String endpoint = row.getKey();
            String template = endpoint.substring(endpoint.indexOf(' ') + 1);
            String[] answers = row.getValue().split(" ");
            int by = answers[0].equals("200") ? 0 : answers[5].equals("200") ? 5 : answers[3].equals("200") ? 3 : -1;
            if (!endpoint.startsWith("GET ") || by < 0 || NO_PATIENT_DATA.containsKey(endpoint)
                    || LIBRARY.stream().anyMatch(template::startsWith)) {
                continue;
            }
            if (template.endsWith("/stream")) {
                streams.add(template);
                continue;
            }
            String path = AccessMatrixTest.concrete(template, ids);
            int status;
            if (template.startsWith("/api/") || template.startsWith("/fhir/")) {
                String token = by == 0 ? therapistToken : by == 5 ? adminToken : patient.token();
                status = given().auth().oauth2(token).redirects().follow(false).get(path).then().extract().statusCode();
            } else {
                Page page = by == 0 ? therapist : by == 5 ? admin : own;
                APIResponse response = page.context().request().fetch(url(path), RequestOptions.create().setMaxRedirects(0));
                status = response.status();
            }
            assertTrue(status == 200, endpoint + " answered " + status + " to the one the matrix lets read it");
            called.add("GET " + path.replaceFirst("\\?.*", "")); // the report lists the path without its query
        }
        assertTrue(called.size() > 30, "only " + called.size() + " reads derived from the matrix: " + called);
        assertTrue(called.containsAll(List.of("GET /api/patients", "GET /portal/patients", "GET /api/alerts", "GET /portal/alerts",
                "GET /portal", "GET /portal/alerts/panel")), "the lists are among the reads: " + called);

        Set<String> missing = missingFromReport(patient.id(), called);
        assertTrue(missing.isEmpty(), "reads of patient " + patient.id() + " missing from their access report: " + missing);

        // the streams: an alert they carry is in the report of the patient it is about
        assertTrue(streams.containsAll(List.of("/api/alerts/stream", "/portal/alerts/stream")), "both streams: " + streams);
        LoggingPatient later = LoggingPatient.of("therapist1");
        try (AlertStreamClient api = AlertStreamClient.open(base.toString(), "therapist1");
             AlertStreamClient portal = AlertStreamClient.openPortal(base.toString(), therapist)) {
            later.log(later.session(9, 9));
            assertNotNull(api.next(10, TimeUnit.SECONDS), "the API stream carried the alert");
            assertNotNull(portal.next(10, TimeUnit.SECONDS), "the portal stream carried the alert");
        }
        // a delivery's event is written beside the send, not before the client reads it: wait for it a little
        Set<String> streamMissing = missingFromReport(later.id(), List.of("GET /api/alerts/stream", "GET /portal/alerts/stream"));
        for (int tries = 0; !streamMissing.isEmpty() && tries < 50; tries++) {
            Thread.sleep(200);
            streamMissing = missingFromReport(later.id(), List.of("GET /api/alerts/stream", "GET /portal/alerts/stream"));
        }
        assertTrue(streamMissing.isEmpty(), "alerts delivered on streams missing from the patient's report: " + streamMissing);
    }

    /** The reads not found among the requests of the patient's access report (read by the clinic admin). */
    private static Set<String> missingFromReport(long patientId, List<String> reads) {
        List<String> requests = Api.as("clinicadmin1").get("/api/audit/patients/" + patientId).then().statusCode(200)
                .extract().jsonPath().getList("events.request", String.class);
        Set<String> missing = new TreeSet<>(reads);
        missing.removeAll(requests);
        return missing;
    }
}
