package app.physiorx.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import app.physiorx.support.LoggingPatient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The read-only FHIR endpoint over HTTP: the capability statement, $everything, reads, searches with paging and
 * filters, who may read what, and bad input answered as an OperationOutcome.
 */
@QuarkusTest
class FhirApiTest {
    @org.junit.jupiter.api.BeforeAll
    static void logFailures() {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static RequestSpecification fhir(String user) {
        return Api.as(user).accept("application/fhir+json");
    }

    @Test
    void theCapabilityStatementListsExactlyWhatIsServed() {
        JsonPath c = given().get("/fhir/metadata").then().statusCode(200).contentType(startsWith("application/fhir+json"))
                .extract().jsonPath();
        assertEquals("CapabilityStatement", c.getString("resourceType"));
        assertEquals("4.0.1", c.getString("fhirVersion"));
        List<String> types = c.getList("rest[0].resource.type");
        assertEquals(List.of("Patient", "Practitioner", "CarePlan", "ServiceRequest", "ActivityDefinition", "PlanDefinition",
                "Observation", "Questionnaire", "QuestionnaireResponse", "Flag"), types);
        assertEquals(List.of("patient", "code", "date"), c.getList("rest[0].resource.find { it.type == 'Observation' }.searchParam.name"));
        assertEquals(List.of("patient", "status"), c.getList("rest[0].resource.find { it.type == 'Flag' }.searchParam.name"));
        assertEquals(List.of("read"), c.getList("rest[0].resource.find { it.type == 'Practitioner' }.interaction.code"));
        assertEquals("everything", c.getString("rest[0].resource.find { it.type == 'Patient' }.operation[0].name"));
    }

    @Test
    void everythingHoldsTheProgramTheSessionsAndTheAlert() {
        LoggingPatient p = LoggingPatient.of("therapist1");
        p.log(p.session(9, 9, "NUMBNESS"));
        JsonPath b = fhir("therapist1").get("/fhir/Patient/" + p.id() + "/$everything").then().statusCode(200)
                .contentType(startsWith("application/fhir+json")).extract().jsonPath();
        assertEquals("searchset", b.getString("type"));
        List<String> types = b.getList("entry.resource.resourceType");
        assertTrue(types.containsAll(List.of("Patient", "Practitioner", "CarePlan", "ServiceRequest", "Observation", "Flag")), types.toString());
        assertEquals(p.items().size(), types.stream().filter("ServiceRequest"::equals).count(), "one ServiceRequest per exercise");
        assertEquals(b.getInt("total"), types.size());
        // pain before, after and the worst during, and the two exercises done, each based on its ServiceRequest
        assertEquals(List.of(9, 9, 9), b.getList("entry.resource.findAll { it.resourceType == 'Observation' && it.code.coding[0].code == '72514-3' }.valueInteger"));
        List<String> basedOn = b.getList("entry.resource.findAll { it.resourceType == 'Observation' && it.code.coding[0].code == '73985-4' }.collect { it.basedOn[0].reference }");
        assertEquals(2, basedOn.size());
        List<String> requests = b.getList("entry.resource.findAll { it.resourceType == 'ServiceRequest' }.id");
        basedOn.forEach(ref -> assertTrue(requests.contains(ref.substring("ServiceRequest/".length())), ref + " in " + requests));
        assertEquals("active", b.getString("entry.resource.find { it.resourceType == 'Flag' }.status"));
    }

    @Test
    void onlyTheCareTeamAndThePatientThemselvesReadTheRecord() {
        LoggingPatient p = LoggingPatient.of("therapist1");
        LoggingPatient other = LoggingPatient.of("therapist1");
        String path = "/fhir/Patient/" + p.id() + "/$everything";
        fhir("therapist1").get(path).then().statusCode(200);
        fhir("clinicadmin1").get(path).then().statusCode(200);
        for (String outsider : List.of("therapist3", "therapist2", "clinicadmin2")) {
            fhir(outsider).get(path).then().statusCode(404).contentType(startsWith("application/fhir+json"))
                    .body("resourceType", equalTo("OperationOutcome")).body("issue[0].code", equalTo("not-found"));
        }
        given().auth().oauth2(p.token()).get(path).then().statusCode(200).body("entry[0].resource.id", equalTo(String.valueOf(p.id())));
        given().auth().oauth2(other.token()).get(path).then().statusCode(404).body("resourceType", equalTo("OperationOutcome"));
        given().get(path).then().statusCode(401).contentType(startsWith("application/fhir+json")).body("issue[0].code", equalTo("login"));
        // a patient's own searches need no patient parameter; staff must name one
        given().auth().oauth2(p.token()).get("/fhir/CarePlan").then().statusCode(200).body("total", equalTo(1));
        fhir("therapist1").get("/fhir/CarePlan").then().statusCode(400).body("issue[0].expression[0]", equalTo("patient"));
        // and the clinic's definitions are for staff
        given().auth().oauth2(p.token()).get("/fhir/Practitioner/1").then().statusCode(403).body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void everyResourceInTheBundleReadsBackByItsId() {
        LoggingPatient p = LoggingPatient.of("therapist1");
        p.log(p.session(3, 2));
        JsonPath b = fhir("therapist1").get("/fhir/Patient/" + p.id() + "/$everything").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> entries = b.getList("entry");
        for (Map<String, Object> e : entries) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) e.get("resource");
            String ref = r.get("resourceType") + "/" + r.get("id");
            assertTrue(String.valueOf(e.get("fullUrl")).endsWith("/fhir/" + ref), e.get("fullUrl") + " ends with " + ref);
            fhir("therapist1").get("/fhir/" + ref).then().statusCode(200).body("id", equalTo(r.get("id")));
            fhir("therapist2").get("/fhir/" + ref).then().statusCode(404);
        }
        fhir("therapist1").get("/fhir/CarePlan/" + p.id() + "-999999-1").then().statusCode(404);
        fhir("therapist1").get("/fhir/CarePlan/not-an-id").then().statusCode(404).body("resourceType", equalTo("OperationOutcome"));
        fhir("therapist1").get("/fhir/Medication/1").then().statusCode(404).body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void observationsAreSearchedByCodeAndDateAndPaged() {
        LoggingPatient p = LoggingPatient.of("therapist1");
        LocalDate today = LocalDate.now();
        for (int d = 4; d >= 0; d--) {
            Map<String, Object> s = new HashMap<>(p.session(5, 4));
            s.put("date", today.minusDays(d).toString());
            p.log(s);
        }
        String base = "/fhir/Observation?patient=" + p.id();
        // each session: pain before, after and the worst during (the highest exercise pain), and two exercises done
        fhir("therapist1").get(base + "&code=http://loinc.org|72514-3").then().statusCode(200).body("total", equalTo(15));
        fhir("therapist1").get(base + "&code=73985-4").then().statusCode(200).body("total", equalTo(10));
        fhir("therapist1").get(base + "&code=http://snomed.info/sct|72514-3").then().statusCode(200).body("total", equalTo(0));
        fhir("therapist1").get(base + "&code=72514-3&date=ge" + today.minusDays(1)).then().statusCode(200).body("total", equalTo(6));
        fhir("therapist1").get(base + "&code=72514-3&date=ge" + today.minusDays(3) + "&date=lt" + today).then().statusCode(200)
                .body("total", equalTo(9));
        fhir("therapist1").get(base + "&date=" + today.minusDays(2)).then().statusCode(200).body("total", equalTo(5));
        // pages of 4 with a next link that carries the filters
        JsonPath page1 = fhir("therapist1").get(base + "&code=72514-3&_count=4").then().statusCode(200).extract().jsonPath();
        assertEquals(4, page1.getList("entry").size());
        String next = page1.getString("link.find { it.relation == 'next' }.url");
        assertTrue(next.contains("code=72514-3") && next.contains("_offset=4") && next.contains("patient=" + p.id()), next);
        JsonPath page4 = fhir("therapist1").get(next.substring(next.indexOf("/fhir/")).replace("_offset=4", "_offset=12"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(3, page4.getList("entry").size());
        assertEquals(null, page4.getString("link.find { it.relation == 'next' }.url"));
        // Flags by status
        fhir("therapist1").get("/fhir/Flag?patient=" + p.id() + "&status=active").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void badInputIsAnOperationOutcomeNamingTheParameter() {
        LoggingPatient p = LoggingPatient.of("therapist1");
        String base = "/fhir/Observation?patient=" + p.id();
        fhir("therapist1").get(base + "&colour=blue").then().statusCode(400).contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome")).body("issue[0].code", equalTo("invalid"))
                .body("issue.expression.flatten()", hasItem("colour"));
        fhir("therapist1").get(base + "&date=2026-13-45").then().statusCode(400).body("issue[0].expression[0]", equalTo("date"));
        fhir("therapist1").get(base + "&date=yesterday").then().statusCode(400).body("issue[0].expression[0]", equalTo("date"));
        fhir("therapist1").get(base + "&_format=xml").then().statusCode(400).body("issue[0].expression[0]", equalTo("_format"));
        fhir("therapist1").get(base + "&_count=0").then().statusCode(400).body("issue[0].expression[0]", equalTo("_count"));
        fhir("therapist1").get("/fhir/Observation?patient=Practitioner/3").then().statusCode(400)
                .body("issue[0].expression[0]", equalTo("patient"));
        fhir("therapist1").get("/fhir/Flag?patient=" + p.id() + "&status=maybe").then().statusCode(400)
                .body("issue[0].diagnostics", containsString("active"));
        fhir("therapist1").get("/fhir/metadata?_format=json").then().statusCode(200);
        fhir("therapist1").get("/fhir/Patient/" + p.id() + "/$everything?_since=2026").then().statusCode(400)
                .body("issue.expression.flatten()", hasItems("_since"));
    }
}
