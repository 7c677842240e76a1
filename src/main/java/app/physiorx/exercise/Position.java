package app.physiorx.exercise;

import java.util.List;
import java.util.Locale;

public enum Position {
    LYING_ON_BACK("Lying on your back", "on your back"),
    LYING_ON_SIDE("Lying on your side", "on your side", "side-lying"),
    LYING_FACE_DOWN("Lying face down", "face down", "on your stomach"),
    HANDS_AND_KNEES("On hands and knees", "hands and knees", "four-point"),
    KNEELING("Kneeling", "kneel"),
    SITTING("Sitting", "sitting", "seated"),
    STANDING("Standing", "standing"),
    SITTING_OR_STANDING("Sitting or standing", "sitting or standing", "sit or stand");

    public final String label;
    /** Words that name this position in a detail, so that the detail can stand alone. */
    private final List<String> terms;

    Position(String label, String... terms) {
        this.label = label;
        this.terms = List.of(terms);
    }

    /**
     * The position said once: the detail alone when it names the position itself ("Sitting tall, ..."),
     * else the label with the detail ("Lying on your back: knees bent"), or the label alone.
     */
    public static String text(String label, String detail) {
        if (detail == null || detail.isBlank()) {
            return label;
        }
        String lower = detail.toLowerCase(Locale.ROOT);
        for (Position p : values()) {
            if (p.label.equals(label) && p.terms.stream().anyMatch(lower::contains)) {
                return detail.strip();
            }
        }
        return label + ": " + detail.strip();
    }

    /** A position text as stored in an older published version ("Sitting: Sitting tall, ..."), said once. */
    public static String tidy(String stored) {
        if (stored == null) {
            return null;
        }
        for (Position p : values()) {
            if (stored.startsWith(p.label + ": ")) {
                return text(p.label, stored.substring(p.label.length() + 2));
            }
        }
        return stored;
    }

    /** The position a stored position text starts with ("Sitting: ..." or the label alone), if any. */
    public static java.util.Optional<Position> ofText(String stored) {
        if (stored == null) {
            return java.util.Optional.empty();
        }
        for (Position p : values()) {
            if (stored.equals(p.label) || stored.startsWith(p.label + ": ")) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }
}
