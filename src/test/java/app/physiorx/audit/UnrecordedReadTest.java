package app.physiorx.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import app.physiorx.support.Api;
import app.physiorx.support.OwnerDatabase;
import app.physiorx.support.Patients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** A read of patient data that the audit trail cannot record is not answered: 503, a problem document, no data. */
@QuarkusTest
class UnrecordedReadTest {

    @Test
    void aReadTheTrailCannotRecordAnswers503WithAProblemAndNoneOfTheData() {
        String last = "Unrecorded" + UUID.randomUUID().toString().substring(0, 6);
        Patients.Created patient = Patients.create("therapist1", "Una", last);
        String appRole = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        OwnerDatabase.run("revoke insert on audit_event from \"" + appRole + "\"");
        try {
            Api.as("therapist1").get("/api/patients/" + patient.id()).then().statusCode(503)
                    .contentType(containsString("application/problem+json")).header("Retry-After", "30")
                    .body("title", equalTo("Service unavailable")).body("detail", containsString("audit trail"))
                    .body(not(containsString(last)));
        } finally {
            OwnerDatabase.run("grant insert on audit_event to \"" + appRole + "\"");
        }
        Api.as("therapist1").get("/api/patients/" + patient.id()).then().statusCode(200).body("lastName", equalTo(last));
    }
}
