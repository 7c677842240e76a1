package app.physiorx.progress;

import app.physiorx.progress.PainRules.Flag;
import app.physiorx.progress.PainRules.Rule;
import app.physiorx.progress.SessionApi.Guidance;
import app.physiorx.program.Symptom;
import app.physiorx.common.Words;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a patient is told right after a session that tripped a rule, in plain words ({@code messages/guidance[_es].properties}). */
public final class PatientGuidance {
    /** Symptoms that need a doctor today: the red-flag guidance then starts with "seek urgent care now". */
    public static final Set<Symptom> URGENT_SYMPTOMS = EnumSet.of(Symptom.BLADDER_BOWEL, Symptom.NEW_WEAKNESS);

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
        return offline(redFlags, clinicPhone, "en");
    }

    /** {@link #offline(Set, String)} in the patient's language ("en", "es"). */
    public static Offline offline(Set<Symptom> redFlags, String clinicPhone, String language) {
        Words w = words(language);
        return new Offline(w.say("redFlag.title"), redFlagSteps(clinicPhone, w), w.say("redFlag.seekCareNow"), URGENT_SYMPTOMS,
                redFlags.isEmpty() ? Set.of() : EnumSet.copyOf(redFlags), phone(clinicPhone), SessionAlerts.telLink(clinicPhone));
    }

    /** The guidance for these flags, with the clinic's phone (null when it has none) in the red-flag steps. */
    public static Guidance of(Collection<Flag> flags, Collection<Symptom> symptoms, String clinicPhone) {
        return of(flags, symptoms, clinicPhone, "en");
    }

    /** {@link #of(Collection, Collection, String)} in the patient's language ("en", "es"). */
    public static Guidance of(Collection<Flag> flags, Collection<Symptom> symptoms, String clinicPhone, String language) {
        Words w = words(language);
        boolean redFlag = flags.stream().anyMatch(f -> f.rule() == Rule.RED_FLAG);
        if (redFlag) {
            List<String> steps = redFlagSteps(clinicPhone, w);
            if (symptoms.stream().anyMatch(URGENT_SYMPTOMS::contains)) {
                steps.addFirst(w.say("redFlag.seekCareNow"));
            }
            steps.add(w.say("redFlag.alerted"));
            return new Guidance(true, w.say("redFlag.title"), steps, phone(clinicPhone), SessionAlerts.telLink(clinicPhone));
        }
        if (!flags.isEmpty()) {
            String phone = phone(clinicPhone);
            return new Guidance(false, w.say("pain.title"), List.of(w.say("pain.leaveOut"), w.say("pain.rest"),
                    phone == null ? w.say("pain.contact") : w.say("pain.call", phone)), phone, SessionAlerts.telLink(clinicPhone));
        }
        return null;
    }

    private static List<String> redFlagSteps(String clinicPhone, Words w) {
        String phone = phone(clinicPhone);
        List<String> steps = new ArrayList<>();
        steps.add(w.say("redFlag.stop"));
        steps.add(phone == null ? w.say("redFlag.contact") : w.say("redFlag.call", phone));
        steps.add(w.say("redFlag.emergency"));
        return steps;
    }

    private static Words words(String language) {
        return Words.of("guidance", language);
    }

    private static String phone(String clinicPhone) {
        return clinicPhone == null || clinicPhone.isBlank() ? null : clinicPhone.strip();
    }
}
