package app.physiorx.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.physiorx.exercise.Dosage;
import app.physiorx.exercise.ExerciseApi.Prescribable;
import app.physiorx.exercise.ExerciseStatus;
import app.physiorx.exercise.RepsMode;
import app.physiorx.exercise.Side;
import app.physiorx.program.ProgramApi.Change;
import app.physiorx.program.ProgramApi.ChangeKind;
import app.physiorx.program.ProgramApi.FieldChange;
import app.physiorx.program.ProgramApi.PublishedItem;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class VersionDiffTest {
    private static final Dosage BASE = new Dosage(3, 10, Side.BOTH, null, null, null, 1, 7, List.of(), null, null, null);

    private static PublishedItem item(int position, long exerciseId, Dosage d) {
        Prescribable e = new Prescribable(exerciseId, "Exercise " + exerciseId, ExerciseStatus.ACTIVE, null, null,
                RepsMode.PLAIN, null, null, null, "Standing", null, List.of(), List.of("Do it"), List.of(), List.of());
        return PublishedItem.of(position, e, d);
    }

    @Test
    void addedChangedAndRemovedExercisesInThatOrder() {
        List<PublishedItem> before = List.of(item(1, 1, BASE), item(2, 2, BASE), item(3, 3, BASE));
        Dosage more = new Dosage(4, 10, Side.EACH_SIDE, 5, null, null, 2, 7, List.of(), "2 kg", null, null);
        List<PublishedItem> after = List.of(item(1, 4, BASE), item(2, 2, more), item(3, 1, BASE));
        assertEquals(List.of(
                new Change(ChangeKind.ADDED, 4, "Exercise 4", List.of()),
                new Change(ChangeKind.CHANGED, 2, "Exercise 2", List.of(
                        new FieldChange("sets", "3", "4"),
                        new FieldChange("side", "BOTH", "EACH_SIDE"),
                        new FieldChange("hold (s)", "—", "5"),
                        new FieldChange("times per day", "1", "2"),
                        new FieldChange("load", "—", "2 kg"))),
                new Change(ChangeKind.REMOVED, 3, "Exercise 3", List.of())), VersionDiff.changes(before, after));
    }

    @Test
    void emptyValuesAndWeekdaysAreWrittenOut() {
        Dosage days = new Dosage(3, null, Side.BOTH, null, null, null, 1, 2, List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                null, "3-1-3", "Slowly");
        assertEquals(List.of(new FieldChange("reps", "10", "—"), new FieldChange("days per week", "7", "2"),
                        new FieldChange("weekdays", "—", "MONDAY, FRIDAY"), new FieldChange("tempo", "—", "3-1-3"),
                        new FieldChange("notes", "—", "Slowly")),
                VersionDiff.fields(BASE, days));
    }

    @Test
    void aMovedExerciseWithTheSameDosageIsNoChange() {
        List<PublishedItem> before = List.of(item(1, 1, BASE), item(2, 2, BASE));
        assertEquals(List.of(), VersionDiff.changes(before, List.of(item(1, 2, BASE), item(2, 1, BASE))));
        assertEquals(List.of(new Change(ChangeKind.ADDED, 1, "Exercise 1", List.of())),
                VersionDiff.changes(List.of(), List.of(item(1, 1, BASE), item(2, 1, BASE))));
    }

    @Test
    void aNewActiveStageShowsAsAProgramChangeAndTheSwappedItemsAsShownOrNot() {
        Prescribable e = new Prescribable(1, "Exercise 1", ExerciseStatus.ACTIVE, null, null, RepsMode.PLAIN, null, null,
                null, "Standing", null, List.of(), List.of("Do it"), List.of(), List.of());
        Prescribable p = new Prescribable(2, "Exercise 2", ExerciseStatus.ACTIVE, null, null, RepsMode.PLAIN, null, null,
                null, "Standing", null, List.of(), List.of("Do it"), List.of(), List.of());
        var before = new VersionDiff.Snapshot("T", null, 1, List.of(PublishedItem.of(1, e, BASE, 1, true),
                PublishedItem.of(2, p, BASE, 2, false)));
        var after = new VersionDiff.Snapshot("T", null, 2, List.of(PublishedItem.of(1, e, BASE, 1, false),
                PublishedItem.of(2, p, BASE, 2, true)));
        assertEquals(List.of(
                new Change(ChangeKind.PROGRAM, 0, "Active stage", List.of(new FieldChange("Active stage", "1", "2"))),
                new Change(ChangeKind.CHANGED, 1, "Exercise 1", List.of(new FieldChange("shown to the patient", "yes", "no"))),
                new Change(ChangeKind.CHANGED, 2, "Exercise 2", List.of(new FieldChange("shown to the patient", "no", "yes")))),
                VersionDiff.changes(before, after));
        assertEquals(List.of(), VersionDiff.changes(after, after));
    }

    @Test
    void itemsStoredBeforeStagesCountAsStageOneAndShown() {
        Prescribable e = new Prescribable(1, "Exercise 1", ExerciseStatus.ACTIVE, null, null, RepsMode.PLAIN, null, null,
                null, "Standing", null, List.of(), List.of("Do it"), List.of(), List.of());
        PublishedItem old = PublishedItem.of(1, e, BASE);
        assertEquals(1, old.stageNumber());
        assertEquals(true, old.forPatient());
        assertEquals(List.of(), VersionDiff.changes(List.of(old), List.of(PublishedItem.of(1, e, BASE, 1, true))));
        var version = new ProgramApi.VersionView(1, 1, "T", null, "A", java.time.OffsetDateTime.now(), List.of(old));
        assertEquals(1, version.forPatient().items().size());
    }
}
