package app.physiorx.exercise;

import java.util.ArrayList;
import java.util.List;

/** One-line text of a concrete dosage: "3 × 10 each side · hold 3 s · 2×/day". */
public final class DosageText {
    private DosageText() {
    }

    public static String summary(Integer sets, Integer reps, RepsMode mode, Integer holdSeconds, Integer durationSeconds,
                                 Integer timesPerDay) {
        List<String> parts = new ArrayList<>();
        String repsText = reps == null ? null : reps + (mode == null || mode.label.isEmpty() ? "" : " " + mode.label);
        if (sets != null && repsText != null) {
            parts.add(sets + " × " + repsText);
        } else if (sets != null) {
            parts.add(sets + (sets == 1 ? " set" : " sets"));
        } else if (repsText != null) {
            parts.add(repsText + " reps");
        }
        if (holdSeconds != null && holdSeconds > 0) {
            parts.add("hold " + holdSeconds + " s");
        }
        if (durationSeconds != null && durationSeconds > 0) {
            parts.add(durationSeconds % 60 == 0 ? durationSeconds / 60 + " min" : durationSeconds + " s");
        }
        if (timesPerDay != null) {
            parts.add(timesPerDay + "×/day");
        }
        return String.join(" · ", parts);
    }
}
