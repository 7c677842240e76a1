package app.physiorx.audit;

import static app.physiorx.support.Api.anonymous;
import static app.physiorx.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.LoggingPatient;
import app.physiorx.support.OwnerDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Checkpoints of the hash chain: the quick check re-hashes only what came after the newest one, and still
 * finds a change there; a change inside a checkpointed segment is the full walk's to find, which runs in the
 * background and stores its result. (Tests write checkpoints themselves: the job is off in the test profile.)
 */
@QuarkusTest
class AuditCheckpointTest {
    private static final int SEGMENT = 20;

    @Inject
    AuditCheckpointService checkpoints;

    @Inject
    AuditVerification verification;

    private static JsonPath quickCheck(String admin) {
        return as(admin).get("/api/audit/verify").then().statusCode(200).extract().jsonPath();
    }

    /** Enough of the clinic's own events for a few segments, and the checkpoints over them. */
    private void checkpointed() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        for (int i = 0; i < SEGMENT * 2; i++) {
            as("therapist1").get("/api/patients/" + patient.id()).then().statusCode(200);
        }
        assertTrue(checkpoints.catchUp(SEGMENT) >= 2, "two full segments at least");
    }

    @Test
    void theQuickCheckStartsAtTheNewestCheckpointAndStillVouchesForEveryEventOfTheClinic() {
        checkpointed();
        JsonPath answer = quickCheck("clinicadmin1");
        assertTrue(answer.getBoolean("intact"), answer.prettify());
        assertNotNull(answer.get("checkpointId"));
        assertTrue(answer.getLong("fromEventId") > 0);
        long all = verification.verifyForClinic("riverside").checked();
        long vouched = answer.getLong("checked");
        assertTrue(vouched >= all - 5 && vouched <= all + 5, vouched + " vs " + all + " (a few events land between the two checks)");
        assertTrue(answer.getLong("rehashedNow") < all, "only the tail is re-hashed: " + answer.prettify());
    }

    @Test
    void aRowChangedAfterTheNewestCheckpointIsFoundByTheQuickCheck() {
        checkpointed();
        LoggingPatient patient = LoggingPatient.of("therapist1");
        as("therapist1").get("/api/patients/" + patient.id()).then().statusCode(200);
        long id = Long.parseLong(OwnerDatabase.text(
                "select max(id) from audit_event where clinic_key = 'riverside' and action = 'patient.read'"));
        String name = OwnerDatabase.text("select actor_name from audit_event where id = " + id);
        OwnerDatabase.tamper("update audit_event set actor_name = 'Nobody' where id = " + id, "update");
        try {
            JsonPath answer = quickCheck("clinicadmin1");
            assertFalse(answer.getBoolean("intact"));
            assertEquals(id, answer.getLong("firstBrokenId"));
            JsonPath other = quickCheck("clinicadmin2");
            assertFalse(other.getBoolean("intact"));
            assertNull(other.get("firstBrokenId"));
        } finally {
            OwnerDatabase.tamper("update audit_event set actor_name = '" + name.replace("'", "''") + "' where id = " + id, "update");
        }
        assertTrue(quickCheck("clinicadmin1").getBoolean("intact"));
    }

    @Test
    void aRowChangedInsideACheckpointIsFoundByTheFullWalkInTheBackground() throws Exception {
        checkpointed();
        String segment = OwnerDatabase.text("select first_event_id || ' ' || last_event_id from audit_checkpoint order by id desc limit 1");
        long first = Long.parseLong(segment.split(" ")[0]);
        long id = Long.parseLong(OwnerDatabase.text("select min(id) from audit_event where id > " + first
                + " and clinic_key = 'riverside'"));
        String name = OwnerDatabase.text("select actor_name from audit_event where id = " + id);
        OwnerDatabase.tamper("update audit_event set actor_name = 'Nobody' where id = " + id, "update");
        try {
            JsonPath quick = quickCheck("clinicadmin1");
            assertTrue(quick.getBoolean("intact"), "the quick check does not cover it: " + quick.prettify());
            assertTrue(quick.getLong("fromEventId") > id);

            as("clinicadmin1").post("/api/audit/verify/full").then().statusCode(202);
            JsonPath walk = finished("clinicadmin1");
            assertEquals("BROKEN", walk.getString("status"), walk.prettify());
            assertEquals(id, walk.getLong("firstBrokenId"));
            assertTrue(walk.getLong("upToEventId") >= id);
            JsonPath other = as("clinicadmin2").get("/api/audit/verify/full").then().statusCode(200).extract().jsonPath();
            assertNull(other.get("firstBrokenId"), "another clinic's event is not named");
            assertEquals(AuditVerification.BROKEN_ELSEWHERE, other.getString("problem"));
        } finally {
            OwnerDatabase.tamper("update audit_event set actor_name = '" + name.replace("'", "''") + "' where id = " + id, "update");
        }
        as("clinicadmin1").post("/api/audit/verify/full").then().statusCode(202);
        JsonPath again = finished("clinicadmin1");
        assertEquals("INTACT", again.getString("status"), again.prettify());
        assertTrue(again.getLong("checked") > 0);
        assertNotNull(again.get("finishedAt"));
    }

    @Test
    void aChangedCheckpointIsFound() {
        checkpointed();
        String id = OwnerDatabase.text("select max(id) from audit_checkpoint");
        OwnerDatabase.run("alter table audit_checkpoint disable trigger audit_checkpoint_no_update_delete",
                "update audit_checkpoint set events = events + 1 where id = " + id,
                "alter table audit_checkpoint enable trigger audit_checkpoint_no_update_delete");
        try {
            JsonPath answer = quickCheck("clinicadmin1");
            assertFalse(answer.getBoolean("intact"));
            assertTrue(answer.getString("problem").contains("checkpoint " + id), answer.prettify());
        } finally {
            OwnerDatabase.run("alter table audit_checkpoint disable trigger audit_checkpoint_no_update_delete",
                    "update audit_checkpoint set events = events - 1 where id = " + id,
                    "alter table audit_checkpoint enable trigger audit_checkpoint_no_update_delete");
        }
        assertTrue(quickCheck("clinicadmin1").getBoolean("intact"));
    }

    @Test
    void theAppsRoleMayAppendCheckpointsButNeverChangeOrRemoveThem() {
        for (String privilege : new String[] {"update", "delete", "truncate"}) {
            assertEquals("f", OwnerDatabase.text("select has_table_privilege('" + appRole() + "', 'audit_checkpoint', '" + privilege + "')"),
                    privilege);
        }
        assertEquals("t", OwnerDatabase.text("select has_table_privilege('" + appRole() + "', 'audit_checkpoint', 'insert')"));
    }

    @Test
    void onlyClinicAdminsCheckTheChain() {
        as("therapist1").get("/api/audit/verify/full").then().statusCode(403);
        as("therapist1").post("/api/audit/verify/full").then().statusCode(403);
        anonymous().get("/api/audit/verify/full").then().statusCode(401);
        anonymous().post("/api/audit/verify/full").then().statusCode(401);
        LoggingPatient.of("therapist1").api().post("/api/audit/verify/full").then().statusCode(403);
    }

    private static String appRole() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
    }

    private static JsonPath finished(String admin) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonPath walk = as(admin).get("/api/audit/verify/full").then().statusCode(200).extract().jsonPath();
            if (!"RUNNING".equals(walk.getString("status"))) {
                return walk;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the full walk did not finish in 30 s");
    }
}
