package app.physiorx.program;

public enum Side {
    BOTH("both sides together"), LEFT("left side"), RIGHT("right side"), EACH_SIDE("each side"),
    ALTERNATING("alternating sides");

    public final String label;

    Side(String label) {
        this.label = label;
    }
}
