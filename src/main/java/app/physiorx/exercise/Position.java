package app.physiorx.exercise;

public enum Position {
    LYING_ON_BACK("Lying on your back"), LYING_FACE_DOWN("Lying face down"), HANDS_AND_KNEES("On hands and knees"),
    SITTING("Sitting"), STANDING("Standing"), SITTING_OR_STANDING("Sitting or standing");

    public final String label;

    Position(String label) {
        this.label = label;
    }
}
