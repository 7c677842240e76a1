package app.physiorx.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.physiorx.exercise.Dosage;
import app.physiorx.exercise.ExerciseApi.Prescribable;
import app.physiorx.exercise.ExerciseStatus;
import app.physiorx.exercise.RepsMode;
import app.physiorx.exercise.Side;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class DraftDosageTest {
    private static Prescribable exercise(RepsMode mode, Integer timesPerDayMin) {
        return new Prescribable(1, "Row", ExerciseStatus.ACTIVE, 3, 12, mode, null, 30, timesPerDayMin, "Standing", null,
                List.of(), List.of("Pull"), List.of(), List.of());
    }

    @Test
    void anEmptyItemIsDosedFromTheExercise() {
        Dosage none = new Dosage(null, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(new Dosage(3, 12, Side.EACH_SIDE, null, 30, null, 2, 7, List.of(), null, null, null),
                DraftDosage.filled(none, exercise(RepsMode.EACH_SIDE_ALTERNATING, 2)));
        assertEquals(new Dosage(3, 12, Side.ALTERNATING, null, 30, null, 1, 7, List.of(), null, null, null),
                DraftDosage.filled(none, exercise(RepsMode.ALTERNATING_TOTAL, null)));
    }

    @Test
    void givenValuesWinAndWeekdaysSetTheDaysPerWeek() {
        Dosage given = new Dosage(1, 5, Side.RIGHT, 10, 0, 45, 3, 5,
                List.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY, DayOfWeek.THURSDAY), "  2 kg ", " ", "\tslowly\n");
        assertEquals(new Dosage(1, 5, Side.RIGHT, 10, 0, 45, 3, 2, List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                "2 kg", null, "slowly"), DraftDosage.filled(given, exercise(RepsMode.PLAIN, 1)));
        Dosage days = new Dosage(null, null, null, null, null, null, null, 4, List.of(), null, null, null);
        assertEquals(4, DraftDosage.filled(days, exercise(RepsMode.PLAIN, 1)).daysPerWeek());
        assertEquals(Side.BOTH, DraftDosage.filled(days, exercise(RepsMode.PLAIN, 1)).side());
    }
}
