package app.physiorx.program;

import app.physiorx.exercise.Dosage;
import app.physiorx.program.ProgramApi.Change;
import app.physiorx.program.ProgramApi.ChangeKind;
import app.physiorx.program.ProgramApi.FieldChange;
import app.physiorx.program.ProgramApi.PublishedItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** What changed between two lists of published items: added, removed and re-dosed exercises (matched by exercise). */
final class VersionDiff {
    static final String EMPTY = "—";

    private VersionDiff() {
    }

    /** What a version holds that a difference compares: the program's own fields and the items. */
    record Snapshot(String title, String goal, int activeStage, List<PublishedItem> items) {
        static Snapshot of(ProgramApi.VersionView v) {
            return new Snapshot(v.title(), v.goal(), v.activeStage(), v.items());
        }
    }

    /**
     * The program's own changes (title, goal, active stage) first, then the items' as {@link #changes(List, List)};
     * against no version ({@code before} null) only the added items.
     */
    static List<Change> changes(Snapshot before, Snapshot after) {
        List<Change> changes = new ArrayList<>();
        if (before != null) {
            program(changes, "Title", before.title(), after.title());
            program(changes, "Goal", before.goal(), after.goal());
            program(changes, "Active stage", before.activeStage(), after.activeStage());
        }
        changes.addAll(changes(before == null ? List.of() : before.items(), after.items()));
        return changes;
    }

    private static void program(List<Change> changes, String label, Object was, Object now) {
        if (!Objects.equals(was, now)) {
            changes.add(new Change(ChangeKind.PROGRAM, 0, label, List.of(new FieldChange(label, text(was), text(now)))));
        }
    }

    /** Changes in the order of {@code after}, then the removed exercises in the order of {@code before}. */
    static List<Change> changes(List<PublishedItem> before, List<PublishedItem> after) {
        Map<Long, PublishedItem> old = new LinkedHashMap<>();
        before.forEach(i -> old.putIfAbsent(i.exerciseId(), i));
        Set<Long> seen = new HashSet<>();
        List<Change> changes = new ArrayList<>();
        for (PublishedItem now : after) {
            if (!seen.add(now.exerciseId())) {
                continue;
            }
            PublishedItem was = old.get(now.exerciseId());
            if (was == null) {
                changes.add(new Change(ChangeKind.ADDED, now.exerciseId(), now.exerciseName(), List.of()));
                continue;
            }
            List<FieldChange> fields = fields(was.toDosage(), now.toDosage());
            compare(fields, "stage", was.stageNumber(), now.stageNumber());
            compare(fields, "shown to the patient", was.forPatient() ? "yes" : "no", now.forPatient() ? "yes" : "no");
            compare(fields, "pictures and video", mediaText(was), mediaText(now));
            if (!fields.isEmpty()) {
                changes.add(new Change(ChangeKind.CHANGED, now.exerciseId(), now.exerciseName(), fields));
            }
        }
        for (PublishedItem was : old.values()) {
            if (!seen.contains(was.exerciseId())) {
                changes.add(new Change(ChangeKind.REMOVED, was.exerciseId(), was.exerciseName(), List.of()));
            }
        }
        return changes;
    }

    /** The dosage fields that differ, by their label, with "—" for an empty value. */
    static List<FieldChange> fields(Dosage was, Dosage now) {
        List<FieldChange> fields = new ArrayList<>();
        compare(fields, "sets", was.sets(), now.sets());
        compare(fields, "reps", was.reps(), now.reps());
        compare(fields, "side", was.side(), now.side());
        compare(fields, "hold (s)", was.holdSeconds(), now.holdSeconds());
        compare(fields, "duration (s)", was.durationSeconds(), now.durationSeconds());
        compare(fields, "rest (s)", was.restSeconds(), now.restSeconds());
        compare(fields, "times per day", was.timesPerDay(), now.timesPerDay());
        compare(fields, "days per week", was.daysPerWeek(), now.daysPerWeek());
        compare(fields, "weekdays", was.weekdays(), now.weekdays());
        compare(fields, "load", was.load(), now.load());
        compare(fields, "tempo", was.tempo(), now.tempo());
        compare(fields, "notes", was.notes(), now.notes());
        return fields;
    }

    /** The frozen media as the therapist reads the change: "2 pictures, video"; files compared by their SHA-256. */
    private static String mediaText(PublishedItem item) {
        if (item.media() == null) {
            return null; // published before media were frozen: not compared
        }
        List<String> files = item.media().stream().map(m -> m.kind() + ":" + m.sha256() + ":" + m.caption()).toList();
        int pictures = PublishedItemText.pictures(item).size();
        return files.isEmpty() ? null : pictures + (pictures == 1 ? " picture" : " pictures")
                + (PublishedItemText.video(item) == null ? "" : ", video") + " #" + Integer.toHexString(files.hashCode());
    }

    private static void compare(List<FieldChange> fields, String name, Object was, Object now) {
        if (!Objects.equals(was, now)) {
            fields.add(new FieldChange(name, text(was), text(now)));
        }
    }

    private static String text(Object value) {
        if (value == null || (value instanceof List<?> l && l.isEmpty())) {
            return EMPTY;
        }
        return value instanceof List<?> l ? l.stream().map(Object::toString).collect(Collectors.joining(", ")) : value.toString();
    }
}
