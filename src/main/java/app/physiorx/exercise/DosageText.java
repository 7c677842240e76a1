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
     * The short form in a portal's language ("es": "3 × 10 cada lado · mantener 3 s · 2×/día · 5 días/sem."); the
     * English is that of {@link #summary(Dosage)}.
     */
    public static String summary(Dosage d, String language) {
        DosageWords w = DosageWords.of(language);
        if (w.language().equals("en")) {
            return summary(d);
        }
        List<String> parts = new ArrayList<>();
        String side = d.side() == null || d.side() == Side.BOTH ? "" : " " + w.say("short.side." + d.side().name());
        Integer sets = d.sets();
        Integer reps = d.reps();
        if (sets != null && reps != null) {
            parts.add(sets + " × " + reps + side);
        } else if (reps != null) {
            parts.add(w.say("short.reps", Integer.toString(reps)) + side);
        } else if (sets != null) {
            parts.add(w.say("short.sets", sets, Integer.toString(sets)) + side);
        }
        if (positive(d.holdSeconds())) {
            parts.add(w.say("short.hold", Integer.toString(d.holdSeconds())));
        }
        if (positive(d.durationSeconds())) {
            int duration = d.durationSeconds();
            parts.add(duration % 60 == 0 ? duration / 60 + " min" : duration + " s");
        }
        if (positive(d.restSeconds())) {
            parts.add(w.say("short.rest", Integer.toString(d.restSeconds())));
        }
        if (present(d.load())) {
            parts.add(d.load());
        }
        if (present(d.tempo())) {
            parts.add(w.say("short.tempo", d.tempo()));
        }
        if (d.timesPerDay() != null) {
            parts.add(w.say("short.timesPerDay", Integer.toString(d.timesPerDay())));
        }
        if (hasDays(d)) {
            parts.add(days(d, w));
        }
        return String.join(" · ", parts);
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
        return inWords(d, DosageWords.ENGLISH);
    }

    /** As {@link #inWords(Dosage)} in the patient's language ("es": "3 series de 10 de cada lado, ..."). */
    public static String inWords(Dosage d, String language) {
        return inWords(d, DosageWords.of(language));
    }

    static String inWords(Dosage d, DosageWords w) {
        List<String> parts = new ArrayList<>();
        Side given = d.side() == null ? Side.BOTH : d.side();
        String side = given == Side.BOTH ? "" : (given == Side.ALTERNATING ? ", " : " ") + sideWords(given, w);
        Integer sets = d.sets();
        Integer reps = d.reps();
        if (sets != null && reps != null) {
            parts.add(w.say("setsOfReps", w.count(sets, "set"), Integer.toString(reps)) + side);
        } else if (reps != null) {
            parts.add(w.count(reps, "repetition") + side);
        } else if (sets != null) {
            parts.add(w.count(sets, "set") + side);
        }
        if (positive(d.holdSeconds())) {
            parts.add(w.say("hold", w.count(d.holdSeconds(), "second")));
        }
        if (positive(d.durationSeconds())) {
            parts.add(w.say("for", duration(d.durationSeconds(), w)));
        }
        if (positive(d.restSeconds())) {
            parts.add(w.say("rest", w.count(d.restSeconds(), "second")));
        }
        if (present(d.load())) {
            parts.add(w.say("load", d.load()));
        }
        if (present(d.tempo())) {
            parts.add(w.say("tempo", d.tempo()));
        }
        if (d.timesPerDay() != null) {
            parts.add(w.say("timesPerDay", d.timesPerDay(), Integer.toString(d.timesPerDay())));
        }
        if (hasDays(d)) {
            parts.add(dayWords(d, w));
        }
        String text = String.join(", ", parts);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "on Monday, Thursday", "every day", "5 days a week" / "los lunes y jueves", "todos los días". */
    private static String dayWords(Dosage d, DosageWords w) {
        List<DayOfWeek> weekdays = d.weekdays();
        if (weekdays != null && !weekdays.isEmpty()) {
            List<String> names = weekdays.stream().sorted().map(day -> w.say("day." + day.name())).toList();
            String list = names.size() == 1 ? names.getFirst()
                    : String.join(w.say("days.between"), names.subList(0, names.size() - 1)) + w.say("days.last") + names.getLast();
            return w.say("onDays", list);
        }
        int daysPerWeek = d.daysPerWeek();
        return daysPerWeek == 7 ? w.say("everyDay") : w.say("daysAWeek", daysPerWeek, Integer.toString(daysPerWeek));
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
            parts.add(days(d));
        }
        return String.join(" · ", parts);
    }

    private static boolean hasDays(Dosage d) {
        return d.daysPerWeek() != null || (d.weekdays() != null && !d.weekdays().isEmpty());
    }

    /** "Mon/Thu", "daily", "5 days/week" (the therapists' short form). */
    private static String days(Dosage d) {
        List<DayOfWeek> weekdays = d.weekdays();
        if (weekdays != null && !weekdays.isEmpty()) {
            return String.join("/", weekdays.stream().sorted().map(day -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toList());
        }
        int daysPerWeek = d.daysPerWeek();
        return daysPerWeek == 7 ? "daily" : daysPerWeek + " days/week";
    }

    /** As {@link #days(Dosage)} in the words' language: "lun/jue", "a diario", "5 días/sem.". */
    private static String days(Dosage d, DosageWords w) {
        List<DayOfWeek> weekdays = d.weekdays();
        if (weekdays != null && !weekdays.isEmpty()) {
            return String.join("/", weekdays.stream().sorted().map(day -> day.getDisplayName(TextStyle.SHORT, w.locale())).toList());
        }
        int daysPerWeek = d.daysPerWeek();
        return daysPerWeek == 7 ? w.say("short.daily") : w.say("short.daysPerWeek", Integer.toString(daysPerWeek));
    }

    private static boolean positive(Integer n) {
        return n != null && n > 0;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** "1 second", "17 seconds", "4 sets": the number with its unit. */
    static String count(int n, String unit) {
        return DosageWords.ENGLISH.count(n, unit);
    }

    /** A time in plain words: "2 minutes" when it is whole minutes, else "170 seconds". */
    static String duration(int seconds, DosageWords w) {
        return seconds % 60 == 0 ? w.count(seconds / 60, "minute") : w.count(seconds, "second");
    }

    /** Which side in plain words ("on each side", "with the left side"); empty for both sides together. */
    static String sideWords(Side side, DosageWords w) {
        Side s = side == null ? Side.BOTH : side;
        return s == Side.BOTH ? "" : w.say("side." + s.name());
    }
}
