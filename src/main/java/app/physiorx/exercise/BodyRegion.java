package app.physiorx.exercise;

public enum BodyRegion {
    NECK("Neck"), UPPER_BACK("Upper and mid back"), SHOULDERS("Shoulders and shoulder blades"), CORE("Core"),
    LOW_BACK("Low back"), HIPS("Hips and buttocks");

    public final String label;

    BodyRegion(String label) {
        this.label = label;
    }
}
