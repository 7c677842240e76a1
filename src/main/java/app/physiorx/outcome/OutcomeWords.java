package app.physiorx.outcome;

import app.physiorx.outcome.OutcomeApi.MeasureView;
import app.physiorx.common.Words;
import java.math.BigDecimal;

/** How the pages say a measure's change: to the therapist (the verdict) and to the patient (their progress). */
public final class OutcomeWords {
    private OutcomeWords() {
    }

    /** The verdict as the therapist's page says it. */
    public static String verdict(Scoring.Verdict verdict) {
        return verdict(verdict, "en");
    }

    /** The verdict in the clinic's language ("en", "es"). */
    public static String verdict(Scoring.Verdict verdict, String language) {
        return Words.of("outcome", language).say(verdict == null ? "verdict.none" : "verdict." + verdict.name());
    }

    /** The patient's own progress in plain words, in English. */
    public static String progress(MeasureView m) {
        return progress(m, "en");
    }

    /** The patient's own progress in plain words, in their language ("en", "es"). */
    public static String progress(MeasureView m, String language) {
        Words words = Words.of("outcome", language);
        String title = m.instrument().title();
        if (m.verdict() == null) {
            return m.latest() == null ? words.say("progress.none", title) : words.say("progress.first", title, plain(m.latest(), words));
        }
        String from = words.say("progress.from", title, plain(m.first(), words), plain(m.latest(), words));
        return switch (m.verdict()) {
            case IMPROVED -> words.say("progress.improved", from);
            case NO_CHANGE -> words.say("progress.same", from);
            case WORSE -> words.say("progress.worse", from);
        };
    }

    /** "10 December 2026" / "10 de diciembre de 2026". */
    static String date(java.time.LocalDate date, Words words) {
        return date.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(words.locale()));
    }

    /** A score with the language's decimal mark: "4.7" / "4,7". */
    static String plain(BigDecimal value, Words words) {
        String plain = plain(value);
        return "es".equals(words.language()) ? plain.replace('.', ',') : plain;
    }

    static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

}
