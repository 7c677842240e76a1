package app.physiorx.exercise;

import app.physiorx.common.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * An exercise's default dosage, as ranges where the source gives a range (min = max for a
 * single value; both null when it does not apply).
 */
public record DefaultDosage(
        @Min(1) @Max(20) Integer setsMin, @Min(1) @Max(20) Integer setsMax,
        @Min(1) @Max(100) Integer repsMin, @Min(1) @Max(100) Integer repsMax,
        @NotNull RepsMode repsMode,
        @Min(0) @Max(300) Integer holdMinSeconds, @Min(0) @Max(300) Integer holdMaxSeconds,
        @Min(0) @Max(3600) Integer durationMinSeconds, @Min(0) @Max(3600) Integer durationMaxSeconds,
        @Min(1) @Max(10) Integer timesPerDayMin, @Min(1) @Max(10) Integer timesPerDayMax,
        @Size(max = 300) @PlainText String note) {

    /** Pairs whose max is below their min, as field names. */
    public List<String> invertedRanges() {
        List<String> wrong = new ArrayList<>();
        check(wrong, "setsMax", setsMin, setsMax);
        check(wrong, "repsMax", repsMin, repsMax);
        check(wrong, "holdMaxSeconds", holdMinSeconds, holdMaxSeconds);
        check(wrong, "durationMaxSeconds", durationMinSeconds, durationMaxSeconds);
        check(wrong, "timesPerDayMax", timesPerDayMin, timesPerDayMax);
        return wrong;
    }

    private static void check(List<String> wrong, String field, Integer min, Integer max) {
        if ((min == null) != (max == null) || (min != null && max < min)) {
            wrong.add(field);
        }
    }

    /** "2-3 × 10 each side · hold 2-3 s · 1-2 min · 2-3×/day" */
    public String summary() {
        List<String> parts = new ArrayList<>();
        String reps = repsMin == null ? null : range(repsMin, repsMax) + (repsMode.label.isEmpty() ? "" : " " + repsMode.label);
        if (setsMin != null && reps != null) {
            parts.add(range(setsMin, setsMax) + " × " + reps);
        } else if (setsMin != null) {
            parts.add(range(setsMin, setsMax) + " sets");
        } else if (reps != null) {
            parts.add(reps + " reps");
        }
        if (holdMinSeconds != null && holdMaxSeconds != null && holdMaxSeconds > 0) {
            parts.add("hold " + range(holdMinSeconds, holdMaxSeconds) + " s");
        }
        if (durationMinSeconds != null && durationMaxSeconds != null && durationMaxSeconds > 0) {
            parts.add(duration(durationMinSeconds, durationMaxSeconds));
        }
        if (timesPerDayMin != null) {
            parts.add((timesPerDayMin == 1 && timesPerDayMax > 1 ? "up to " + timesPerDayMax : range(timesPerDayMin, timesPerDayMax)) + "×/day");
        }
        return String.join(" · ", parts);
    }

    private static String range(int min, int max) {
        return min == max ? Integer.toString(min) : min + "-" + max;
    }

    private static String duration(int min, int max) {
        if (min % 60 == 0 && max % 60 == 0) {
            return range(min / 60, max / 60) + " min";
        }
        return range(min, max) + " s";
    }
}
