package app.physiorx.audit;

import app.physiorx.auditreport.AuditService;
import static app.physiorx.support.Api.anonymous;
import static app.physiorx.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.LoggingPatient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {
    @Inject
    EntityManager em;

    @Inject
    AuditRetention retention;

    private static JsonPath events(String admin, String query) {
        return as(admin).get("/api/audit?size=200&" + query).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> find(JsonPath events, String action, String outcome, String request) {
        List<Map<String, Object>> all = events.getList("events");
        return all.stream().filter(e -> action.equals(e.get("action")) && outcome.equals(e.get("outcome"))
                && (request == null || request.equals(e.get("request")))).findFirst().orElse(null);
    }

    @Test
    void everyReadAndChangeOfPatientDataIsRecordedWithWhoWhatWhereAndTheOutcome() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        long sessionId = patient.log(patient.session(9, 9)).getLong("session.id");
        long alertId = as("therapist1").get("/api/alerts?patientId=" + patient.id()).then().statusCode(200).extract().jsonPath().getLong("alerts[0].id");
        as("therapist1").header("User-Agent", "audit-test/1.0").get("/api/patients/" + patient.id()).then().statusCode(200);
        as("therapist2").get("/api/patients/" + patient.id()).then().statusCode(404);
        as("therapist1").get("/api/programs/" + patient.programId() + "/versions/1/handout.pdf").then().statusCode(200);
        as("therapist1").post("/api/patients/" + patient.id() + "/access").then().statusCode(200);
        as("therapist1").body(Map.of("note", "seen")).post("/api/alerts/" + alertId + "/acknowledge").then().statusCode(200);
        patient.api().get("/api/me/sessions/" + sessionId).then().statusCode(200);

        JsonPath events = events("clinicadmin1", "patientId=" + patient.id());
        Map<String, Object> read = find(events, "patient.read", "ALLOWED", "GET /api/patients/" + patient.id());
        assertNotNull(read, "the read of the record");
        assertEquals("Tessa Morgan", read.get("actorName"));
        assertEquals("therapist", read.get("actorRole"));
        assertEquals("audit-test/1.0", read.get("userAgent"));
        assertNotNull(read.get("clientAddress"));
        assertNotNull(read.get("at"));
        assertNotNull(find(events, "patient.read", "NOT_FOUND", "GET /api/patients/" + patient.id()), "the other clinic's probe");
        assertNotNull(find(events, "handout.download", "ALLOWED", null));
        assertNotNull(find(events, "patient.access-reissued", "ALLOWED", null));
        assertNotNull(find(events, "alert.change", "ALLOWED", "POST /api/alerts/" + alertId + "/acknowledge"));
        assertNotNull(find(events, "session.change", "ALLOWED", "POST /api/me/sessions"));
        assertNotNull(find(events, "session.read", "ALLOWED", "GET /api/me/sessions/" + sessionId));

        // the other clinic's admin sees their own user's probe, but not Riverside's own work
        JsonPath hillcrest = events("clinicadmin2", "patientId=" + patient.id());
        assertNotNull(find(hillcrest, "patient.read", "NOT_FOUND", null));
        assertEquals(null, find(hillcrest, "patient.read", "ALLOWED", null));
    }

    @Test
    void theUnfilteredListHoldsTheClinicsOwnWorkAndOtherClinicsProbesOfItsPatientsNewestFirstAndNothingElse() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        for (int i = 0; i < 10; i++) {
            as("therapist1").get("/api/patients/" + patient.id()).then().statusCode(200);
        }
        as("therapist2").get("/api/patients/" + patient.id()).then().statusCode(404); // Hillcrest probes Riverside's patient
        as("clinicadmin2").get("/api/patients").then().statusCode(200); // Hillcrest's own work, about no Riverside patient
        String probe = "GET /api/patients/" + patient.id();

        JsonPath riverside = events("clinicadmin1", "");
        assertNotNull(find(riverside, "patient.read", "NOT_FOUND", probe), "the probe of our patient");
        List<Long> ids = riverside.getList("events.id", Long.class);
        assertEquals(ids.stream().sorted(java.util.Comparator.reverseOrder()).toList(), ids, "newest first");
        assertTrue(riverside.getLong("total") >= ids.size());

        JsonPath hillcrest = events("clinicadmin2", "");
        assertNotNull(find(hillcrest, "patient.read", "NOT_FOUND", probe), "their user's probe");
        Object hillcrestAdmin = find(hillcrest, "patient.read", "ALLOWED", "GET /api/patients") == null ? null
                : find(hillcrest, "patient.read", "ALLOWED", "GET /api/patients").get("subject");
        assertTrue(riverside.getList("events", Map.class).stream().noneMatch(e -> "GET /api/patients".equals(e.get("request"))
                && java.util.Objects.equals(hillcrestAdmin, e.get("subject"))), "nothing of Hillcrest's own work");

        List<Long> patientEvents = events("clinicadmin1", "action=patient.").getList("events.id", Long.class);
        JsonPath page2 = as("clinicadmin1").get("/api/audit?action=patient.&size=5&page=1").then().statusCode(200).extract().jsonPath();
        assertEquals(patientEvents.subList(5, 10), page2.getList("events.id", Long.class), "page 2 follows page 1, no gap, no repeat");
        assertTrue(page2.getBoolean("hasOlder"));

        String csv = as("clinicadmin1").get("/api/audit/export.csv").then().statusCode(200).extract().asString();
        assertTrue(csv.contains(probe), "the export has the probe too");
    }

    @Test
    void noHealthContentGoesIntoTheAuditTrail() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        var body = patient.session(8, 8, "BLADDER_BOWEL");
        body.put("comment", "Secret-health-note-4711");
        patient.log(body);
        String csv = as("clinicadmin1").get("/api/audit/export.csv?patientId=" + patient.id()).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("id,at_utc,user,"), csv);
        assertTrue(csv.contains("session.change"));
        for (String health : List.of("Secret-health-note-4711", "BLADDER", "ladder", "8/10")) {
            assertFalse(csv.contains(health), "the audit trail holds " + health);
        }
    }

    @Test
    void theAuditTrailIsAppendOnlyForTheApplicationsDatabaseRole() {
        as("therapist1").get("/api/patients").then().statusCode(200);
        for (String sql : List.of("update audit_event set action = 'x'", "delete from audit_event", "truncate audit_event")) {
            assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate()),
                    sql);
        }
        Boolean canUpdate = QuarkusTransaction.requiringNew().call(() -> (Boolean) em.createNativeQuery(
                "select has_table_privilege(current_user, 'audit_event', 'UPDATE')").getSingleResult());
        assertFalse(canUpdate);
    }

    @Test
    void theVerificationFindsAChangedRowAndTheChainIsIntactOtherwise() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        as("therapist1").get("/api/patients/" + patient.id()).then().statusCode(200);
        as("clinicadmin1").get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        long id = events("clinicadmin1", "patientId=" + patient.id()).getLong("events[0].id");
        String original = QuarkusTransaction.requiringNew().call(() ->
                (String) em.createNativeQuery("select actor_name from audit_event where id = " + id).getSingleResult());
        tamper("update audit_event set actor_name = 'Someone Else' where id = " + id);
        try {
            JsonPath broken = as("clinicadmin1").get("/api/audit/verify").then().statusCode(200).extract().jsonPath();
            assertFalse(broken.getBoolean("intact"));
            assertEquals(id, broken.getLong("firstBrokenId"));
        } finally {
            tamper("update audit_event set actor_name = '" + original.replace("'", "''") + "' where id = " + id);
        }
        as("clinicadmin1").get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void theVerificationFindsARemovedRow() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        as("therapist1").get("/api/patients/" + patient.id()).then().statusCode(200);
        as("therapist1").get("/api/patients/" + patient.id() + "/programs").then().statusCode(200);
        as("clinicadmin1").get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        long id = events("clinicadmin1", "patientId=" + patient.id()).getLong("events[-1].id");
        app.physiorx.support.OwnerDatabase.run("create table removed_audit_row as select * from audit_event where id = " + id);
        try {
            tamper("delete from audit_event where id = " + id, "delete");
            JsonPath broken = as("clinicadmin1").get("/api/audit/verify").then().statusCode(200).extract().jsonPath();
            assertFalse(broken.getBoolean("intact"));
            assertTrue(broken.getLong("firstBrokenId") > id, "the row after the gap is named: " + broken.prettify());
            assertEquals("the row before it was removed or changed", broken.getString("problem"));
        } finally {
            app.physiorx.support.OwnerDatabase.run("insert into audit_event select * from removed_audit_row", "drop table removed_audit_row");
        }
        as("clinicadmin1").get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void nothingIsDeletedWithoutARetentionAndAPurgeKeepsTheRestOfTheChainVerifiable() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        as("therapist1").get("/api/patients/" + patient.id()).then().statusCode(200);
        long before = count("select count(*) from audit_event");
        retention.daily(); // no PHYSIORX_AUDIT_RETENTION in tests: keeps everything
        assertEquals(before, count("select count(*) from audit_event"));

        long removed = retention.purgeBefore(java.time.Instant.now());
        assertTrue(removed >= before - 5, "removed " + removed + " of " + before);
        assertEquals(0, count("select count(*) from audit_event where action <> 'audit.purge' and at < now() - interval '1 minute'"));
        assertEquals(removed, count("select purged_count from audit_anchor order by id desc limit 1"));
        as("clinicadmin1").get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(true));
        // the purge's delete privilege ended with it; new events chain on from the anchor
        assertEquals(0, count("select count(*) from (select 1 where has_table_privilege(current_user, 'audit_event', 'DELETE')) x"));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("delete from audit_event").executeUpdate()));
        as("therapist1").get("/api/patients/" + patient.id()).then().statusCode(200);
        as("clinicadmin1").get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    /** What only the table's owner could do by lifting both locks on purpose: the chain must still tell. */
    private void tamper(String sql) {
        tamper(sql, "update");
    }

    private void tamper(String sql, String privilege) {
        app.physiorx.support.OwnerDatabase.tamper(sql, privilege);
    }

    @Test
    void onlyClinicAdminsReadTheAuditTrailAndOnlyTheirClinics() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        as("therapist1").get("/api/audit").then().statusCode(403);
        patient.api().get("/api/audit").then().statusCode(403);
        anonymous().get("/api/audit").then().statusCode(401);
        anonymous().get("/api/audit/verify").then().statusCode(401);
        as("therapist1").get("/api/audit/patients/" + patient.id()).then().statusCode(403);
        as("clinicadmin2").get("/api/audit/patients/" + patient.id()).then().statusCode(404);
        as("clinicadmin1").get("/api/audit?from=yesterday").then().statusCode(400).body("errors[0].field", equalTo("from"));

        as("therapist1").get("/api/patients/" + patient.id()).then().statusCode(200);
        JsonPath report = as("clinicadmin1").get("/api/audit/patients/" + patient.id()).then().statusCode(200).extract().jsonPath();
        assertTrue(report.getList("touchers.actorName").contains("Tessa Morgan"), report.prettify());
    }

    @Test
    void aCsvFieldCannotRunAsASpreadsheetFormula() {
        assertEquals("\"'=HYPERLINK(1)\"", AuditService.csv("=HYPERLINK(1)"));
        assertEquals("\"a \"\"b\"\"\"", AuditService.csv("a \"b\""));
    }
}
