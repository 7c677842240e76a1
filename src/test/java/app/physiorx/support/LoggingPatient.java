package app.physiorx.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A patient of a therapist with a published program (the "Upper back pain" template) and a real
 * Keycloak token: the starting point of every session and alert test.
 */
public record LoggingPatient(long id, long programId, String username, String token, List<Map<String, Object>> items) {

    public static LoggingPatient of(String therapist) {
        Patients.Created created = Patients.create(therapist, "Lena", Api.unique("Logger").replace(' ', '-'));
        long template = Api.as(therapist).get("/api/templates").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Upper back pain' }.id");
        long program = Api.as(therapist).body(Map.of("templateId", template))
                .post("/api/patients/" + created.id() + "/programs").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(therapist).post("/api/programs/" + program + "/publish").then().statusCode(200);
        String token = Patients.activate(created.username());
        List<Map<String, Object>> items = given().auth().oauth2(token).get("/api/me/program").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return new LoggingPatient(created.id(), program, created.username(), token, items);
    }

    public RequestSpecification api() {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public long exerciseId(int index) {
        return ((Number) items.get(index).get("exerciseId")).longValue();
    }

    /** A session body: today, the given pain before/after, the first two exercises done as planned. */
    public Map<String, Object> session(int painBefore, int painAfter, String... symptoms) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", UUID.randomUUID().toString());
        body.put("date", LocalDate.now().toString());
        body.put("painBefore", painBefore);
        body.put("painAfter", painAfter);
        body.put("symptoms", List.of(symptoms));
        body.put("comment", "Felt fine.");
        List<Map<String, Object>> done = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Map<String, Object> e = new HashMap<>();
            e.put("exerciseId", exerciseId(i));
            e.put("setsDone", items.get(i).get("sets"));
            e.put("repsDone", items.get(i).get("reps"));
            e.put("pain", Math.min(painBefore, painAfter));
            e.put("difficulty", "ABOUT_RIGHT");
            done.add(e);
        }
        body.put("exercises", done);
        return body;
    }

    public JsonPath log(Map<String, Object> body) {
        return api().body(body).post("/api/me/sessions").then().statusCode(201).extract().jsonPath();
    }
}
