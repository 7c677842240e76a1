package app.physiorx.exercise;

/** How the repetitions count when an exercise works one side at a time. */
public enum RepsMode {
    PLAIN(""), EACH_SIDE("each side"), EACH_SIDE_ALTERNATING("each side, alternating"),
    ALTERNATING_TOTAL("in total, alternating sides");

    public final String label;

    RepsMode(String label) {
        this.label = label;
    }
}
