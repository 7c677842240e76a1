package app.physiorx.exercise;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one formatter of a {@link Dosage}: a short form for therapists and plain words for patients.
 * Parts whose field is empty are left out (a template item has no days, for example).
 */
public final class DosageText {
    private DosageText() {
    }

    /** "3 × 10 each side · hold 3 s · 2×/day · 5 days/week" */
    public static String summary(Dosage d) {
        String side = d.side() == null || d.side() == Side.BOTH ? "" : " " + d.side().label;
        return shortForm(d, "", side);
    }

    /**
     * A template item's short form, where the exercise's way of counting qualifies the repetitions:
     * "3 × 10 each side, alternating · hold 3 s".
     */
    public static String summary(Dosage d, RepsMode mode) {
        return shortForm(d, mode == null || mode.label.isEmpty() ? "" : " " + mode.label, "");
    }

    /** "3 sets of 10 on each side, hold 3 seconds, twice a day, 5 days a week" */
    public static String inWords(Dosage d) {
        List<String> parts = new ArrayList<>();
        Side given = d.side() == null ? Side.BOTH : d.side();
        String side = given == Side.BOTH ? "" : (given == Side.ALTERNATING ? ", " : " ") + sideWords(given);
        Integer sets = d.sets();
        Integer reps = d.reps();
        if (sets != null && reps != null) {
            parts.add(count(sets, "set") + " of " + reps + side);
        } else if (reps != null) {
            parts.add(count(reps, "repetition") + side);
        } else if (sets != null) {
            parts.add(count(sets, "set") + side);
        }
        if (positive(d.holdSeconds())) {
            parts.add("hold " + count(d.holdSeconds(), "second"));
        }
        if (positive(d.durationSeconds())) {
            parts.add("for " + duration(d.durationSeconds()));
        }
        if (positive(d.restSeconds())) {
            parts.add("rest " + count(d.restSeconds(), "second") + " between sets");
        }
        if (present(d.load())) {
            parts.add("with " + d.load());
        }
        if (present(d.tempo())) {
            parts.add("at a tempo of " + d.tempo());
        }
        if (d.timesPerDay() != null) {
            parts.add(switch (d.timesPerDay()) {
                case 1 -> "once a day";
                case 2 -> "twice a day";
                default -> d.timesPerDay() + " times a day";
            });
        }
        if (hasDays(d)) {
            parts.add(days(d, false));
        }
        String text = String.join(", ", parts);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** repsQualifier follows the repetition count; sideQualifier closes the amount. */
    private static String shortForm(Dosage d, String repsQualifier, String sideQualifier) {
        List<String> parts = new ArrayList<>();
        Integer sets = d.sets();
        Integer reps = d.reps();
        if (sets != null && reps != null) {
            parts.add(sets + " × " + reps + repsQualifier + sideQualifier);
        } else if (reps != null) {
            parts.add(reps + repsQualifier + " reps" + sideQualifier);
        } else if (sets != null) {
            parts.add(sets + (sets == 1 ? " set" : " sets") + sideQualifier);
        }
        if (positive(d.holdSeconds())) {
            parts.add("hold " + d.holdSeconds() + " s");
        }
        if (positive(d.durationSeconds())) {
            int duration = d.durationSeconds();
            parts.add(duration % 60 == 0 ? duration / 60 + " min" : duration + " s");
        }
        if (positive(d.restSeconds())) {
            parts.add("rest " + d.restSeconds() + " s");
        }
        if (present(d.load())) {
            parts.add(d.load());
        }
        if (present(d.tempo())) {
            parts.add("tempo " + d.tempo());
        }
        if (d.timesPerDay() != null) {
            parts.add(d.timesPerDay() + "×/day");
        }
        if (hasDays(d)) {
            parts.add(days(d, true));
        }
        return String.join(" · ", parts);
    }

    private static boolean hasDays(Dosage d) {
        return d.daysPerWeek() != null || (d.weekdays() != null && !d.weekdays().isEmpty());
    }

    private static String days(Dosage d, boolean shortForm) {
        List<DayOfWeek> weekdays = d.weekdays();
        if (weekdays != null && !weekdays.isEmpty()) {
            List<String> names = weekdays.stream().sorted()
                    .map(day -> day.getDisplayName(shortForm ? TextStyle.SHORT : TextStyle.FULL, Locale.ENGLISH)).toList();
            return (shortForm ? "" : "on ") + String.join(shortForm ? "/" : ", ", names);
        }
        int daysPerWeek = d.daysPerWeek();
        if (daysPerWeek == 7) {
            return shortForm ? "daily" : "every day";
        }
        return shortForm ? daysPerWeek + " days/week" : daysPerWeek + (daysPerWeek == 1 ? " day a week" : " days a week");
    }

    private static boolean positive(Integer n) {
        return n != null && n > 0;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** "1 second", "17 seconds", "4 sets": the number with its unit. */
    static String count(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** A time in plain words: "2 minutes" when it is whole minutes, else "170 seconds". */
    static String duration(int seconds) {
        return seconds % 60 == 0 ? count(seconds / 60, "minute") : count(seconds, "second");
    }

    /** Which side in plain words ("on each side", "with the left side"); empty for both sides together. */
    static String sideWords(Side side) {
        return switch (side == null ? Side.BOTH : side) {
            case BOTH -> "";
            case LEFT -> "with the left side";
            case RIGHT -> "with the right side";
            case EACH_SIDE -> "on each side";
            case ALTERNATING -> "switching sides each time";
        };
    }
}
