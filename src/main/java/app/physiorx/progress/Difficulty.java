package app.physiorx.progress;

/** How hard an exercise felt to the patient. */
public enum Difficulty {
    TOO_EASY("Too easy"), ABOUT_RIGHT("About right"), TOO_HARD("Too hard");

    public final String label;

    Difficulty(String label) {
        this.label = label;
    }
}
