package app.physiorx.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.common.DomainException.InvalidField;
import app.physiorx.common.InvalidInputException;
import app.physiorx.program.ProgramApi.PublishedItem;
import app.physiorx.program.ProgramApi.VersionView;
import app.physiorx.progress.SessionApi.ExerciseDone;
import app.physiorx.progress.SessionApi.ExerciseLog;
import app.physiorx.progress.SessionApi.SessionInput;
import app.physiorx.progress.SessionChecks.PainBefore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SessionChecksTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 20);
    private static final VersionView VERSION = new VersionView(7, 2, "Knee", null, "Dr A", OffsetDateTime.now(),
            List.of(item(1, 101, 3, 10, null), item(2, 102, 2, null, 30)));

    private static PublishedItem item(int position, long exerciseId, Integer sets, Integer reps, Integer hold) {
        return new PublishedItem(position, exerciseId, "Exercise " + exerciseId, null, List.of(), List.of(), List.of(),
                List.of(), sets, reps, null, hold, null, null, 1, 7, List.of(), null, null, null, "summary", "in words");
    }

    private static SessionInput input(LocalDate date, ExerciseLog... logs) {
        return new SessionInput(UUID.randomUUID(), date, 2, 3, List.of(), null, List.of(logs));
    }

    private static ExerciseLog log(long exerciseId, Integer sets, Integer reps, Integer hold) {
        return new ExerciseLog(exerciseId, sets, reps, hold, null, 2, Difficulty.ABOUT_RIGHT);
    }

    private static List<InvalidField> refused(SessionInput input) {
        return assertThrows(InvalidInputException.class, () -> SessionChecks.check(input, VERSION, TODAY)).fields();
    }

    @Test
    void aValidSessionAnswersEveryExerciseOfTheVersionWithItsTarget() {
        List<ExerciseDone> done = SessionChecks.check(input(TODAY, log(102, 2, null, 25)), VERSION, TODAY);
        assertEquals(2, done.size());
        assertEquals(101, done.get(0).exerciseId());
        assertFalse(done.get(0).done());
        assertEquals(10, done.get(0).target().reps());
        assertTrue(done.get(1).done());
        assertEquals(25, done.get(1).holdSeconds());
        assertEquals(30, done.get(1).target().holdSeconds());
    }

    @Test
    void aFutureDayIsRefused() {
        assertEquals(List.of(new InvalidField("date", "a session cannot be logged for a future day")),
                refused(input(TODAY.plusDays(1))));
    }

    @Test
    void fourteenDaysBackIsTheLimit() {
        assertEquals(0, SessionChecks.check(input(TODAY.minusDays(14)), VERSION, TODAY).stream()
                .filter(ExerciseDone::done).count());
        assertEquals(List.of(new InvalidField("date", "a session can be logged up to 14 days back")),
                refused(input(TODAY.minusDays(15))));
    }

    @Test
    void anExerciseNotInTheProgramOrLoggedTwiceIsRefused() {
        assertEquals(List.of(new InvalidField("exercises.0.exerciseId", "this exercise is not in your program"),
                        new InvalidField("exercises.2.exerciseId", "this exercise is logged twice")),
                refused(input(TODAY, log(999, 1, 1, null), log(101, 1, 1, null), log(101, 1, 1, null))));
    }

    @Test
    void aValueFarAboveItsTargetIsRefusedWithTheBound() {
        assertEquals(30, SessionChecks.upperBound(10));
        assertEquals(13, SessionChecks.upperBound(3));
        assertEquals(List.of(new InvalidField("exercises.0.repsDone", "is far above the target of 10 repetitions (at most 30)"),
                        new InvalidField("exercises.1.holdSeconds", "is far above the target of 30 seconds (at most 90)")),
                refused(input(TODAY, log(101, 3, 31, null), log(102, 2, null, 91))));
        assertEquals(2, SessionChecks.check(input(TODAY, log(101, 13, 30, null)), VERSION, TODAY).size());
    }

    @Test
    void theNewSessionGoesAfterTheEarlierOnesOfItsDay() {
        LocalDate day = LocalDate.of(2025, 3, 10);
        List<PainBefore> earlier = List.of(new PainBefore(4, day), new PainBefore(5, day.plusDays(2)));
        assertEquals(List.of(4, 1, 5), SessionChecks.firstThree(earlier, new PainBefore(1, day)));
        assertEquals(List.of(1, 4, 5), SessionChecks.firstThree(earlier, new PainBefore(1, day.minusDays(1))));
        assertEquals(List.of(4, 5, 1), SessionChecks.firstThree(earlier, new PainBefore(1, day.plusDays(5))));
        assertEquals(List.of(6), SessionChecks.firstThree(List.of(), new PainBefore(6, day)));
    }
}
