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

    /**
     * Its label in a language ("en", "es"): the same words on the patient's pages (web.Msg's {@code symptom_} keys) and
     * the portal's; Spanish read from {@code messages/msg_es.properties}, so no Qute container is needed.
     */
    public String inWords(String language) {
        return "es".equals(language) ? app.physiorx.common.Words.of("msg", "es").raw(msgKey()) : label;
    }
}
