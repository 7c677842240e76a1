package app.physiorx.handout;

import app.physiorx.clinic.PaperSize;
import app.physiorx.program.ProgramApi.PublishedItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything one handout shows; built by {@link HandoutService}, drawn by {@link HandoutRenderer}. */
public record HandoutData(String clinicName, String clinicPhone, PaperSize paperSize, String patientName,
                          String programTitle, String goal, int versionNumber, LocalDate publishedOn,
                          String therapistName, String therapistEmail, List<PublishedItem> items,
                          Map<Long, Picture> images, String patientPageUrl, boolean largePrint, SignIn signIn,
                          Picture logo, String nextStage, Map<Long, String> figures, String language) {

    /** In English (the staff's test data and older callers). */
    public HandoutData(String clinicName, String clinicPhone, PaperSize paperSize, String patientName,
                       String programTitle, String goal, int versionNumber, LocalDate publishedOn,
                       String therapistName, String therapistEmail, List<PublishedItem> items,
                       Map<Long, Picture> images, String patientPageUrl, boolean largePrint, SignIn signIn,
                       Picture logo, String nextStage, Map<Long, String> figures) {
        this(clinicName, clinicPhone, paperSize, patientName, programTitle, goal, versionNumber, publishedOn,
                therapistName, therapistEmail, items, images, patientPageUrl, largePrint, signIn, logo, nextStage, figures, "en");
    }

    /** "  ·  version 2, 3 December 2026" in the handout's language. */
    public String versionLine() {
        return words().say("version", Integer.toString(versionNumber), java.time.format.DateTimeFormatter
                .ofPattern(words().raw("date"), words().locale()).format(publishedOn));
    }

    /** "Your therapist: Name (email), phone 555" in the handout's language. */
    public String therapistLine() {
        app.physiorx.common.Words say = words();
        return say.say("therapist", therapistName) + (therapistEmail == null ? "" : say.say("therapistEmail", therapistEmail))
                + (clinicPhone == null ? "" : say.say("phone", clinicPhone));
    }

    /** Whether an item is printed in another language than the handout's (its exercise is not translated). */
    public boolean untranslated(PublishedItem item) {
        return !item.textLanguage().equals(words().language());
    }

    /** The note above such an item. */
    public String untranslatedNote() {
        return app.physiorx.exercise.DosageWords.of(words().language()).say("untranslated");
    }

    /** The handout's own words in its language. */
    public app.physiorx.common.Words words() {
        return app.physiorx.common.Words.of("handout", language);
    }

    /** Without drawn figures: {@code figures} maps an exercise id to the slug of its drawn poses. */
    public HandoutData(String clinicName, String clinicPhone, PaperSize paperSize, String patientName,
                       String programTitle, String goal, int versionNumber, LocalDate publishedOn,
                       String therapistName, String therapistEmail, List<PublishedItem> items,
                       Map<Long, Picture> images, String patientPageUrl, boolean largePrint, SignIn signIn,
                       Picture logo, String nextStage) {
        this(clinicName, clinicPhone, paperSize, patientName, programTitle, goal, versionNumber, publishedOn,
                therapistName, therapistEmail, items, images, patientPageUrl, largePrint, signIn, logo, nextStage, Map.of());
    }

    /** Without a next-stage line. */
    public HandoutData(String clinicName, String clinicPhone, PaperSize paperSize, String patientName,
                       String programTitle, String goal, int versionNumber, LocalDate publishedOn,
                       String therapistName, String therapistEmail, List<PublishedItem> items,
                       Map<Long, Picture> images, String patientPageUrl, boolean largePrint, SignIn signIn,
                       Picture logo) {
        this(clinicName, clinicPhone, paperSize, patientName, programTitle, goal, versionNumber, publishedOn,
                therapistName, therapistEmail, items, images, patientPageUrl, largePrint, signIn, logo, null);
    }

    /** Printed on the first handout after a sign-in was issued, never again. */
    public record SignIn(String username, String temporaryPassword) {
    }

    /** An exercise picture; {@code key} changes whenever the picture does (it keys the decoded-image cache). */
    public record Picture(String key, byte[] data) {
    }
}
