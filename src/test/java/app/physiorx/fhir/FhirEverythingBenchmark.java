package app.physiorx.fhir;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.LoggingPatient;
import app.physiorx.support.OwnerDatabase;
import app.physiorx.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code Patient/{id}/$everything} for a patient with a year of daily sessions (bin/bench -Dtest=FhirEverythingBenchmark):
 * 365 sessions, every exercise done each day (about 4,000 observations). Prints the time (p50, p95, max of 30 warm
 * runs, and the first), the size of the bundle, the ratio to the 500 ms budget, and, for comparison in the same
 * run, the time to read the same 365 sessions through the JSON API (four pages of 100). Asserts nothing about
 * speed; it fails when the bundle does not hold every session.
 */
@QuarkusTest
class FhirEverythingBenchmark {
    private static final int DAYS = 365;
    private static final int RUNS = 30;

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    @Test
    void everythingForAYearOfDailySessions() {
        LoggingPatient p = LoggingPatient.of("therapist1");
        Map<String, Object> body = new HashMap<>(p.session(4, 3));
        List<Map<String, Object>> all = new ArrayList<>();
        for (int i = 0; i < p.items().size(); i++) {
            all.add(Map.of("exerciseId", p.exerciseId(i), "setsDone", 2, "repsDone", 10, "pain", 3, "difficulty", "ABOUT_RIGHT"));
        }
        body.put("exercises", all);
        long first = p.log(body).getLong("session.id");
        // the other 364 days as copies of that session, written as the app writes them (session and retry key)
        OwnerDatabase.run("""
                with copies as (
                  select nextval('progress_session_id_seq') as id, gen_random_uuid() as client_id, n
                  from generate_series(1, %d) n)
                , s as (
                  insert into progress_session (id, client_id, content_hash, patient_id, clinic_id, program_id, program_version,
                    session_date, pain_before, pain_after, worst_pain_during, symptoms, comment, exercises, exercises_done,
                    exercises_total, logged_at, logged_by)
                  select c.id, c.client_id, o.content_hash, o.patient_id, o.clinic_id, o.program_id, o.program_version,
                    o.session_date - c.n, (c.n %% 7)::smallint, (c.n %% 5)::smallint, o.worst_pain_during, o.symptoms, o.comment,
                    o.exercises, o.exercises_done, o.exercises_total, o.logged_at - make_interval(days => c.n::int), o.logged_by
                  from copies c, progress_session o where o.id = %d
                  returning id, client_id, patient_id)
                insert into progress_session_key (patient_id, client_id, session_id) select patient_id, client_id, id from s
                """.formatted(DAYS - 1, first));

        String token = Tokens.bearer("therapist1");
        String path = "/fhir/Patient/" + p.id() + "/$everything";
        long firstStart = System.nanoTime();
        String bundle = given().header("Authorization", token).get(path).then().statusCode(200).extract().asString();
        double firstMs = (System.nanoTime() - firstStart) / 1e6;
        JsonPath parsed = JsonPath.from(bundle);
        List<String> types = parsed.getList("entry.resource.resourceType");
        long observations = types.stream().filter("Observation"::equals).count();
        int perSession = 3 + p.items().size(); // pain before, after, worst during, and each exercise done
        assertEquals((long) DAYS * perSession, observations, "every session's observations are in the bundle");

        // timed with the JDK's HTTP client reading the raw bytes, as an EHR would (REST Assured's own buffering is not timed)
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.URI uri = java.net.URI.create(base.toString().replaceAll("/$", "") + path.replace("$", "%24"));
        List<String> serverTiming = new ArrayList<>();
        List<Double> fhir = time(RUNS, () -> serverTiming.add(fetch(http, uri, token).headers().firstValue("Server-Timing").orElse("?")));
        List<Double> api = time(RUNS, () -> {
            for (int page = 0; page < 4; page++) {
                fetch(http, java.net.URI.create(base.toString().replaceAll("/$", "") + "/api/patients/" + p.id()
                        + "/sessions?size=100&page=" + page), token);
            }
        });
        double p50 = percentile(fhir, 50);
        System.out.printf(Locale.ROOT, "%n$everything, %d sessions, %d observations, %d resources in all%n", DAYS, observations, types.size());
        System.out.printf(Locale.ROOT, "  bundle size: %.1f MB (%d bytes)%n", bundle.length() / 1e6, bundle.length());
        System.out.printf(Locale.ROOT, "  first request %.0f ms; warm p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d runs)%n",
                firstMs, p50, percentile(fhir, 95), percentile(fhir, 100), RUNS);
        System.out.printf(Locale.ROOT, "  budget 500 ms: p50 is %.2f of it%n", p50 / 500);
        System.out.printf(Locale.ROOT, "  in the server (last runs): %s%n", serverTiming.subList(serverTiming.size() - 3, serverTiming.size()));
        System.out.printf(Locale.ROOT, "  the same sessions through the JSON API (4 pages of 100): p50 %.0f ms, p95 %.0f ms; $everything / JSON API = %.1f%n",
                percentile(api, 50), percentile(api, 95), p50 / percentile(api, 50));
        assertTrue(bundle.length() > 0);
    }

    private static java.net.http.HttpResponse<byte[]> fetch(java.net.http.HttpClient http, java.net.URI uri, String token) {
        try {
            var answer = http.send(java.net.http.HttpRequest.newBuilder(uri).header("Authorization", token).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, answer.statusCode(), uri.toString());
            return answer;
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Double> time(int runs, Runnable call) {
        for (int i = 0; i < 3; i++) {
            call.run();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            call.run();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        ms.sort(null);
        return ms;
    }

    private static double percentile(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
