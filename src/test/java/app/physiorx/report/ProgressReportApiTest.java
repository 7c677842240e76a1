package app.physiorx.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import app.physiorx.support.LoggingPatient;
import app.physiorx.support.OwnerDatabase;
import app.physiorx.support.PdfText;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The progress report PDF over the API: every number it prints is worked out again here from what the API and
 * the database hold (sessions, the program's weekly target, scores, alerts), plus who may download it and bad
 * periods.
 */
@QuarkusTest
class ProgressReportApiTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private static long instrument(String code) {
        return Api.as("therapist1").get("/api/instruments").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.code == '" + code + "' }.id");
    }

    private static long addMeasure(LoggingPatient p, String code, Map<String, Object> schedule) {
        Map<String, Object> body = new HashMap<>(schedule);
        body.put("programId", p.programId());
        body.put("instrumentId", instrument(code));
        return Api.as("therapist1").body(body)
                .post("/api/patients/" + p.id() + "/measures").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void answer(LoggingPatient p, long measure, Map<String, ?> answers, Map<String, String> activities) {
        given().auth().oauth2(p.token()).contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "answers", answers, "activities", activities))
                .post("/api/me/measures/" + measure + "/responses").then().statusCode(201);
    }

    private static void logOn(LoggingPatient p, LocalDate day, int before, int after) {
        Map<String, Object> body = new HashMap<>(p.session(before, after));
        body.put("date", day.toString());
        p.log(body);
    }

    @Test
    void everyNumberInTheReportMatchesTheRecords() throws Exception {
        LoggingPatient p = LoggingPatient.of("therapist1");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = today.minusDays(13);
        long nprs = addMeasure(p, "nprs", Map.of("atStart", true));
        answer(p, nprs, Map.of("pain", 6), Map.of());
        // the program started a week ago; one session was logged before that
        LocalDate start = today.minusDays(7);
        OwnerDatabase.run("update program set start_date = date '" + start + "' where id = " + p.programId());
        logOn(p, today.minusDays(9), 8, 6);
        logOn(p, today.minusDays(1), 5, 5);
        logOn(p, today, 6, 4);
        logOn(p, today, 4, 1);
        long psfs = addMeasure(p, "psfs", Map.of("atStart", true, "everyWeeks", 1));
        insertEarlierPsfs(p, psfs, today.minusDays(7));
        answer(p, psfs, Map.of("activity1", 4, "activity2", 5, "activity3", 5), Map.of()); // worse by more than the MCID: an alert

        byte[] pdf = Api.as("therapist1").get("/api/patients/" + p.id() + "/progress-report.pdf?from=" + from + "&to=" + today)
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"progress-report-" + p.id() + "-" + from + "-" + today + ".pdf\""))
                .extract().asByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/progress-report-test.pdf"), pdf);
        String raw = PdfText.of(pdf);
        // the extractor runs a table row's cells together, so text and expectations are compared without white space
        String text = raw.replaceAll("\\s+", "");
        String why = "\n--- report text ---\n" + raw;

        JsonPath patient = Api.as("therapist1").get("/api/patients/" + p.id()).then().statusCode(200).extract().jsonPath();
        assertTrue(text.contains(squeeze(patient.getString("fullName"))), "patient name" + why);
        assertTrue(text.contains(squeeze("Period: " + from.format(DAY) + " to " + today.format(DAY) + " (14 days)")), "period" + why);
        assertTrue(text.contains(squeeze("Therapist: " + patient.getString("therapist.name"))), "therapist" + why);

        // sessions from the database, the weekly target from the published version's dosages
        List<Map<String, Object>> sessions = Api.as("therapist1").get("/api/patients/" + p.id() + "/sessions?size=100")
                .then().statusCode(200).extract().jsonPath().getList("sessions");
        assertEquals(4, sessions.size());
        int daysPerWeek = p.items().stream().mapToInt(i -> i.get("daysPerWeek") == null ? 7 : ((Number) i.get("daysPerWeek")).intValue())
                .max().orElse(0);
        assertTrue(p.items().stream().allMatch(i -> i.get("weekdays") == null || ((List<?>) i.get("weekdays")).isEmpty()),
                "the fixture's program asks for days a week, not weekdays");
        int allSessions = 0;
        int allDone = 0;
        int allAsked = 0;
        for (LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(today);
             monday = monday.plusWeeks(1)) {
            LocalDate first = monday.isBefore(from) ? from : monday;
            LocalDate last = monday.plusDays(6).isAfter(today) ? today : monday.plusDays(6);
            List<Map<String, Object>> in = sessions.stream().filter(s -> {
                LocalDate d = LocalDate.parse((String) s.get("date"));
                return !d.isBefore(first) && !d.isAfter(last);
            }).toList();
            int done = (int) in.stream().map(s -> s.get("date")).distinct().count();
            LocalDate open = first.isBefore(start) ? start : first; // nothing is asked for before the program's start
            int asked = open.isAfter(last) ? 0 : Math.min(daysPerWeek, (int) (last.toEpochDay() - open.toEpochDay() + 1));
            String week = first.equals(last) ? first.format(DAY) : first.format(SHORT) + " – " + last.format(DAY);
            String adherence = week + " " + in.size() + " " + done + " " + asked + " " + percent(done, asked);
            assertTrue(text.contains(squeeze(adherence)), "adherence row \"" + adherence + "\"" + why);
            List<Integer> before = in.stream().map(s -> ((Number) s.get("painBefore")).intValue()).toList();
            List<Integer> after = in.stream().map(s -> ((Number) s.get("painAfter")).intValue()).toList();
            String pain = week + " " + in.size() + " " + mean(before) + " " + median(before) + " " + mean(after) + " " + median(after);
            assertTrue(text.contains(squeeze(pain)), "pain row \"" + pain + "\"" + why);
            allSessions += in.size();
            allDone += Math.min(done, asked);
            allAsked += asked;
        }
        String whole = "Whole period " + allSessions + " " + allDone + " " + allAsked + " " + percent(allDone, allAsked);
        assertTrue(text.contains(squeeze(whole)), "whole-period row \"" + whole + "\"" + why);

        // scores, first, latest, change and MCID as the measures API has them
        JsonPath measures = Api.as("therapist1").get("/api/patients/" + p.id() + "/measures").then().statusCode(200).extract().jsonPath();
        for (long id : List.of(nprs, psfs)) {
            String m = "find { it.id == " + id + " }";
            for (Map<String, Object> r : measures.<Map<String, Object>>getList(m + ".responses")) {
                String score = plain(r.get("score")) + " on " + LocalDate.parse((String) r.get("answeredOn")).format(DAY);
                assertTrue(text.contains(squeeze(score)), "score \"" + score + "\"" + why);
            }
            String change = measures.get(m + ".change") == null ? "–" : signed(new BigDecimal(measures.get(m + ".change").toString()));
            String numbers = plain(measures.get(m + ".first")) + " " + plain(measures.get(m + ".latest")) + " " + change + " "
                    + plain(measures.get(m + ".instrument.scoring.mcid"));
            assertTrue(text.contains(squeeze(numbers)), "first, latest, change, MCID \"" + numbers + "\"" + why);
            assertTrue(text.contains(squeeze(measures.getString(m + ".verdictInWords").split(" ")[0])), "verdict" + why);
        }
        assertTrue(text.contains(squeeze("7 on " + today.minusDays(7).format(DAY))) && text.contains(squeeze("-2.3")), "the PSFS went from 7 to 4.7" + why);

        // alerts raised in the period, open and resolved, as the alert list has them
        JsonPath alerts = Api.as("therapist1").get("/api/alerts?patientId=" + p.id() + "&size=100").then().statusCode(200)
                .extract().jsonPath();
        int total = alerts.getInt("total");
        assertTrue(total >= 1, "the worse PSFS raised an alert");
        int resolved = alerts.<String>getList("alerts.status").stream().filter("RESOLVED"::equals).toList().size();
        String count = total + (total == 1 ? " alert: " : " alerts: ") + (total - resolved) + " still open, " + resolved + " resolved.";
        assertTrue(text.contains(squeeze(count)), "alert count \"" + count + "\"" + why);
        for (String label : alerts.<String>getList("alerts.ruleLabel")) {
            assertTrue(text.contains(squeeze(label)), "alert \"" + label + "\"" + why);
        }

        // one or two pages
        int pages = new org.openpdf.text.pdf.PdfReader(pdf).getNumberOfPages();
        assertTrue(pages >= 1 && pages <= 2, pages + " pages");
    }

    @Test
    void aReportForAnEarlierPeriodSaysWhatWasKnownByItsEndAndListsTheAlertsOpenInIt() throws Exception {
        LoggingPatient p = LoggingPatient.of("therapist1");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // an alert raised 20 days ago and resolved 12 days ago: before the period began, but open in it
        p.log(p.session(9, 9));
        long alert = Api.as("therapist1").get("/api/alerts?patientId=" + p.id()).then().statusCode(200).extract().jsonPath()
                .getLong("alerts[0].id");
        String rule = Api.as("therapist1").get("/api/alerts?patientId=" + p.id()).then().extract().jsonPath().getString("alerts[0].ruleLabel");
        Api.as("therapist1").body(Map.of()).post("/api/alerts/" + alert + "/resolve").then().statusCode(200);
        OwnerDatabase.run("update alert set raised_at = now() - interval '20 days', last_raised_at = now() - interval '20 days',"
                + " resolved_at = now() - interval '12 days' where id = " + alert);
        // the PSFS: 7 twenty days ago (the baseline), 3 ten days ago, 9 today (after the period)
        OwnerDatabase.run("update program set start_date = date '" + today.minusDays(21) + "' where id = " + p.programId());
        long psfs = addMeasure(p, "psfs", Map.of("atStart", true, "everyWeeks", 1));
        insertPsfs(p, psfs, today.minusDays(21), today.minusDays(20), 7);
        insertPsfs(p, psfs, today.minusDays(14), today.minusDays(10), 3);
        answer(p, psfs, Map.of("activity1", 9, "activity2", 9, "activity3", 9), Map.of());

        LocalDate from = today.minusDays(15);
        LocalDate to = today.minusDays(5);
        byte[] pdf = Api.as("therapist1").get("/api/patients/" + p.id() + "/progress-report.pdf?from=" + from + "&to=" + to)
                .then().statusCode(200).extract().asByteArray();
        String raw = PdfText.of(pdf);
        String text = raw.replaceAll("\\s+", "");
        String why = "\n--- report text ---\n" + raw;

        assertTrue(text.contains(squeeze("baseline 7 on " + today.minusDays(20).format(DAY) + "; 3 on " + today.minusDays(10).format(DAY))),
                "the baseline before the period, then the score in it" + why);
        assertTrue(text.contains(squeeze("7 3 -4 2 Worse")), "baseline 7, latest 3 by the period's end, change -4, MCID 2" + why);
        assertTrue(!text.contains(squeeze("9 on " + today.format(DAY))),
                "today's answer came after the period" + why);
        assertTrue(text.contains(squeeze("1 alert: 0 still open, 1 resolved.")) && text.contains(squeeze(rule)),
                "the alert resolved in the period" + why);
    }

    /** A clinic whose portal is in Spanish gets the report in Spanish: its words, dates, verdicts and alert labels. */
    @Test
    void aSpanishSpeakingClinicGetsTheReportInSpanish() throws Exception {
        try {
            app.physiorx.web.SpanishPortalTest.setPortalLanguage("clinicadmin2", "es");
            LoggingPatient p = LoggingPatient.of("therapist2");
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            logOn(p, today, 2, 3);
            p.log(p.session(2, 2, "TINGLING")); // a red flag: an alert in the period
            long nprs = Api.as("therapist2").get("/api/instruments").then().statusCode(200).extract().jsonPath()
                    .getLong("find { it.code == 'nprs' }.id");
            long measure = Api.as("therapist2").body(Map.of("programId", p.programId(), "instrumentId", nprs, "atStart", true))
                    .post("/api/patients/" + p.id() + "/measures").then().statusCode(201).extract().jsonPath().getLong("id");
            answer(p, measure, Map.of("pain", 5), Map.of());
            byte[] pdf = Api.as("therapist2").get("/api/patients/" + p.id() + "/progress-report.pdf").then().statusCode(200)
                    .contentType("application/pdf").extract().asByteArray();
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/progress-report-es-test.pdf"), pdf);
            String raw = PdfText.of(pdf);
            String text = raw.replaceAll("\\s+", "");
            for (String expected : List.of("Informe de evolución", "Cumplimiento por semana", "Dolor por semana",
                    "Medidas de resultado", "Alertas abiertas en el periodo", "Síntoma de alarma", "Alta", "Sin confirmar",
                    "Aún no hay respuestas suficientes para comparar", "mejor cuanto más baja", "El programa pide",
                    "Valoración del dolor (NPRS)",
                    "Generado el " + today.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("es"))))) {
                assertTrue(text.contains(squeeze(expected)), expected + "\n--- report text ---\n" + raw);
            }
            JsonPath patient = Api.as("therapist2").get("/api/patients/" + p.id()).then().statusCode(200).extract().jsonPath();
            // left: the patient's and therapist's names, the clinic's, the program's title and the measure's name, which are data
            java.util.Set<String> data = new java.util.HashSet<>(java.util.Set.of("PhysioRx", patient.getString("fullName"),
                    patient.getString("therapist.name"), "Upper back pain", "Valoración del dolor (NPRS)"));
            data.add(OwnerDatabase.text("select name from clinic where id = (select clinic_id from patient where id = " + p.id() + ")"));
            String flowing = raw.replaceAll("\\s+", " "); // a table cell wraps: the data is matched across lines
            assertEquals(List.of(), app.physiorx.web.SpanishPagesTest.englishWords(flowing, data), raw);
            assertTrue(flowing.contains("indicó hormigueo, un síntoma de alarma de este programa"), "the alert's detail" + raw);
        } finally {
            app.physiorx.web.SpanishPortalTest.setPortalLanguage("clinicadmin2", "en");
        }
    }

    @Test
    void onlyThePatientsCareTeamMayDownloadIt() {
        LoggingPatient p = LoggingPatient.of("therapist1");
        String path = "/api/patients/" + p.id() + "/progress-report.pdf";
        Api.as("therapist1").get(path).then().statusCode(200).contentType("application/pdf");
        Api.as("clinicadmin1").get(path).then().statusCode(200);
        Api.as("therapist3").get(path).then().statusCode(404);
        Api.as("therapist2").get(path).then().statusCode(404);
        given().auth().oauth2(p.token()).get(path).then().statusCode(403);
        Api.anonymous().get(path).then().statusCode(401);
    }

    @Test
    void aBadPeriodIsRefusedNamingTheField() {
        LoggingPatient p = LoggingPatient.of("therapist1");
        String path = "/api/patients/" + p.id() + "/progress-report.pdf";
        Api.as("therapist1").get(path + "?from=2026-13-01").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem("from"));
        Api.as("therapist1").get(path + "?from=2026-03-10&to=2026-03-01").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        Api.as("therapist1").get(path + "?from=2024-01-01&to=2025-06-01").then().statusCode(400)
                .body("errors.field", hasItem("to"));
        Api.as("therapist1").get(path + "?from=2025-01-01&to=2026-01-01").then().statusCode(200); // 366 days
    }

    /** A PSFS answer stored a week ago as the app would have stored it then. */
    private static void insertEarlierPsfs(LoggingPatient p, long measure, LocalDate on) {
        insertPsfs(p, measure, on, on, 7);
    }

    /** A PSFS answer, each activity rated {@code rating}, stored on an earlier day as the app would have stored it then. */
    private static void insertPsfs(LoggingPatient p, long measure, LocalDate due, LocalDate on, int rating) {
        String clinic = OwnerDatabase.text("select clinic_id from outcome_assignment where id = " + measure);
        String instrument = OwnerDatabase.text("select instrument_id from outcome_assignment where id = " + measure);
        OwnerDatabase.run("insert into outcome_response (clinic_id, patient_id, assignment_id, instrument_id, client_id, content_hash,"
                + " due_on, answered_on, answers, activities, score, answered_items, answered_by) values (" + clinic + ", "
                + p.id() + ", " + measure + ", " + instrument + ", '" + UUID.randomUUID() + "', repeat('0', 64), date '"
                + due + "', date '" + on + "', '{\"activity1\":" + rating + ",\"activity2\":" + rating + ",\"activity3\":" + rating + "}',"
                + " '{\"activity1\":\"Carrying shopping\",\"activity2\":\"Reaching a high shelf\",\"activity3\":\"Driving\"}', " + rating + ", 3, 'test')");
    }

    private static String squeeze(String expected) {
        return expected.replaceAll("\\s+", "");
    }

    private static String percent(int done, int asked) {
        return asked == 0 ? "–" : Math.min(100, Math.round(done * 100f / asked)) + " %";
    }

    private static String mean(List<Integer> values) {
        if (values.isEmpty()) {
            return "–";
        }
        return plain(BigDecimal.valueOf(values.stream().mapToInt(Integer::intValue).sum())
                .divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP));
    }

    private static String median(List<Integer> values) {
        if (values.isEmpty()) {
            return "–";
        }
        List<Integer> s = new ArrayList<>(values);
        s.sort(null);
        int n = s.size();
        BigDecimal m = n % 2 == 1 ? BigDecimal.valueOf(s.get(n / 2))
                : BigDecimal.valueOf(s.get(n / 2 - 1) + s.get(n / 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
        return plain(m);
    }

    private static String plain(Object value) {
        return value == null ? "–" : new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }

    private static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + plain(value);
    }
}
