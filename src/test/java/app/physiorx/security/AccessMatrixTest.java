package app.physiorx.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Browser;
import app.physiorx.support.BrowserTest;
import app.physiorx.support.LoggingPatient;
import app.physiorx.support.PatientRecords;
import app.physiorx.support.Tokens;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.File;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the app (the OpenAPI document for /api, the resource classes for pages) against
 * a fixed cast with real Keycloak tokens and real browser sessions. The expected answer of every cell
 * is written down in src/test/resources/access-matrix.txt; an endpoint missing from the table fails the build.
 *
 * Cast, in column order: owner (therapist1, the patient's therapist), colleague (therapist3, same
 * clinic, not shared), other clinic's therapist (therapist2), the patient, another patient (same
 * clinic), clinic admin (clinicadmin1), other clinic's admin (clinicadmin2), anonymous.
 *
 * Reads (GET) are probed for all eight. Changes are probed for the six who must not make them
 * (everyone but owner and clinic admin) with an empty body: they must be refused (401/403/404) or,
 * where the role may do that change in general, rejected as invalid (400) - never carried out.
 * "-" marks a cell that is not probed (the owner's and admin's changes are proved by the feature tests).
 */
@QuarkusTest
class AccessMatrixTest extends BrowserTest {
    static final List<String> CAST = List.of("owner", "colleague", "otherClinic", "patient", "otherPatient", "admin",
            "otherAdmin", "anonymous");


    @Test
    void everyEndpointAnswersEveryCastMemberAsTheTableSays() throws Exception {
        Map<String, String> expected = readTable();
        PatientRecords records = PatientRecords.of("therapist1", "Matrix");
        LoggingPatient patient = records.patient();
        LoggingPatient otherPatient = LoggingPatient.of("therapist1");
        Map<String, String> ids = records.ids();

        // Each request asks for the token again: Tokens renews one that is about to expire, and this test can run
        // longer than what is left of a cached five-minute token
        Map<String, java.util.function.Supplier<String>> tokens = new LinkedHashMap<>();
        tokens.put("owner", () -> Tokens.accessToken("therapist1"));
        tokens.put("colleague", () -> Tokens.accessToken("therapist3"));
        tokens.put("otherClinic", () -> Tokens.accessToken("therapist2"));
        tokens.put("patient", () -> Tokens.accessToken(patient.username(), "Own-" + patient.username() + "-pw"));
        tokens.put("otherPatient", () -> Tokens.accessToken(otherPatient.username(), "Own-" + otherPatient.username() + "-pw"));
        tokens.put("admin", () -> Tokens.accessToken("clinicadmin1"));
        tokens.put("otherAdmin", () -> Tokens.accessToken("clinicadmin2"));
        Map<String, Page> browsers = new LinkedHashMap<>();
        browsers.put("owner", signedIn("therapist1", "/portal"));
        browsers.put("colleague", signedIn("therapist3", "/portal"));
        browsers.put("otherClinic", signedIn("therapist2", "/portal"));
        browsers.put("patient", patientPage(patient));
        browsers.put("otherPatient", patientPage(otherPatient));
        browsers.put("admin", signedIn("clinicadmin1", "/portal"));
        browsers.put("otherAdmin", signedIn("clinicadmin2", "/portal"));
        browsers.put("anonymous", browser.newPage());

        Map<String, String> actual = new TreeMap<>();
        for (String endpoint : endpoints()) {
            String verb = endpoint.substring(0, endpoint.indexOf(' '));
            String template = endpoint.substring(endpoint.indexOf(' ') + 1);
            String path = concrete(template, ids);
            boolean read = verb.equals("GET");
            List<String> row = new ArrayList<>();
            for (String who : CAST) {
                if (!read && (who.equals("owner") || who.equals("admin"))) {
                    row.add("-");
                } else if (template.endsWith("/stream")) {
                    row.add(String.valueOf(stream(path, token(tokens, who), template.startsWith("/api/") ? null : browsers.get(who))));
                } else if (template.startsWith("/api/") || template.startsWith("/fhir/")) {
                    row.add(String.valueOf(api(who, token(tokens, who), verb, path, template)));
                } else {
                    row.add(String.valueOf(page(browsers.get(who), verb, path)));
                }
            }
            actual.put(endpoint, String.join(" ", row));
        }
        StringBuilder report = new StringBuilder();
        List<String> problems = new ArrayList<>();
        actual.forEach((endpoint, row) -> {
            report.append(String.format("%-62s %s%n", endpoint, row));
            String want = expected.get(endpoint);
            if (want == null) {
                problems.add("missing from the table: " + endpoint + "  (now answers " + row + ")");
            } else if (!want.equals(row)) {
                problems.add(endpoint + ": expected " + want + " but got " + row);
            }
        });
        expected.keySet().stream().filter(e -> !actual.containsKey(e)).forEach(e -> problems.add("no such endpoint any more: " + e));
        Files.writeString(Path.of("target/access-matrix.txt"), report.toString());
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n\nActual matrix (also in target/access-matrix.txt):\n" + report);
    }

    private static String token(Map<String, java.util.function.Supplier<String>> tokens, String who) {
        java.util.function.Supplier<String> token = tokens.get(who);
        return token == null ? null : token.get();
    }

    private Page patientPage(LoggingPatient patient) {
        Page page = browser.newPage();
        page.navigate(url("/me"));
        Browser.keycloakLogin(page, patient.username(), "Own-" + patient.username() + "-pw");
        page.waitForURL(url("/me"));
        return page;
    }

