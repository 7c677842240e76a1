package app.physiorx.alert;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.AlertStreamClient;
import app.physiorx.support.AppInstance;
import app.physiorx.support.LoggingPatient;
import io.restassured.RestAssured;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged app behind one PostgreSQL: a session stored by one reaches the
 * live streams opened on the other (PostgreSQL LISTEN/NOTIFY), in both directions; both append to
 * one audit chain.
 */
class TwoInstancesIT {
    private static AppInstance a;
    private static AppInstance b;

    @BeforeAll
    static void start() throws Exception {
        a = AppInstance.start(18091);
        b = AppInstance.start(18092);
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        RestAssured.reset();
    }

    @Test
    void aSessionPostedToInstanceAReachesAStreamOpenOnInstanceBAndBack() throws Exception {
        try (AlertStreamClient onB = AlertStreamClient.open(b.url("/"), "therapist1");
             AlertStreamClient onA = AlertStreamClient.open(a.url("/"), "clinicadmin1");
             AlertStreamClient otherClinicOnB = AlertStreamClient.open(b.url("/"), "therapist2")) {
            RestAssured.port = a.port();
            LoggingPatient patient = LoggingPatient.of("therapist1");
            patient.log(patient.session(2, 2, "NUMBNESS"));
            AlertStreamClient.Received event = onB.next(5, TimeUnit.SECONDS);
            assertNotNull(event, "no event on instance B for a session stored by instance A");
            assertTrue(event.data().contains("\"patientId\":" + patient.id()) && event.data().contains("RED_FLAG"), event.data());
            assertNotNull(onA.next(5, TimeUnit.SECONDS), "the clinic admin's stream on A heard nothing");

            RestAssured.port = b.port();
            onB.clear();
            onA.clear();
            // another patient: the first one's alert is open, and a milder reason added to it announces nothing
            LoggingPatient second = LoggingPatient.of("therapist1");
            second.log(second.session(9, 9));
            AlertStreamClient.Received back = onA.next(5, TimeUnit.SECONDS);
            assertNotNull(back, "no event on instance A for a session stored by instance B");
            assertTrue(otherClinicOnB.next(1, TimeUnit.SECONDS) == null, "another clinic heard about the patient");
        }
    }

    @Test
    void bothInstancesAppendToOneAuditChainThatStillVerifies() throws Exception {
        RestAssured.port = a.port();
        LoggingPatient patient = LoggingPatient.of("therapist1");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                AppInstance to = i % 2 == 0 ? a : b;
                answers.add(pool.submit(() -> RestAssured.given().auth().oauth2(patient.token())
                        .get(to.url("/api/me/sessions")).statusCode()));
            }
            for (var answer : answers) {
                org.junit.jupiter.api.Assertions.assertEquals(200, answer.get());
            }
        } finally {
            pool.shutdown();
        }
        RestAssured.given().auth().oauth2(app.physiorx.support.Tokens.accessToken("clinicadmin1")).get(b.url("/api/audit/verify"))
                .then().statusCode(200).body("intact", org.hamcrest.Matchers.equalTo(true));
        RestAssured.given().auth().oauth2(app.physiorx.support.Tokens.accessToken("clinicadmin1"))
                .get(a.url("/api/audit?patientId=" + patient.id() + "&action=session.read&size=1"))
                .then().statusCode(200).body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(400));
    }
}
