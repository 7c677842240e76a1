package app.physiorx.progress;

/** How hard an exercise felt to the patient. */
public enum Difficulty {
    TOO_EASY("Too easy"), ABOUT_RIGHT("About right"), TOO_HARD("Too hard");

    public final String label;

    Difficulty(String label) {
        this.label = label;
    }

    /** The key of its label in the patient's language (web.Msg, {@code {msg:message(s.msgKey)}}). */
    public String msgKey() {
        return "difficulty_" + name();
    }
}
