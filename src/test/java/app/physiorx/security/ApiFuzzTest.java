package app.physiorx.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.LoggingPatient;
import app.physiorx.support.PatientRecords;
import app.physiorx.support.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzz test over every JSON endpoint of the OpenAPI document. For each operation it builds a
 * plausible request from the schema (the caller's own records in the path, the record's current
 * values in an update) and then breaks one thing at a time: the whole body (not JSON, wrong JSON
 * type, deep nesting, a 3 MB string), each field (missing, null, wrong type, out of range, 100,000
 * characters, unicode, NUL, HTML, SQL), each query and path parameter. Pass: no 5xx, every error is (under /fhir an OperationOutcome, else)
 * application/problem+json without internals, and a rejected change leaves the database as it was.
 * {@code -Dfuzz.seed=N} replays another run, {@code -Dfuzz.cases=N} caps the cases per operation.
 */
@QuarkusTest
class ApiFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261124L);
    private static final int CASES_PER_OPERATION = Integer.getInteger("fuzz.cases", 90);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final String LONG = "x".repeat(100_000);
    private static final List<Object> HOSTILE_STRINGS = List.of("", " ", LONG, "🧘‍♀️ Übung ‏עברית‎ \u200b日本語", "\u0000",
            "<script>alert(1)</script>", "'; drop table patient; --", "\" or \"1\"=\"1", "${jndi:ldap://x}", "{{7*7}}",
            "../../etc/passwd", "2024-02-30", "-1", "99999999999999999999");
    private static final List<Object> HOSTILE_NUMBERS = List.of(-1, 0, -2147483649L, 2147483648L, Long.MAX_VALUE,
            new java.math.BigInteger("99999999999999999999999"), 1.5, 1e308, "12", "abc", true);
    private static final List<String> TABLES = List.of("clinic", "patient", "patient_share", "program", "program_item",
            "program_version", "exercise", "exercise_image", "protocol_template", "protocol_template_item", "progress_session",
            "alert", "alert_session", "alert_event");

    @Inject
    DataSource db;

    private record Case(String what, String path, Map<String, Object> query, String body, String contentType) {
    }

    @Test
    void generatedBodiesAndParametersNeverCauseAServerErrorOrAChange() throws Exception {
        PatientRecords records = PatientRecords.of("therapist1", "Fuzz");
        LoggingPatient patient = records.patient();
        Map<String, String> ids = records.ids();

        Map<String, Object> openapi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath().getMap("");
        @SuppressWarnings("unchecked")
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) openapi.get("components")).get("schemas");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) openapi.get("paths");

        Random random = new Random(SEED);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        int operations = 0;
        for (var path : new TreeMap<>(paths).entrySet()) {
            for (var op : new TreeMap<>(path.getValue()).entrySet()) {
                String verb = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(verb) || path.getKey().endsWith("/stream")) {
                    continue;
                }
                operations++;
                String token = path.getKey().startsWith("/api/me") ? patient.token()
                        : path.getKey().startsWith("/api/clinic") || path.getKey().startsWith("/api/audit")
                        ? Tokens.accessToken("clinicadmin1") : Tokens.accessToken("therapist1");
                List<Case> cases = cases(path.getKey(), verb, op.getValue(), schemas, ids, token, random);
                for (Case c : cases) {
                    String before = verb.equals("GET") ? null : fingerprint();
                    Response answer = send(token, verb, c);
                    requests++;
                    statuses.merge(answer.statusCode(), 1, Integer::sum);
                    String problem = check(answer);
                    if (problem == null && before != null && answer.statusCode() >= 400 && !before.equals(fingerprint())) {
                        problem = "a rejected request changed stored data";
                    }
                    if (problem != null) {
                        failures.add(verb + " " + c.path() + " [" + c.what() + "] -> " + answer.statusCode() + ": " + problem);
                    }
                }
            }
        }
        String report = String.format("Fuzz (seed %d): %d requests over %d operations; answers by status %s; %d failures%n",
                SEED, requests, operations, statuses, failures.size());
        System.out.print(report);
        Files.writeString(Path.of("target/fuzz-report.txt"), report + String.join("\n", failures));
        assertTrue(requests > 1000, report);
        assertTrue(failures.isEmpty(), report + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    private static Response send(String token, String verb, Case c) {
        RequestSpecification request = given().redirects().follow(false).header("Authorization", "Bearer " + token)
                .urlEncodingEnabled(false);
        c.query().forEach((name, value) -> request.queryParam(name, encode(String.valueOf(value))));
        if (c.body() != null) {
            request.contentType(c.contentType()).body(c.body());
        }
        return request.request(verb, c.path());
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Null when the answer is acceptable, else what is wrong with it. */
    private static String check(Response answer) {
        int status = answer.statusCode();
        if (status >= 500) {
            return "server error " + answer.asString().substring(0, Math.min(300, answer.asString().length()));
        }
        if (status < 400) {
            return null;
        }
        String type = answer.contentType();
        boolean outcome = type != null && type.startsWith("application/fhir+json")
                && answer.asString().startsWith("{\"resourceType\":\"OperationOutcome\""); // errors under /fhir
        if (type == null || !type.startsWith("application/problem+json") && !outcome) {
            return "error is " + type + ": " + answer.asString().substring(0, Math.min(200, answer.asString().length()));
        }
        String body = answer.asString();
        for (String leak : List.of("Exception", "java.", "org.hibernate", "io.quarkus", "at app.physiorx", "SQLState", "jakarta.")) {
            if (body.contains(leak)) {
                return "error body leaks internals (" + leak + "): " + body.substring(0, Math.min(300, body.length()));
            }
        }
        if (outcome) { // an OperationOutcome has no status field; its issue must say what went wrong
            return answer.jsonPath().getString("issue[0].diagnostics") == null ? "OperationOutcome without diagnostics" : null;
        }
        Object statusField = answer.jsonPath().get("status");
        if (!(statusField instanceof Integer s) || s != status) {
            return "problem status " + statusField + " differs from " + status;
        }
        return null;
    }

    /** A digest of every table of patient data and the library (not the audit trail or sign-in profiles). */
    private String fingerprint() throws Exception {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < TABLES.size(); i++) {
            sql.append(i == 0 ? "" : " || ").append("(select coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '')")
                    .append(" from ").append(TABLES.get(i)).append(" t)");
        }
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql.toString())) {
            r.next();
            return r.getString(1);
        }
    }

    // --- cases -------------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private List<Case> cases(String template, String verb, Map<String, Object> operation, Map<String, Object> schemas,
                             Map<String, String> ids, String token, Random random) throws Exception {
        String path = AccessMatrixTest.concrete(template, ids);
        List<Case> cases = new ArrayList<>();
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
        Map<String, Object> bodySchema = null;
        Map<String, Object> requestBody = (Map<String, Object>) operation.get("requestBody");
        boolean jsonBody = false;
        if (requestBody != null) {
            Map<String, Object> content = (Map<String, Object>) requestBody.get("content");
            jsonBody = content.containsKey("application/json");
            bodySchema = jsonBody ? resolve((Map<String, Object>) ((Map<String, Object>) content.get("application/json"))
                    .get("schema"), schemas) : null;
        }

        // path parameters: hostile values, one at a time
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(template);
        while (m.find()) {
            for (String bad : List.of("abc", "-1", "0", "99999999999999999999", "1%3B%20drop%20table%20patient", "%F0%9F%A7%98",
                    "1.5", "%3Cscript%3E")) {
                String broken = AccessMatrixTest.concrete(template.substring(0, m.start()) + bad + template.substring(m.end()), ids);
                cases.add(new Case("path " + m.group(1) + "=" + bad, broken, Map.of(), jsonBody ? "{}" : null, "application/json"));
            }
        }
        // query parameters: hostile values, one at a time
        for (Map<String, Object> p : parameters) {
            if (!"query".equals(p.get("in"))) {
                continue;
            }
            Map<String, Object> schema = resolve((Map<String, Object>) p.get("schema"), schemas);
            List<Object> values = new ArrayList<>(HOSTILE_STRINGS);
            values.addAll(HOSTILE_NUMBERS);
            values.remove(LONG);
            values.add("y".repeat(5000));
            for (Object v : values) {
                cases.add(new Case("query " + p.get("name") + "=" + preview(v) + " (" + schema.get("type") + ")", path,
                        Map.of((String) p.get("name"), v), jsonBody ? "{}" : null, "application/json"));
            }
        }
        if (requestBody != null) {
            Map<String, Object> baseline = bodySchema == null ? Map.of() : baseline(bodySchema, schemas, ids);
            if (verb.equals("PUT") && bodySchema != null) {
                Response current = given().header("Authorization", "Bearer " + token).get(path);
                if (current.statusCode() == 200 && current.contentType().startsWith("application/json")
                        && current.asString().startsWith("{")) {
                    Map<String, Object> now = current.jsonPath().getMap("");
                    Map<String, Object> props = (Map<String, Object>) bodySchema.getOrDefault("properties", Map.of());
                    for (String key : props.keySet()) {
                        if (now.containsKey(key) && now.get(key) != null && !(now.get(key) instanceof List<?>)) {
                            baseline.put(key, now.get(key));
                        }
                    }
                }
            }
            String valid = JSON.writeValueAsString(baseline);
            // the whole body
            for (String body : List.of("", "null", "[]", "\"text\"", "42", "{", "{\"a\":1,}", "{\"a\" 1}", "\u0000",
                    "[".repeat(5000) + "]".repeat(5000), "{\"x\":\"" + "z".repeat(3_000_000) + "\"}")) {
                cases.add(new Case("body " + preview(body), path, Map.of(), body, "application/json"));
            }
            cases.add(new Case("body as text/plain", path, Map.of(), valid, "text/plain"));
            cases.add(new Case("body as form", path, Map.of(), "a=1", "application/x-www-form-urlencoded"));
            // each field, then each field of the first element of object arrays
            if (bodySchema != null) {
                fieldCases(cases, path, baseline, bodySchema, schemas, ids, "");
            }
        }
        if (cases.size() > CASES_PER_OPERATION) {
            Collections.shuffle(cases, random);
            return cases.subList(0, CASES_PER_OPERATION);
        }
        return cases;
    }

    @SuppressWarnings("unchecked")
    private void fieldCases(List<Case> cases, String path, Map<String, Object> baseline, Map<String, Object> schema,
                            Map<String, Object> schemas, Map<String, String> ids, String prefix) throws Exception {
        Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        for (var prop : props.entrySet()) {
            String name = prop.getKey();
            Map<String, Object> fieldSchema = resolve((Map<String, Object>) prop.getValue(), schemas);
            String type = String.valueOf(fieldSchema.get("type"));
            List<Object> values = new ArrayList<>();
            values.add(MISSING);
            values.add(null);
            switch (type) {
                case "integer", "number" -> values.addAll(HOSTILE_NUMBERS);
                case "boolean" -> values.addAll(List.of("yes", 2, List.of()));
                case "array" -> values.addAll(List.of("x", Map.of("a", 1), List.of(Collections.nCopies(1, null)),
                        Collections.nCopies(2000, 1), List.of(LONG)));
                case "object" -> values.addAll(List.of("x", 5, List.of()));
                default -> {
                    values.addAll(HOSTILE_STRINGS);
                    values.addAll(List.of(42, Map.of("a", "b"), List.of("a")));
                }
            }
            for (Object v : values) {
                Map<String, Object> body = JSON.readValue(JSON.writeValueAsString(baseline), LinkedHashMap.class);
                Map<String, Object> target = body;
                if (!prefix.isEmpty()) {
                    target = ((List<Map<String, Object>>) body.get(prefix)).getFirst();
                }
                if (v == MISSING) {
                    target.remove(name);
                } else {
                    target.put(name, v);
                }
                String field = prefix.isEmpty() ? name : prefix + ".0." + name;
                cases.add(new Case("field " + field + "=" + preview(v), path, Map.of(), JSON.writeValueAsString(body),
                        "application/json"));
            }
            if (prefix.isEmpty() && type.equals("array")) {
                Map<String, Object> itemSchema = resolve((Map<String, Object>) fieldSchema.get("items"), schemas);
                if ("object".equals(itemSchema.get("type")) && itemSchema.containsKey("properties")) {
                    Map<String, Object> withItem = new LinkedHashMap<>(baseline);
                    withItem.put(name, List.of(baseline(itemSchema, schemas, ids)));
                    fieldCases(cases, path, withItem, itemSchema, schemas, ids, name);
                }
            }
        }
    }

    private static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "(missing)";
        }
    };

    private static String preview(Object v) {
        String s = String.valueOf(v);
        return s.length() > 24 ? s.substring(0, 12) + "…(" + s.length() + " chars)" : s;
    }

    /** A plausible value for every property: the fixture's ids for references, the low end of ranges. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> baseline(Map<String, Object> schema, Map<String, Object> schemas, Map<String, String> ids) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        props.forEach((name, s) -> body.put(name, value(name, resolve((Map<String, Object>) s, schemas), schemas, ids)));
        return body;
    }

    @SuppressWarnings("unchecked")
    private Object value(String name, Map<String, Object> schema, Map<String, Object> schemas, Map<String, String> ids) {
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.getFirst();
        }
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        return switch (type) {
            case "integer", "number" -> switch (name) {
                case "exerciseId" -> Long.valueOf(ids.get("exercise"));
                case "templateId" -> Long.valueOf(ids.get("template"));
                case "version" -> 0;
                default -> schema.get("minimum") instanceof Number min ? min : 1;
            };
            case "boolean" -> false;
            case "array" -> new ArrayList<>();
            case "object" -> schema.containsKey("properties") ? baseline(schema, schemas, ids) : new LinkedHashMap<>();
            default -> switch (format) {
                case "date" -> LocalDate.now().toString();
                case "date-time" -> OffsetDateTime.now().toString();
                case "uuid" -> UUID.randomUUID().toString();
                case "email" -> "fuzz@example.org";
                default -> "Fuzz text";
            };
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Object> schemas) {
        if (schema == null) {
            return Map.of();
        }
        Object ref = schema.get("$ref");
        if (ref instanceof String r) {
            return resolve((Map<String, Object>) schemas.get(r.substring(r.lastIndexOf('/') + 1)), schemas);
        }
        if (schema.get("allOf") instanceof List<?> all && !all.isEmpty()) {
            return resolve((Map<String, Object>) all.getFirst(), schemas);
        }
        if (schema.get("type") instanceof List<?> types) {
            Map<String, Object> copy = new LinkedHashMap<>(schema);
            copy.put("type", types.stream().map(String::valueOf).filter(t -> !"null".equals(t)).findFirst().orElse("string"));
            return copy;
        }
        return schema;
    }
}
