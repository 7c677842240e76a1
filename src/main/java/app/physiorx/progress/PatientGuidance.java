package app.physiorx.progress;

import app.physiorx.progress.PainRules.Flag;
import app.physiorx.progress.PainRules.Rule;
import app.physiorx.progress.SessionApi.Guidance;
import app.physiorx.program.Symptom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a patient is told right after a session that tripped a rule, in plain words. */
public final class PatientGuidance {
    /** Symptoms that need a doctor today: the red-flag guidance then starts with {@link #SEEK_CARE_NOW}. */
    public static final Set<Symptom> URGENT_SYMPTOMS = EnumSet.of(Symptom.BLADDER_BOWEL, Symptom.NEW_WEAKNESS);
    static final String RED_FLAG_TITLE = "Stop the program and contact your clinic";
    static final String SEEK_CARE_NOW = "You reported a symptom that needs a doctor today: please seek urgent care now.";

    private PatientGuidance() {
    }

    /**
     * The red-flag guidance for a session logged without a signal, which the phone shows itself (static/offline.js):
     * the same title and steps as {@link #of}, without "Your therapist has been alerted" (the session has not reached
     * the clinic yet), with the step for urgent symptoms apart so the phone adds it when one of them is reported.
     */
    public record Offline(String title, List<String> steps, String seekCareNow, Set<Symptom> urgentSymptoms,
                          Set<Symptom> redFlags, String clinicPhone, String phoneLink) {
        /** The program's red-flag symptoms as one space-separated attribute value. */
        public String redFlagNames() {
            return String.join(" ", redFlags.stream().map(Enum::name).toList());
        }

        public String urgentNames() {
            return String.join(" ", urgentSymptoms.stream().map(Enum::name).toList());
        }
    }

    /** The guidance the phone shows for a red flag it cannot send yet, for a program with these red flags. */
    public static Offline offline(Set<Symptom> redFlags, String clinicPhone) {
        return new Offline(RED_FLAG_TITLE, redFlagSteps(clinicPhone), SEEK_CARE_NOW, URGENT_SYMPTOMS,
                redFlags.isEmpty() ? Set.of() : EnumSet.copyOf(redFlags), phone(clinicPhone), SessionAlerts.telLink(clinicPhone));
    }

    /** The guidance for these flags, with the clinic's phone (null when it has none) in the red-flag steps. */
    public static Guidance of(Collection<Flag> flags, Collection<Symptom> symptoms, String clinicPhone) {
        boolean redFlag = flags.stream().anyMatch(f -> f.rule() == Rule.RED_FLAG);
        if (redFlag) {
            List<String> steps = redFlagSteps(clinicPhone);
            if (symptoms.stream().anyMatch(URGENT_SYMPTOMS::contains)) {
                steps.addFirst(SEEK_CARE_NOW);
            }
            steps.add("Your therapist has been alerted.");
            return new Guidance(true, RED_FLAG_TITLE, steps, phone(clinicPhone), SessionAlerts.telLink(clinicPhone));
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

    private static List<String> redFlagSteps(String clinicPhone) {
        String call = clinicPhone == null || clinicPhone.isBlank() ? "Contact your clinic today"
                : "Call your clinic today on " + clinicPhone.strip();
        List<String> steps = new ArrayList<>();
        steps.add("Stop doing your home exercises for now.");
        steps.add(call + " and tell them what you noticed.");
        steps.add("Get urgent medical care straight away (call your emergency number) if you have any change in bladder"
                + " or bowel control, or sudden weakness in an arm or a leg.");
        return steps;
    }

    private static String phone(String clinicPhone) {
        return clinicPhone == null || clinicPhone.isBlank() ? null : clinicPhone.strip();
    }
}
