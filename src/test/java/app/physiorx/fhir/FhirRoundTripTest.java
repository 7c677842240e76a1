package app.physiorx.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.physiorx.support.OwnerDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.r4.model.Type;
import org.junit.jupiter.api.Test;

/**
 * {@code $everything} parsed back with HAPI's parser: every dosage value of every exercise of every version, every
 * session value and every score and answer equals what the database holds (read here with SQL, not through the app).
 */
@QuarkusTest
class FhirRoundTripTest {

    @Test
    void everyDosageSessionValueAndScoreInEverythingMatchesTheDatabase() {
        RichPatient rich = RichPatient.of("therapist1");
        long patient = rich.patient().id();
        List<Resource> all = FhirValidationTest.everything("therapist1", patient);
        Map<String, Resource> byId = all.stream().collect(Collectors.toMap(r -> r.fhirType() + "/" + r.getIdElement().getIdPart(), r -> r));

        // dosages: program_version.items, every version, every exercise shown
        JsonPath versions = json("select json_agg(json_build_object('program', v.program_id, 'number', v.number, 'items', v.items)"
                + " order by v.number) from program_version v join program p on p.id = v.program_id where p.patient_id = " + patient);
        int checked = 0;
        for (Map<String, Object> v : versions.<Map<String, Object>>getList("$")) {
            for (Map<String, Object> item : (List<Map<String, Object>>) v.get("items")) {
                if (Boolean.FALSE.equals(item.get("shown"))) {
                    continue;
                }
                String id = "ServiceRequest/" + patient + "-" + v.get("program") + "-" + v.get("number") + "-" + item.get("position");
                ServiceRequest r = (ServiceRequest) byId.get(id);
                assertNotNull(r, id + " in $everything");
                Extension d = r.getExtensionByUrl(FhirIds.DOSAGE);
                for (String part : List.of("sets", "reps", "holdSeconds", "durationSeconds", "restSeconds", "timesPerDay", "daysPerWeek")) {
                    assertEquals(item.get(part), integer(d, part), id + " " + part);
                }
                assertEquals(item.get("side") == null ? null : item.get("side").toString().toLowerCase(Locale.ROOT).replace('_', '-'),
                        text(d, "side"), id + " side");
                assertEquals(blankToNull(item.get("load")), text(d, "load"), id + " load");
                assertEquals(blankToNull(item.get("tempo")), text(d, "tempo"), id + " tempo");
                assertEquals(blankToNull(item.get("notes")), r.hasNote() ? r.getNoteFirstRep().getText() : null, id + " notes");
                assertEquals(item.get("inWords"), r.getPatientInstruction(), id + " what the patient reads");
                List<String> weekdays = r.getOccurrenceTiming().getRepeat().getDayOfWeek().stream()
                        .map(e -> e.getValue().toCode()).toList();
                List<String> stored = ((List<?>) item.getOrDefault("weekdays", List.of())).stream()
                        .map(w -> w.toString().substring(0, 3).toLowerCase(Locale.ROOT)).toList();
                assertEquals(stored, weekdays, id + " weekdays");
                if (!stored.isEmpty()) {
                    Timing.TimingRepeatComponent repeat = r.getOccurrenceTiming().getRepeat();
                    assertEquals(item.get("timesPerDay"), repeat.getFrequency(), id + " times a day on those days");
                }
                checked++;
            }
        }
        assertEquals(all.stream().filter(r -> r instanceof ServiceRequest).count(), checked, "every ServiceRequest checked");

        // sessions: progress_session's pain values and each exercise done
        JsonPath sessions = json("select json_agg(json_build_object('id', id, 'before', pain_before, 'after', pain_after,"
                + " 'during', worst_pain_during, 'exercises', exercises) order by id) from progress_session where patient_id = " + patient);
        int observations = 0;
        for (Map<String, Object> s : sessions.<Map<String, Object>>getList("$")) {
            String prefix = "Observation/" + patient + "-" + s.get("id") + "-";
            assertEquals(s.get("before"), value(byId, prefix + "pain-before"), prefix + "pain-before");
            assertEquals(s.get("after"), value(byId, prefix + "pain-after"), prefix + "pain-after");
            observations += 2;
            if (s.get("during") != null) {
                assertEquals(s.get("during"), value(byId, prefix + "pain-during"), prefix + "pain-during");
                observations++;
            }
            for (Map<String, Object> e : (List<Map<String, Object>>) s.get("exercises")) {
                if (!Boolean.TRUE.equals(e.get("done"))) {
                    continue;
                }
                Observation o = (Observation) byId.get(prefix + "ex" + e.get("position"));
                assertNotNull(o, prefix + "ex" + e.get("position"));
                assertEquals(e.get("exerciseName"), o.getValueCodeableConcept().getText());
                Extension done = o.getExtensionByUrl(FhirIds.PERFORMED);
                for (String part : List.of("setsDone", "repsDone", "holdSeconds", "durationSeconds", "pain")) {
                    assertEquals(e.get(part), integer(done, part), o.getId() + " " + part);
                }
                observations++;
            }
        }
        assertEquals(all.stream().filter(r -> r instanceof Observation).count(), observations, "every Observation checked");

        // outcome measures: outcome_response's score and answers
        JsonPath responses = json("select json_agg(json_build_object('id', id, 'score', score, 'answers', answers) order by id)"
                + " from outcome_response where patient_id = " + patient);
        List<Map<String, Object>> stored = responses.getList("$");
        assertEquals(3, stored.size());
        for (Map<String, Object> r : stored) {
            QuestionnaireResponse qr = (QuestionnaireResponse) byId.get("QuestionnaireResponse/" + patient + "-" + r.get("id"));
            assertNotNull(qr, "response " + r.get("id"));
            BigDecimal score = ((org.hl7.fhir.r4.model.DecimalType) qr.getExtensionByUrl(FhirIds.SCORE).getValue()).getValue();
            assertEquals(0, new BigDecimal(r.get("score").toString()).compareTo(score), "score of response " + r.get("id"));
            Map<String, Integer> answers = new HashMap<>();
            for (QuestionnaireResponse.QuestionnaireResponseItemComponent item : qr.getItem()) {
                Type a = item.getAnswerFirstRep().getValue();
                answers.put(item.getLinkId(), a instanceof IntegerType i ? i.getValue()
                        : Integer.valueOf(((org.hl7.fhir.r4.model.Coding) a).getCode()));
            }
            assertEquals(r.get("answers"), answers, "answers of response " + r.get("id"));
        }
        assertFalse(all.isEmpty());
    }

    private static JsonPath json(String sql) {
        return JsonPath.from(OwnerDatabase.text(sql));
    }

    private static Object value(Map<String, Resource> byId, String id) {
        Observation o = (Observation) byId.get(id);
        assertNotNull(o, id);
        return o.getValueIntegerType().getValue();
    }

    private static Integer integer(Extension parent, String url) {
        Extension e = parent == null ? null : parent.getExtensionByUrl(url);
        return e == null ? null : ((IntegerType) e.getValue()).getValue();
    }

    private static String text(Extension parent, String url) {
        Extension e = parent.getExtensionByUrl(url);
        return e == null ? null : e.getValue().primitiveValue();
    }

    private static Object blankToNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value;
    }
}
