package app.physiorx.outcome;

import app.physiorx.outcome.OutcomeApi.MeasureView;
import java.math.BigDecimal;

/** How the pages say a measure's change: to the therapist (the verdict) and to the patient (their progress). */
public final class OutcomeWords {
    private OutcomeWords() {
    }

    /** The verdict as the therapist's page says it. */
    public static String verdict(Scoring.Verdict verdict) {
        if (verdict == null) {
            return "Not enough answers to compare yet";
        }
        return switch (verdict) {
            case IMPROVED -> "Improved by more than the change that matters";
            case NO_CHANGE -> "No meaningful change";
            case WORSE -> "Worse by more than the change that matters";
        };
    }

    /** The patient's own progress in plain words. */
    public static String progress(MeasureView m) {
        String title = m.instrument().title();
        if (m.verdict() == null) {
            return m.latest() == null ? "You have not answered \"" + title + "\" yet."
                    : "Your first \"" + title + "\" score is " + plain(m.latest())
                    + ". Next time, you and your therapist can see how it changes.";
        }
        String from = "Your \"" + title + "\" score went from " + plain(m.first()) + " to " + plain(m.latest());
        return switch (m.verdict()) {
            case IMPROVED -> from + ": that is a meaningful improvement.";
            case NO_CHANGE -> from + ": about the same so far. Keep going, and tell your therapist how it feels.";
            case WORSE -> from + ": that is worse by more than a small change. Your therapist has been told and will follow it up.";
        };
    }

    static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

}
