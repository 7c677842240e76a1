package app.physiorx.exercise;

/** Which side a prescribed exercise works. */
public enum Side {
    BOTH("both sides together"), LEFT("left side"), RIGHT("right side"), EACH_SIDE("each side"),
    ALTERNATING("alternating sides");

    public final String label;

    Side(String label) {
        this.label = label;
    }

    /** The side an exercise's way of counting repetitions implies, when the therapist gives none. */
    public static Side of(RepsMode mode) {
        return switch (mode) {
            case EACH_SIDE, EACH_SIDE_ALTERNATING -> EACH_SIDE;
            case ALTERNATING_TOTAL -> ALTERNATING;
            case PLAIN -> BOTH;
        };
    }
}
