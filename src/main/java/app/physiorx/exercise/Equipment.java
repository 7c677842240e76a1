package app.physiorx.exercise;

import java.util.Locale;
import java.util.Optional;

/** The equipment vocabulary; the database stores the label (it is also searchable text). */
public enum Equipment {
    FOAM_ROLLER("foam roller"), WALL("wall"), RESISTANCE_BAND("resistance band"), WEIGHT("weight"), CHAIR("chair"),
    TOWEL("towel"), EXERCISE_BALL("exercise ball"), MAT("mat"), STEP("step"), DUMBBELL("dumbbell"),
    ANKLE_WEIGHT("ankle weight"), BALL("ball"), SMALL_BALL("small ball"), TENNIS_BALL("tennis ball"), PILLOW("pillow"),
    TABLE("table"), DOOR_FRAME("door frame"), STICK("stick"), PUTTY("putty"), BALANCE_PAD("balance pad");

    public final String label;

    Equipment(String label) {
        this.label = label;
    }

    /** Accepts the label ("foam roller") or the constant ("FOAM_ROLLER"), in any case. */
    public static Optional<Equipment> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        for (Equipment e : values()) {
            if (e.label.equalsIgnoreCase(v) || e.name().equalsIgnoreCase(v.replace(' ', '_').toUpperCase(Locale.ROOT))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
