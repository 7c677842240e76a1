package app.physiorx.audit;

import static app.physiorx.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.LoggingPatient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** A clinic admin's chain check speaks of their own clinic's events only; the whole-trail check is the operator's. */
@QuarkusTest
class AuditVerificationPerClinicTest {
    @Inject
    EntityManager em;

    @Inject
    AuditVerification verification;

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static JsonPath verify(String admin) {
        return as(admin).get("/api/audit/verify").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theCheckCountsOnlyTheCallersClinicsEvents() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        as("therapist1").get("/api/patients/" + patient.id()).then().statusCode(200);
        as("clinicadmin2").get("/api/audit").then().statusCode(200);

        long before = count("select count(*) from audit_event where clinic_key = 'hillcrest'");
        JsonPath answer = verify("clinicadmin2");
        long after = count("select count(*) from audit_event where clinic_key = 'hillcrest'");
        long all = count("select count(*) from audit_event");

        assertTrue(answer.getBoolean("intact"), answer.prettify());
        long checked = answer.getLong("checked");
        assertTrue(checked >= before && checked <= after, checked + " not within " + before + ".." + after);
        assertTrue(checked < all, "another clinic's events are not counted: " + checked + " of " + all);
        assertTrue(verification.verify().checked() >= all, "the operator's check walks every event");
    }

    @Test
    void aBreakAtAnotherClinicsEventIsNotNamedToThisClinicsAdmin() {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        as("therapist1").get("/api/patients/" + patient.id()).then().statusCode(200);
        long id = count("select max(id) from audit_event where clinic_key = 'riverside' and action = 'patient.read'");
        String original = QuarkusTransaction.requiringNew().call(() ->
                (String) em.createNativeQuery("select actor_name from audit_event where id = " + id).getSingleResult());
        tamper("update audit_event set actor_name = 'Someone Else' where id = " + id);
        try {
            JsonPath own = verify("clinicadmin1");
            assertFalse(own.getBoolean("intact"));
            assertEquals(id, own.getLong("firstBrokenId"));

            JsonPath other = verify("clinicadmin2");
            assertFalse(other.getBoolean("intact"), "the chain is broken for everyone");
            assertNull(other.get("firstBrokenId"), other.prettify());
            assertEquals(AuditVerification.BROKEN_ELSEWHERE, other.getString("problem"));

            assertEquals(id, verification.verify().firstBrokenId());
        } finally {
            tamper("update audit_event set actor_name = '" + original.replace("'", "''") + "' where id = " + id);
        }
        assertTrue(verify("clinicadmin2").getBoolean("intact"));
    }

    /** What only the table's owner could do by lifting both locks on purpose. */
    private void tamper(String sql) {
        app.physiorx.support.OwnerDatabase.tamper(sql, "update");
    }
}
