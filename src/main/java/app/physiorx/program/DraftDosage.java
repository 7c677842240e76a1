package app.physiorx.program;

import static app.physiorx.common.Text.blankToNull;

import app.physiorx.exercise.Dosage;
import app.physiorx.exercise.ExerciseApi.Prescribable;
import app.physiorx.exercise.Side;
import java.time.DayOfWeek;
import java.util.List;

/** The dosage of a draft item as the therapist gave it, completed from the exercise's defaults. */
final class DraftDosage {
    private DraftDosage() {
    }

    /**
     * Every empty field filled: amounts and times a day from the exercise (the low end of each range,
     * once a day without one), the side from how the exercise counts repetitions, every day of the
     * week unless weekdays or a number of days are given; weekdays sorted without repeats, blank texts
     * empty.
     */
    static Dosage filled(Dosage given, Prescribable exercise) {
        Dosage d = given.withDefaultsOf(exercise);
        List<DayOfWeek> weekdays = given.weekdays() == null ? List.of()
                : given.weekdays().stream().distinct().sorted().toList();
        int daysPerWeek = !weekdays.isEmpty() ? weekdays.size() : given.daysPerWeek() != null ? given.daysPerWeek() : 7;
        return new Dosage(d.sets(), d.reps(), given.side() != null ? given.side() : Side.of(exercise.repsMode()),
                d.holdSeconds(), d.durationSeconds(), given.restSeconds(), d.timesPerDay() != null ? d.timesPerDay() : 1,
                daysPerWeek, weekdays, blankToNull(given.load()), blankToNull(given.tempo()), blankToNull(given.notes()));
    }
}
