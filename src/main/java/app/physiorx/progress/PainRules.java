package app.physiorx.progress;

import app.physiorx.program.Symptom;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pain-flag rules, as plain functions of a logged session and the program's settings
 * (issue 6 wires them into session logging and alerts). Pain is the 0-10 numeric rating scale.
 */
public final class PainRules {
    private PainRules() {
    }

    public enum Rule { PAIN_THRESHOLD, PAIN_RISE, RED_FLAG, NO_SESSIONS }

    public enum Severity { LOW, MEDIUM, HIGH }

    /** A program's alert settings. */
    public record Settings(int painThreshold, int painRise, Set<Symptom> redFlags, int inactiveDays) {
    }

    /** What one session reports: pain before and after, the highest pain during an exercise, symptoms. */
    public record Session(Integer painBefore, Integer painAfter, Integer worstPainDuring, Set<Symptom> symptoms) {
    }

    /** A tripped rule with the values that tripped it, in words a therapist reads at a glance. */
    public record Flag(Rule rule, Severity severity, String detail) {
    }

    /**
     * The baseline: the median "pain before" of the first three sessions on the program, or the
     * first session's until there are three. {@code painBeforeInOrder} holds every session's
     * "pain before" on this program, oldest first, including the one being checked.
     */
    public static Optional<Integer> baseline(List<Integer> painBeforeInOrder) {
        List<Integer> known = painBeforeInOrder.stream().filter(p -> p != null).toList();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        if (known.size() < 3) {
            return Optional.of(known.getFirst());
        }
        int[] first = {known.get(0), known.get(1), known.get(2)};
        Arrays.sort(first);
        return Optional.of(first[1]);
    }

    /** Every rule the session trips. */
    public static List<Flag> evaluate(Session session, Settings settings, Optional<Integer> baseline) {
        List<Flag> flags = new ArrayList<>();
        int worst = max(session.painBefore(), session.painAfter(), session.worstPainDuring());
        if (worst >= settings.painThreshold()) {
            flags.add(new Flag(Rule.PAIN_THRESHOLD, Severity.MEDIUM,
                    "pain " + worst + "/10 reached the threshold of " + settings.painThreshold()));
        }
        if (baseline.isPresent() && worst >= 0 && worst - baseline.get() >= settings.painRise()) {
            flags.add(new Flag(Rule.PAIN_RISE, Severity.MEDIUM, "pain " + worst + "/10 is " + (worst - baseline.get())
                    + " points over the baseline of " + baseline.get()));
        }
        List<String> red = session.symptoms().stream().filter(settings.redFlags()::contains).sorted()
                .map(s -> s.label.toLowerCase(java.util.Locale.ROOT)).toList();
        if (!red.isEmpty()) {
            flags.add(new Flag(Rule.RED_FLAG, Severity.HIGH, "reported " + String.join(", ", red)));
        }
        return flags;
    }

    /** The daily check: no session for the configured number of days (counted from the program's start when none yet). */
    public static Optional<Flag> inactivity(LocalDate lastSessionOrStart, LocalDate today, Settings settings) {
        long days = ChronoUnit.DAYS.between(lastSessionOrStart, today);
        if (days >= settings.inactiveDays()) {
            return Optional.of(new Flag(Rule.NO_SESSIONS, Severity.LOW, "no session logged for " + days + " days"));
        }
        return Optional.empty();
    }

    private static int max(Integer... values) {
        int max = -1;
        for (Integer v : values) {
            if (v != null && v > max) {
                max = v;
            }
        }
        return max;
    }
}
