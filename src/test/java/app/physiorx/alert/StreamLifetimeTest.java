package app.physiorx.alert;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.AlertStreamClient;
import app.physiorx.support.KeycloakAdmin;
import app.physiorx.support.LoggingPatient;
import app.physiorx.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** An open alert stream lives no longer than the token and account that opened it (tests re-check every second). */
@QuarkusTest
class StreamLifetimeTest {
    private static final String THERAPIST1_SUBJECT = "11111111-0000-4000-8000-000000000001";

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    private static String freshToken(String user) {
        return given().formParam("grant_type", "password").formParam("client_id", "physiorx-cli")
                .formParam("username", user).formParam("password", user)
                .post(Tokens.issuer() + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    @Test
    void aStreamClosesWhenItsTokenExpires() throws Exception {
        String shortLived;
        KeycloakAdmin.setAccessTokenLifespan("physiorx-cli", 4);
        try {
            shortLived = freshToken("clinicadmin1");
        } finally {
            KeycloakAdmin.setAccessTokenLifespan("physiorx-cli", null);
        }
        try (AlertStreamClient stream = AlertStreamClient.openWithToken(base.toString(), shortLived)) {
            assertFalse(stream.hasEnded(), "the stream is open while the token is valid");
            assertTrue(stream.awaitEnd(20, TimeUnit.SECONDS), "the stream outlived its token");
        }
    }

    @Test
    void aUserDisabledInKeycloakHearsNothingAfterTheNextKeepAlive() throws Exception {
        LoggingPatient patient = LoggingPatient.of("therapist3");
        try (AlertStreamClient stream = AlertStreamClient.open(base.toString(), "therapist3")) {
            patient.log(patient.session(2, 2, "DIZZINESS"));
            assertNotNull(stream.next(10, TimeUnit.SECONDS), "the stream heard the first alert");
            KeycloakAdmin.setEnabled("therapist3", false);
            try {
                assertTrue(stream.awaitEnd(20, TimeUnit.SECONDS), "the disabled user's stream stayed open");
                patient.log(patient.session(9, 10));
                assertNull(stream.next(2, TimeUnit.SECONDS), "the disabled user heard another alert");
            } finally {
                KeycloakAdmin.setEnabled("therapist3", true);
            }
        }
    }

    @Test
    void aTherapistWhoseRoleIsRemovedHearsNothingAfterTheNextKeepAlive() throws Exception {
        LoggingPatient patient = LoggingPatient.of("therapist3");
        try (AlertStreamClient stream = AlertStreamClient.open(base.toString(), "therapist3")) {
            KeycloakAdmin.setRealmRole("therapist3", "therapist", false);
            try {
                assertTrue(stream.awaitEnd(20, TimeUnit.SECONDS), "the demoted user's stream stayed open");
                patient.log(patient.session(2, 2, "DIZZINESS"));
                assertNull(stream.next(2, TimeUnit.SECONDS), "the demoted user heard an alert");
            } finally {
                KeycloakAdmin.setRealmRole("therapist3", "therapist", true);
            }
        }
    }

    @Test
    void aClinicAdminDemotedToTherapistHearsOnlyTheirOwnPatientsFromTheNextKeepAlive() throws Exception {
        LoggingPatient othersPatient = LoggingPatient.of("therapist1");
        try (AlertStreamClient stream = AlertStreamClient.open(base.toString(), "clinicadmin1")) {
            KeycloakAdmin.setRealmRole("clinicadmin1", "therapist", true);
            KeycloakAdmin.setRealmRole("clinicadmin1", "clinic-admin", false);
            try {
                assertTrue(stream.awaitKeepAlives(2, 20, TimeUnit.SECONDS), "the stream kept alive");
                othersPatient.log(othersPatient.session(2, 2, "DIZZINESS"));
                assertNull(stream.next(3, TimeUnit.SECONDS), "the demoted admin heard another therapist's patient");
                assertFalse(stream.hasEnded(), "a therapist keeps their stream");
            } finally {
                KeycloakAdmin.setRealmRole("clinicadmin1", "clinic-admin", true);
                KeycloakAdmin.setRealmRole("clinicadmin1", "therapist", false);
            }
        }
    }

    @Test
    void openingASixthStreamClosesTheFirst() throws Exception {
        List<AlertStreamClient> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                streams.add(AlertStreamClient.open(base.toString(), "therapist2"));
            }
            assertTrue(streams.getFirst().awaitEnd(10, TimeUnit.SECONDS), "the oldest stream stayed open");
            for (AlertStreamClient s : streams.subList(1, 6)) {
                assertFalse(s.hasEnded(), "a newer stream was closed");
            }
        } finally {
            for (AlertStreamClient s : streams) {
                s.close();
            }
        }
    }

    @Test
    void openingClosingAndEachDeliveredAlertAreAuditedWithThePatient() throws Exception {
        LoggingPatient patient = LoggingPatient.of("therapist1");
        long opensBefore = count("alert.stream.open", null);
        String alertId;
        try (AlertStreamClient stream = AlertStreamClient.open(base.toString(), "therapist1")) {
            patient.log(patient.session(2, 2, "DIZZINESS"));
            AlertStreamClient.Received event = stream.next(10, TimeUnit.SECONDS);
            assertNotNull(event, "the stream heard the alert");
            alertId = io.restassured.path.json.JsonPath.from(event.data()).getString("alertId");
        }
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertEquals(1, count("alert.stream.deliver", patient.id()), "the delivery names the patient");
            assertTrue(count("alert.stream.open", null) > opensBefore, "the opening is audited");
            assertTrue(count("alert.stream.close", null) > 0, "the closing is audited");
        });
        String resource = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select resource_id from audit_event where action = 'alert.stream.deliver' and patient_id = :p")
                .setParameter("p", patient.id()).getSingleResult());
        assertEquals(alertId, resource);
    }

    private long count(String action, Long patientId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_event where action = :a and subject = :s"
                        + (patientId == null ? "" : " and patient_id = " + patientId))
                .setParameter("a", action).setParameter("s", THERAPIST1_SUBJECT).getSingleResult()).longValue());
    }
}
