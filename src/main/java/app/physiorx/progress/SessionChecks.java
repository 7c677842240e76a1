package app.physiorx.progress;

import app.physiorx.common.DomainException.InvalidField;
import app.physiorx.common.InvalidInputException;
import app.physiorx.common.Words;
import app.physiorx.program.ProgramApi.PublishedItem;
import app.physiorx.program.ProgramApi.VersionView;
import app.physiorx.progress.SessionApi.ExerciseDone;
import app.physiorx.progress.SessionApi.ExerciseLog;
import app.physiorx.progress.SessionApi.SessionInput;
import app.physiorx.progress.SessionApi.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks of a submitted session against the day and the published version it is logged against. */
public final class SessionChecks {
    /** How many days back a session may be logged. */
    public static final int DAYS_BACK = 14;

    private SessionChecks() {
    }

    /**
     * Checks the submission (its day, that every exercise is in the version once, that no value is far above
     * its target) and answers every exercise of the version with its target and what was done; all problems
     * at once as invalid input otherwise.
     */
    public static List<ExerciseDone> check(SessionInput input, VersionView version, LocalDate today) {
        return check(input, version, today, "en");
    }

    /** {@link #check(SessionInput, VersionView, LocalDate)} with the problems in the patient's language ("en", "es"). */
    public static List<ExerciseDone> check(SessionInput input, VersionView version, LocalDate today, String language) {
        Words es = "es".equals(language) ? Words.of("forms", "es") : null;
        List<InvalidField> errors = new ArrayList<>();
        if (input.date().isAfter(today)) {
            errors.add(new InvalidField("date", es != null ? es.say("session.future") : "a session cannot be logged for a future day"));
        } else if (input.date().isBefore(today.minusDays(DAYS_BACK))) {
            errors.add(new InvalidField("date", es != null ? es.say("session.tooOld", DAYS_BACK)
                    : "a session can be logged up to " + DAYS_BACK + " days back"));
        }
        Map<Long, PublishedItem> items = new LinkedHashMap<>();
        version.items().forEach(i -> items.putIfAbsent(i.exerciseId(), i));
        Map<Long, ExerciseLog> logged = new HashMap<>();
        for (int n = 0; n < input.exercises().size(); n++) {
            ExerciseLog log = input.exercises().get(n);
            String field = "exercises." + n + ".";
            PublishedItem item = items.get(log.exerciseId());
            if (item == null) {
                errors.add(new InvalidField(field + "exerciseId", es != null ? es.say("session.notInProgram")
                        : "this exercise is not in your program"));
                continue;
            }
            if (logged.putIfAbsent(log.exerciseId(), log) != null) {
                errors.add(new InvalidField(field + "exerciseId", es != null ? es.say("session.twice") : "this exercise is logged twice"));
                continue;
            }
            within(errors, field + "setsDone", log.setsDone(), item.sets(), "sets", es);
            within(errors, field + "repsDone", log.repsDone(), item.reps(), "repetitions", es);
            within(errors, field + "holdSeconds", log.holdSeconds(), item.holdSeconds(), "seconds", es);
            within(errors, field + "durationSeconds", log.durationSeconds(), item.durationSeconds(), "seconds", es);
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.fields(errors);
        }
        return done(version, logged);
    }

    /** Every exercise of the version with its target, beside what was logged for it (or "not done"). */
    private static List<ExerciseDone> done(VersionView version, Map<Long, ExerciseLog> logged) {
        List<ExerciseDone> out = new ArrayList<>();
        for (PublishedItem item : version.items()) {
            ExerciseLog log = logged.remove(item.exerciseId());
            Target target = new Target(item.sets(), item.reps(), item.side(), item.holdSeconds(), item.durationSeconds(),
                    item.summary());
            out.add(log == null
                    ? new ExerciseDone(item.position(), item.exerciseId(), item.exerciseName(), target, false, null, null, null,
                    null, null, null)
                    : new ExerciseDone(item.position(), item.exerciseId(), item.exerciseName(), target, true, log.setsDone(),
                    log.repsDone(), log.holdSeconds(), log.durationSeconds(), log.pain(), log.difficulty()));
        }
        return out;
    }

    /** The highest believable value for a prescribed target: three times it, or ten more, whichever is larger. */
    public static int upperBound(int target) {
        return Math.max(target * 3, target + 10);
    }

    private static void within(List<InvalidField> errors, String field, Integer done, Integer target, String unit, Words es) {
        if (done != null && target != null && target > 0 && done > upperBound(target)) {
            errors.add(new InvalidField(field, es != null ? es.say("session.farAbove." + unit, target, upperBound(target))
                    : "is far above the target of " + target + " " + unit + " (at most " + upperBound(target) + ")"));
        }
    }

    /** A session's "pain before" and day, as the baseline reads it. */
    public record PainBefore(int painBefore, LocalDate date) {
    }

    /**
     * The "pain before" of the program's first three sessions once a new one is stored: {@code earlier} are the
     * first three stored before it (oldest first); the new one goes after those of its own day or before.
     */
    public static List<Integer> firstThree(List<PainBefore> earlier, PainBefore added) {
        List<PainBefore> all = new ArrayList<>(earlier);
        int at = 0;
        while (at < all.size() && !all.get(at).date().isAfter(added.date())) {
            at++;
        }
        all.add(at, added);
        return all.stream().limit(3).map(PainBefore::painBefore).toList();
    }
}
