package app.physiorx.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.exercise.ExerciseApi.ExerciseSummary;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The library's list cards show the end position as a small drawing, written once per exercise. */
@Tag("unit")
class ExerciseThumbnailTest {
    private static ExerciseSummary summary(String slug, String name) {
        return new ExerciseSummary(1, slug, name, null, null, null, List.of(), Position.SITTING, List.of(), null, List.of(),
                true, ExerciseStatus.ACTIVE, false, MovementType.MOTOR_CONTROL, 1, false);
    }

    @Test
    void aStarterExerciseWithPosesGetsItsEndPositionAsADecorativeThumbnailThatIsKept() {
        String svg = ExerciseFigures.thumbnail(summary("chin-tuck", "Chin Tuck")).toString();
        assertTrue(svg.startsWith("<div class=\"figure-thumb\" aria-hidden=\"true\"><svg"), svg.substring(0, Math.min(80, svg.length())));
        assertTrue(svg.contains("<path") || svg.contains("<line") || svg.contains("<circle"), "a drawing");
        // the card names the exercise beside it: the drawing adds nothing to read, and no second text to find
        assertFalse(svg.contains("<title>") || svg.contains("role=\"img\"") || svg.contains("Chin Tuck"), svg.substring(0, 200));
        assertSame(ExerciseFigures.thumbnail(summary("chin-tuck", "Chin Tuck")),
                ExerciseFigures.thumbnail(summary("chin-tuck", "Chin Tuck")), "written once, then kept");
    }

    @Test
    void anExerciseWithoutPosesGetsNoThumbnail() {
        assertEquals("", ExerciseFigures.thumbnail(summary("bench-1", "Band row 1")).toString());
        assertEquals("", ExerciseFigures.thumbnail(summary(null, "Clinic exercise")).toString());
    }
}
