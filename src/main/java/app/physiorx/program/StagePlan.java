package app.physiorx.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which exercises of a staged program the patient sees, and what the next stage brings. An item shows when
 * its stage is at most the active stage, unless a later-stage item that also shows is a progression of it
 * (so stage 2 of "Upper back pain" replaces Scapular Squeeze with Prone Shoulder Blade Retraction).
 * Computed at publication and stored with the version, so a version never changes afterwards.
 */
final class StagePlan {
    /** One item of the draft: its exercise, the exercise's name and its stage. */
    record Entry(long exerciseId, String name, int stage) {
    }

    private StagePlan() {
    }

    /** For each entry, in order: whether the patient sees it at {@code activeStage}. */
    static List<Boolean> shown(List<Entry> entries, int activeStage, Map<Long, Set<Long>> progressions) {
        List<Boolean> shown = new ArrayList<>();
        for (Entry item : entries) {
            shown.add(item.stage() <= activeStage && entries.stream().noneMatch(later -> later.stage() > item.stage()
                    && later.stage() <= activeStage && harder(progressions, later, item)));
        }
        return shown;
    }

    /**
     * The line for the patient about the next stage ("Next stage, when your therapist says so: B instead of A,
     * C added."), or null when no item has a later stage.
     */
    static String nextStage(List<Entry> entries, int activeStage, Map<Long, Set<Long>> progressions) {
        return nextStage(entries, activeStage, progressions, app.physiorx.exercise.DosageWords.ENGLISH);
    }

    /** As {@link #nextStage(List, int, Map)}, in the words of a patient's language. */
    static String nextStage(List<Entry> entries, int activeStage, Map<Long, Set<Long>> progressions,
                            app.physiorx.common.Words w) {
        int next = entries.stream().mapToInt(Entry::stage).filter(s -> s > activeStage).min().orElse(0);
        if (next == 0) {
            return null;
        }
        List<Boolean> now = shown(entries, activeStage, progressions);
        List<Boolean> then = shown(entries, next, progressions);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (then.get(i) && !now.get(i)) {
                Entry coming = entries.get(i);
                String replaced = null;
                for (int j = 0; j < entries.size() && replaced == null; j++) {
                    if (now.get(j) && !then.get(j) && harder(progressions, coming, entries.get(j))) {
                        replaced = entries.get(j).name();
                    }
                }
                parts.add(replaced == null ? w.say("stage.added", coming.name()) : w.say("stage.instead", coming.name(), replaced));
            }
        }
        return parts.isEmpty() ? null : w.say("stage.next", String.join(", ", parts));
    }

    private static boolean harder(Map<Long, Set<Long>> progressions, Entry harder, Entry easier) {
        return progressions.getOrDefault(harder.exerciseId(), Set.of()).contains(easier.exerciseId());
    }
}
