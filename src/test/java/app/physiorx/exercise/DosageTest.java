package app.physiorx.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.exercise.ExerciseApi.Prescribable;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class DosageTest {
    static final Prescribable BRIDGE = new Prescribable(7, "Bridge", ExerciseStatus.ACTIVE, 2, 10, RepsMode.EACH_SIDE, 3,
            null, 1, "Lying on your back", "knees bent", List.of("Mat"), List.of("Lift"), List.of(), List.of());

    @Test
    void emptyAmountsTakeTheLowEndOfTheExercisesRanges() {
        Dosage none = new Dosage(null, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(new Dosage(2, 10, null, 3, null, null, 1, null, null, null, null, null), none.withDefaultsOf(BRIDGE));
        Dosage given = new Dosage(4, 6, Side.LEFT, 0, 30, 20, 3, 5, List.of(), "band", "fast", "x");
        assertEquals(given, given.withDefaultsOf(BRIDGE));
    }

    @Test
    void anAmountIsRepetitionsAHoldOrADuration() {
        assertTrue(new Dosage(null, 5, null, null, null, null, null, null, null, null, null, null).hasAmount());
        assertTrue(new Dosage(null, null, null, 3, null, null, null, null, null, null, null, null).hasAmount());
        assertTrue(new Dosage(null, null, null, 0, 30, null, null, null, null, null, null, null).hasAmount());
        assertFalse(new Dosage(3, null, null, 0, 0, 10, 1, 7, List.of(), null, null, null).hasAmount());
    }

    @Test
    void theSideFollowsHowTheExerciseCountsRepetitions() {
        assertEquals(Side.BOTH, Side.of(RepsMode.PLAIN));
        assertEquals(Side.EACH_SIDE, Side.of(RepsMode.EACH_SIDE));
        assertEquals(Side.EACH_SIDE, Side.of(RepsMode.EACH_SIDE_ALTERNATING));
        assertEquals(Side.ALTERNATING, Side.of(RepsMode.ALTERNATING_TOTAL));
        assertEquals("Lying on your back: knees bent", BRIDGE.positionText());
    }
}
