package app.physiorx.exercise;

public enum ExerciseGroup {
    CORE_AND_BACK("Core and back"),
    SHOULDER_STRENGTHENING("Shoulder strengthening"),
    NECK_STRENGTHENING("Neck strengthening");

    public final String label;

    ExerciseGroup(String label) {
        this.label = label;
    }
}
