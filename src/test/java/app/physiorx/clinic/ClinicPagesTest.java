package app.physiorx.clinic;

import static app.physiorx.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.BrowserTest;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A clinic without a phone gets a prompt on its admin's dashboard that leads to the clinic settings. */
@QuarkusTest
class ClinicPagesTest extends BrowserTest {

    private static void setPhone(String admin, JsonPath clinic, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", clinic.getString("name"));
        body.put("phone", phone);
        body.put("paperSize", clinic.getString("paperSize"));
        as(admin).body(body).put("/api/clinic").then().statusCode(200);
    }

    @Test
    void aClinicWithoutAPhonePromptsItsAdminOnTheDashboardUntilOneIsSaved() {
        JsonPath before = as("clinicadmin2").get("/api/clinic").then().statusCode(200).extract().jsonPath();
        try {
            setPhone("clinicadmin2", before, null);
            Page admin = signedIn("clinicadmin2", "/portal");
            assertTrue(admin.textContent("#phone-missing").contains("no phone number yet"));
            assertTrue(!admin.textContent("main").contains("clinic-admin"), "no role key on the dashboard");

            Page therapist = signedIn("therapist2", "/portal");
            assertEquals(0, therapist.locator("#phone-missing").count(), "only the admin can add it, so only they are asked");
            therapist.context().close();

            admin.click("#phone-missing >> text=Add it in the clinic settings");
            admin.waitForSelector("h1:has-text('Clinic settings')");
            admin.fill("#f-phone", "call me maybe");
            admin.click("button:has-text('Save')");
            admin.waitForSelector("#e-phone");
            assertTrue(admin.textContent("#e-phone").contains("digits"), admin.textContent("#e-phone"));

            admin.fill("#f-phone", "+44 161 496 0754");
            admin.click("button:has-text('Save')");
            admin.waitForSelector("text=The clinic settings are saved.");
            assertEquals("+44 161 496 0754", as("clinicadmin2").get("/api/clinic").then().statusCode(200).extract().path("phone"));
            admin.navigate(url("/portal"));
            assertEquals(0, admin.locator("#phone-missing").count());
        } finally {
            setPhone("clinicadmin2", before, before.getString("phone"));
        }
    }
}
