package app.physiorx.program;

/** Symptoms a patient can report; a program chooses which of them count as red flags. */
public enum Symptom {
    NUMBNESS("Numbness"), TINGLING("Tingling"), NEW_WEAKNESS("New weakness"), ARM_PAIN("Pain spreading into the arm"),
    NIGHT_PAIN("Pain at night"), DIZZINESS("Dizziness"), BLADDER_BOWEL("Bladder or bowel changes"), OTHER("Other");

    public final String label;

    Symptom(String label) {
        this.label = label;
    }

    /** The key of its label in the patient's language (web.Msg, {@code {msg:message(s.msgKey)}}). */
    public String msgKey() {
        return "symptom_" + name();
    }

    /** Its label in a language ("en", "es"), from web.Msg: the same words on the patient's pages and the portal's. */
    public String inWords(String language) {
        app.physiorx.web.Msg m = app.physiorx.web.Messages.in(language);
        return switch (this) {
            case NUMBNESS -> m.symptom_NUMBNESS();
            case TINGLING -> m.symptom_TINGLING();
            case NEW_WEAKNESS -> m.symptom_NEW_WEAKNESS();
            case ARM_PAIN -> m.symptom_ARM_PAIN();
            case NIGHT_PAIN -> m.symptom_NIGHT_PAIN();
            case DIZZINESS -> m.symptom_DIZZINESS();
            case BLADDER_BOWEL -> m.symptom_BLADDER_BOWEL();
            case OTHER -> m.symptom_OTHER();
        };
    }
}
