package app.physiorx.exercise;

public enum BodyRegion {
    NECK("Neck"), UPPER_BACK("Upper and mid back"), LOW_BACK("Low back"), CORE("Core"),
    SHOULDERS("Shoulders and shoulder blades"), ELBOW("Elbow"), WRIST_HAND("Wrist and hand"), HIPS("Hips and buttocks"),
    KNEE("Knee"), ANKLE_FOOT("Ankle and foot"), BALANCE("Balance and falls prevention"), BREATHING("Breathing"),
    GENERAL("General conditioning");

    public final String label;

    BodyRegion(String label) {
        this.label = label;
    }
}
