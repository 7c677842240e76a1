package app.physiorx.exercise;

/** What kind of work an exercise is: a facet of the library. */
public enum MovementType {
    MOBILITY("Mobility"), STRETCH("Stretch"), STRENGTH("Strength"), MOTOR_CONTROL("Motor control"), BALANCE("Balance"),
    AEROBIC("Aerobic");

    public final String label;

    MovementType(String label) {
        this.label = label;
    }
}
