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

    public enum Rule { PAIN_THRESHOLD, PAIN_RISE, RED_FLAG, NO_SESSIONS, OUTCOME_WORSE }

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
     * The baseline a rise is measured from: {@code value} is the median "pain before" of the first three sessions
     * on the program, or the first session's "pain before" while there are fewer than three ({@code sessions}).
     */
    public record Baseline(int value, int sessions) {
        /** What the baseline is, in words a therapist reads at a glance. */
        public String explained() {
            return sessions >= 3 ? "the median pain before of the first three sessions" : "the pain before of the first session";
        }
    }

    /**
     * The baseline: the median "pain before" of the first three sessions on the program, or the
     * first session's until there are three. {@code painBeforeInOrder} holds every session's
     * "pain before" on this program, oldest first, including the one being checked.
     */
    public static Optional<Baseline> baseline(List<Integer> painBeforeInOrder) {
        List<Integer> known = painBeforeInOrder.stream().filter(p -> p != null).toList();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        if (known.size() < 3) {
            return Optional.of(new Baseline(known.getFirst(), known.size()));
        }
        int[] first = {known.get(0), known.get(1), known.get(2)};
        Arrays.sort(first);
        return Optional.of(new Baseline(first[1], 3));
    }

    /**
     * Every rule the session trips, most severe first (a red flag leads). The threshold and the rise look at the
     * session's highest pain, before, after or during an exercise; each flag says which pain that was.
     */
    public static List<Flag> evaluate(Session session, Settings settings, Optional<Baseline> baseline) {
        List<Flag> flags = new ArrayList<>();
        List<String> red = session.symptoms().stream().filter(settings.redFlags()::contains).sorted()
                .map(s -> s.label.toLowerCase(java.util.Locale.ROOT)).toList();
        if (!red.isEmpty()) {
            flags.add(new Flag(Rule.RED_FLAG, Severity.HIGH, "reported " + inWords(red)
                    + (red.size() == 1 ? ", a red-flag symptom" : ", red-flag symptoms") + " on this program"));
        }
        int worst = max(session.painBefore(), session.painAfter(), session.worstPainDuring());
        String which = which(session, worst);
        if (worst >= 0 && worst >= settings.painThreshold()) {
            flags.add(new Flag(Rule.PAIN_THRESHOLD, Severity.MEDIUM,
                    which + " " + worst + "/10 is at or above the threshold of " + settings.painThreshold()));
        }
        if (baseline.isPresent() && worst >= 0 && worst - baseline.get().value() >= settings.painRise()) {
            Baseline b = baseline.get();
            int over = worst - b.value();
            flags.add(new Flag(Rule.PAIN_RISE, Severity.MEDIUM, which + " " + worst + "/10 is " + over
                    + (over == 1 ? " point" : " points") + " over the baseline of " + b.value() + ", " + b.explained()));
        }
        return flags;
    }

    /** Which of the session's pains reached the highest value: "pain after", "pain before and after", ... */
    private static String which(Session s, int worst) {
        List<String> at = new ArrayList<>();
        if (s.painBefore() != null && s.painBefore() == worst) {
            at.add("before");
        }
        if (s.painAfter() != null && s.painAfter() == worst) {
            at.add("after");
        }
        if (s.worstPainDuring() != null && s.worstPainDuring() == worst) {
            at.add("during an exercise");
        }
        return at.isEmpty() ? "pain" : "pain " + inWords(at);
    }

    /** "a", "a and b", "a, b and c". */
    public static String inWords(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }

    /** The daily check: no session for the configured number of days (counted from the program's start when none yet). */
    public static Optional<Flag> inactivity(LocalDate lastSessionOrStart, LocalDate today, Settings settings) {
        long days = ChronoUnit.DAYS.between(lastSessionOrStart, today);
        if (days >= settings.inactiveDays()) {
            return Optional.of(new Flag(Rule.NO_SESSIONS, Severity.LOW, "no session logged for " + days
                    + " days (the program flags " + settings.inactiveDays() + " days without one)"));
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
