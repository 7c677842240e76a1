package app.physiorx.exercise;

import app.physiorx.exercise.ExerciseApi.Prescribable;
import java.time.DayOfWeek;
import java.util.List;

/**
 * A concrete dosage as a therapist prescribes it: the one value behind template items, program
 * drafts and published versions. Fields a use does not have stay null (a template item has no side,
 * rest, days, load or tempo). The API records keep these fields flat and convert with {@code toDosage()}.
 */
public record Dosage(Integer sets, Integer reps, Side side, Integer holdSeconds, Integer durationSeconds,
                     Integer restSeconds, Integer timesPerDay, Integer daysPerWeek, List<DayOfWeek> weekdays,
                     String load, String tempo, String notes) {

    /** Empty amounts (sets, repetitions, hold, duration, times a day) taken from the exercise's defaults, the low end of each range. */
    public Dosage withDefaultsOf(Prescribable exercise) {
        return new Dosage(or(sets, exercise.setsMin()), or(reps, exercise.repsMin()), side,
                or(holdSeconds, exercise.holdMinSeconds()), or(durationSeconds, exercise.durationMinSeconds()), restSeconds,
                or(timesPerDay, exercise.timesPerDayMin()), daysPerWeek, weekdays, load, tempo, notes);
    }

    /** True when it says how much to do: repetitions, a hold time or a duration. */
    public boolean hasAmount() {
        return reps != null || (holdSeconds != null && holdSeconds != 0) || (durationSeconds != null && durationSeconds != 0);
    }

    private static Integer or(Integer given, Integer fallback) {
        return given != null ? given : fallback;
    }
}
