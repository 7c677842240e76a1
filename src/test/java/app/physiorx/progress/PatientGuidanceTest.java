package app.physiorx.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.program.Symptom;
import app.physiorx.progress.PainRules.Flag;
import app.physiorx.progress.PainRules.Rule;
import app.physiorx.progress.PainRules.Severity;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PatientGuidanceTest {
    private static final List<Flag> RED = List.of(new Flag(Rule.RED_FLAG, Severity.HIGH, "reported numbness"));

    @Test
    void aRedFlagTellsThePatientTheClinicsPhone() {
        var guidance = PatientGuidance.of(RED, List.of(Symptom.NUMBNESS), "+44 20 7946 0000");
        assertTrue(String.join(" ", guidance.steps()).contains("Call your clinic today on +44 20 7946 0000"), guidance.toString());
        assertEquals("tel:+442079460000", guidance.phoneLink(), "the page after the session offers a call button");
        assertEquals("+44 20 7946 0000", guidance.clinicPhone());
    }

    @Test
    void withoutAPhoneItStillSaysToContactTheClinic() {
        var guidance = PatientGuidance.of(RED, List.of(Symptom.NUMBNESS), null);
        assertTrue(String.join(" ", guidance.steps()).contains("Contact your clinic today"), guidance.toString());
        assertEquals(null, guidance.phoneLink());
    }

    @Test
    void aTelLinkKeepsOnlyDigitsAndALeadingPlus() {
        assertEquals("tel:+442079460000", SessionAlerts.telLink("+44 (20) 7946-0000"));
        assertEquals("tel:0301234567", SessionAlerts.telLink("030 / 123 45 67"));
        assertEquals(null, SessionAlerts.telLink(" "));
    }

    @Test
    void theGuidanceThePhoneShowsOfflineIsTheServersWithoutSayingTheTherapistKnowsYet() {
        var online = PatientGuidance.of(RED, List.of(Symptom.BLADDER_BOWEL), "+44 20 7946 0000");
        var offline = PatientGuidance.offline(java.util.EnumSet.of(Symptom.NUMBNESS, Symptom.BLADDER_BOWEL), "+44 20 7946 0000");
        assertEquals(online.title(), offline.title());
        java.util.List<String> expected = new java.util.ArrayList<>(offline.steps());
        expected.addFirst(offline.seekCareNow());
        expected.add("Your therapist has been alerted.");
        assertEquals(online.steps(), expected, "the same words as after a session, from one place");
        assertTrue(offline.steps().stream().noneMatch(s -> s.contains("alerted")), offline.steps().toString());
        assertEquals("NUMBNESS BLADDER_BOWEL", offline.redFlagNames());
        assertEquals("NEW_WEAKNESS BLADDER_BOWEL", offline.urgentNames());
        assertEquals("tel:+442079460000", offline.phoneLink());
    }
}
