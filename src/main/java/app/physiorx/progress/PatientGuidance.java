package app.physiorx.progress;

import app.physiorx.progress.PainRules.Flag;
import app.physiorx.progress.PainRules.Rule;
import app.physiorx.progress.SessionApi.Guidance;
import app.physiorx.program.Symptom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What a patient is told right after a session that tripped a rule, in plain words. */
public final class PatientGuidance {
    private PatientGuidance() {
    }

    /** The guidance for these flags, with the clinic's phone (null when it has none) in the red-flag steps. */
    public static Guidance of(Collection<Flag> flags, Collection<Symptom> symptoms, String clinicPhone) {
        String call = clinicPhone == null || clinicPhone.isBlank() ? "Contact your clinic today"
                : "Call your clinic today on " + clinicPhone.strip();
        boolean redFlag = flags.stream().anyMatch(f -> f.rule() == Rule.RED_FLAG);
        if (redFlag) {
            List<String> steps = new ArrayList<>();
            steps.add("Stop doing your home exercises for now.");
            steps.add(call + " and tell them what you noticed.");
            steps.add("Get urgent medical care straight away (call your emergency number) if you have any change in bladder"
                    + " or bowel control, or sudden weakness in an arm or a leg.");
            if (symptoms.contains(Symptom.BLADDER_BOWEL) || symptoms.contains(Symptom.NEW_WEAKNESS)) {
                steps.addFirst("You reported a symptom that needs a doctor today: please seek urgent care now.");
            }
            steps.add("Your therapist has been alerted.");
            return new Guidance(true, "Stop the program and contact your clinic", steps, phone(clinicPhone),
                    SessionAlerts.telLink(clinicPhone));
        }
        if (!flags.isEmpty()) {
            return new Guidance(false, "Your pain was higher today", List.of(
                    "Leave out any exercise that made your pain worse until you have spoken with your therapist.",
                    "Rest, and move gently within what feels comfortable.",
                    "Your therapist has been told and may get in touch. " + (clinicPhone == null || clinicPhone.isBlank()
                            ? "Call the clinic" : "Call the clinic on " + clinicPhone.strip()) + " if the pain keeps rising."),
                    phone(clinicPhone), SessionAlerts.telLink(clinicPhone));
        }
        return null;
    }

    private static String phone(String clinicPhone) {
        return clinicPhone == null || clinicPhone.isBlank() ? null : clinicPhone.strip();
    }
}
