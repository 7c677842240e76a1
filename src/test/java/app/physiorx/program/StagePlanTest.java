package app.physiorx.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.physiorx.program.StagePlan.Entry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class StagePlanTest {
    /** As the "Upper back pain" template: 2 (stage 2) progresses 1, 4 (stage 2) progresses 3. */
    private static final List<Entry> SEED = List.of(new Entry(10, "Knee to Chest", 1), new Entry(1, "Scapular Squeeze", 1),
            new Entry(2, "Prone Shoulder Blade Retraction", 2), new Entry(3, "Low Row", 1), new Entry(4, "Wide Row", 2));
    private static final Map<Long, Set<Long>> PROGRESSIONS = Map.of(2L, Set.of(1L), 4L, Set.of(3L));

    @Test
    void stageOneShowsTheBaseExercisesAndNamesWhatComesNext() {
        assertEquals(List.of(true, true, false, true, false), StagePlan.shown(SEED, 1, PROGRESSIONS));
        assertEquals("Next stage, when your therapist says so: Prone Shoulder Blade Retraction instead of Scapular Squeeze,"
                + " Wide Row instead of Low Row.", StagePlan.nextStage(SEED, 1, PROGRESSIONS));
    }

    @Test
    void stageTwoReplacesEachExerciseByItsProgressionAndHasNoNextLine() {
        assertEquals(List.of(true, false, true, false, true), StagePlan.shown(SEED, 2, PROGRESSIONS));
        assertNull(StagePlan.nextStage(SEED, 2, PROGRESSIONS));
    }

    @Test
    void aLaterExerciseWithoutRelationIsAddedAndSameStageProgressionsBothShow() {
        List<Entry> entries = List.of(new Entry(1, "Squeeze", 1), new Entry(2, "Retraction", 1), new Entry(5, "Plank", 3));
        assertEquals(List.of(true, true, false), StagePlan.shown(entries, 1, Map.of(2L, Set.of(1L))));
        assertEquals("Next stage, when your therapist says so: Plank added.", StagePlan.nextStage(entries, 1, Map.of(2L, Set.of(1L))));
    }
}
