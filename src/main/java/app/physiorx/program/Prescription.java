package app.physiorx.program;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A dosage in short form for therapists and in plain words for patients. */
public final class Prescription {
    private Prescription() {
    }

    /** "3 × 10 each side · hold 3 s · 2×/day · 5 days/week" */
    public static String summary(Integer sets, Integer reps, Side side, Integer hold, Integer duration, Integer rest,
                                 int timesPerDay, int daysPerWeek, List<DayOfWeek> weekdays, String load, String tempo) {
        List<String> parts = new ArrayList<>();
        String sideText = side == null || side == Side.BOTH ? "" : " " + side.label;
        if (sets != null && reps != null) {
            parts.add(sets + " × " + reps + sideText);
        } else if (reps != null) {
            parts.add(reps + " reps" + sideText);
        } else if (sets != null) {
            parts.add(sets + (sets == 1 ? " set" : " sets") + sideText);
        }
        if (hold != null && hold > 0) {
            parts.add("hold " + hold + " s");
        }
        if (duration != null && duration > 0) {
            parts.add(duration % 60 == 0 ? duration / 60 + " min" : duration + " s");
        }
        if (rest != null && rest > 0) {
            parts.add("rest " + rest + " s");
        }
        if (load != null && !load.isBlank()) {
            parts.add(load);
        }
        if (tempo != null && !tempo.isBlank()) {
            parts.add("tempo " + tempo);
        }
        parts.add(timesPerDay + "×/day");
        parts.add(days(daysPerWeek, weekdays, true));
        return String.join(" · ", parts);
    }

    /** "3 sets of 10 on each side, hold 3 seconds, twice a day, 5 days a week" */
    public static String inWords(Integer sets, Integer reps, Side side, Integer hold, Integer duration, Integer rest,
                                 int timesPerDay, int daysPerWeek, List<DayOfWeek> weekdays, String load, String tempo) {
        List<String> parts = new ArrayList<>();
        String sideText = switch (side == null ? Side.BOTH : side) {
            case BOTH -> "";
            case LEFT -> " with the left side";
            case RIGHT -> " with the right side";
            case EACH_SIDE -> " on each side";
            case ALTERNATING -> ", switching sides each time";
        };
        if (sets != null && reps != null) {
            parts.add(count(sets, "set") + " of " + reps + sideText);
        } else if (reps != null) {
            parts.add(count(reps, "repetition") + sideText);
        } else if (sets != null) {
            parts.add(count(sets, "set") + sideText);
        }
        if (hold != null && hold > 0) {
            parts.add("hold " + count(hold, "second"));
        }
        if (duration != null && duration > 0) {
            parts.add("for " + (duration % 60 == 0 ? count(duration / 60, "minute") : count(duration, "second")));
        }
        if (rest != null && rest > 0) {
            parts.add("rest " + count(rest, "second") + " between sets");
        }
        if (load != null && !load.isBlank()) {
            parts.add("with " + load);
        }
        if (tempo != null && !tempo.isBlank()) {
            parts.add("at a tempo of " + tempo);
        }
        parts.add(switch (timesPerDay) {
            case 1 -> "once a day";
            case 2 -> "twice a day";
            default -> timesPerDay + " times a day";
        });
        parts.add(days(daysPerWeek, weekdays, false));
        String text = String.join(", ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String days(int daysPerWeek, List<DayOfWeek> weekdays, boolean shortForm) {
        if (weekdays != null && !weekdays.isEmpty()) {
            List<String> names = weekdays.stream().sorted()
                    .map(d -> d.getDisplayName(shortForm ? TextStyle.SHORT : TextStyle.FULL, Locale.ENGLISH)).toList();
            return (shortForm ? "" : "on ") + String.join(shortForm ? "/" : ", ", names);
        }
        if (daysPerWeek == 7) {
            return shortForm ? "daily" : "every day";
        }
        return shortForm ? daysPerWeek + " days/week" : daysPerWeek + (daysPerWeek == 1 ? " day a week" : " days a week");
    }

    private static String count(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