    private static int api(String who, String token, String verb, String path, String template) {
        RequestSpecification r = given().redirects().follow(false);
        if (token != null) {
            r = r.header("Authorization", "Bearer " + token);
        }
        if (!verb.equals("GET") && !verb.equals("DELETE")) {
            r = template.endsWith("/logo") || template.endsWith("/image") ? r.contentType("image/png").body(new byte[0])
                    : r.contentType(ContentType.JSON).body("{}");
        }
        return r.request(verb, path).then().extract().statusCode();
    }

    private int page(Page page, String verb, String path) {
        RequestOptions options = RequestOptions.create().setMaxRedirects(0).setMethod(verb);
        if (!verb.equals("GET")) {
            options.setHeader("Content-Type", "application/x-www-form-urlencoded").setData("");
        }
        APIResponse response = page.context().request().fetch(url(path), options);
        int status = response.status();
        // a redirect to Keycloak is the sign-in page; any other redirect is the app's own (e.g. / -> /portal)
        if (status == 302 || status == 303) {
            String location = response.headers().getOrDefault("location", "");
            return location.contains("/realms/") ? 401 : status;
        }
        return status;
    }

    /** A live stream never ends: only its status line is read. Pages send the browser's cookies. */
    private int stream(String path, String token, Page browserSession) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path))).header("Accept", "text/event-stream")
                .timeout(java.time.Duration.ofSeconds(10));
        if (browserSession != null) {
            String cookies = browserSession.context().cookies().stream().map(c -> c.name + "=" + c.value)
                    .collect(java.util.stream.Collectors.joining("; "));
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies);
            }
        } else if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var response = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build()
                .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        int status = response.statusCode();
        if (status == 302 || status == 303) {
            return response.headers().firstValue("location").orElse("").contains("/realms/") ? 401 : status;
        }
        return status;
    }

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    /** Fills the path parameters with the fixture's ids, by what the route is about. */
    /** FHIR's generic routes, one row per type they serve. */
    static final List<String> FHIR_READS = List.of("Patient", "Practitioner", "CarePlan", "ServiceRequest", "ActivityDefinition",
            "PlanDefinition", "Observation", "Questionnaire", "QuestionnaireResponse", "Flag");
    static final List<String> FHIR_SEARCHES = List.of("CarePlan", "ServiceRequest", "Observation", "QuestionnaireResponse", "Flag");

    static String concrete(String template, Map<String, String> ids) {
        Matcher fhir = Pattern.compile("/fhir/(\\w+)(/\\{id})?").matcher(template);
        if (fhir.matches() && !template.equals("/fhir/metadata")) {
            return fhir.group(2) != null ? "/fhir/" + fhir.group(1) + "/" + ids.get("fhir." + fhir.group(1))
                    : "/fhir/" + fhir.group(1) + "?patient=" + ids.get("patient");
        }
        if (template.equals("/fhir/Patient/{id}/{operation}")) {
            return "/fhir/Patient/" + ids.get("patient") + "/$everything";
        }
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String before = template.substring(0, m.start());
            String value = switch (name) {
                case "patientId" -> ids.get("patient");
                case "itemId" -> ids.get("item");
                case "measureId" -> ids.get("measure");
                case "n", "number" -> "1";
                case "language" -> "es";
                default -> before.contains("/patients") ? ids.get("patient")
                        : before.contains("/programs") ? ids.get("program")
                        : before.contains("/alerts") ? ids.get("alert")
                        : before.contains("/sessions") ? ids.get("session")
                        : before.contains("/exercises") || before.contains("/library") ? ids.get("exercise")
                        : before.contains("/templates") ? ids.get("template") : "1";
            };
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every route: the API from the OpenAPI document, the pages from the resource classes. */
    private Iterable<String> endpoints() throws Exception {
        TreeSet<String> all = new TreeSet<>();
        Map<String, Object> openapi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath().getMap("paths");
        openapi.forEach((path, ops) -> ((Map<?, ?>) ops).keySet().forEach(verb -> {
            String v = verb.toString().toUpperCase();
            if (path.equals("/fhir/{type}/{id}")) {
                FHIR_READS.forEach(t -> all.add(v + " /fhir/" + t + "/{id}"));
            } else if (path.equals("/fhir/{type}")) {
                FHIR_SEARCHES.forEach(t -> all.add(v + " /fhir/" + t));
            } else if (List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(v)) {
                all.add(v + " " + path);
            }
        }));
        for (Class<?> resource : resourceClasses()) {
            String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST"
                        : method.isAnnotationPresent(PUT.class) ? "PUT" : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String path = (base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/");
                if (path.length() > 1 && path.endsWith("/")) {
                    path = path.substring(0, path.length() - 1);
                }
                if (!path.startsWith("/api/") && !path.startsWith("/fhir")) {
                    all.add(verb + " " + path);
                }
            }
        }
        return all;
    }

    private static List<Class<?>> resourceClasses() throws Exception {
        Path root = Path.of("target/classes");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("app/physiorx"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = root.relativize(f).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, AccessMatrixTest.class.getClassLoader());
                if (c.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    classes.add(c);
                }
            }
        }
        return classes;
    }

    static Map<String, String> readTable() throws Exception {
        Map<String, String> table = new LinkedHashMap<>();
        try (var in = AccessMatrixTest.class.getResourceAsStream("/access-matrix.txt")) {
            if (in == null) {
                return table;
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.trim().split("\\s+");
                String endpoint = parts[0] + " " + parts[1];
                table.put(endpoint, String.join(" ", java.util.Arrays.copyOfRange(parts, 2, parts.length)));
            }
        }
        return table;
    }

}
