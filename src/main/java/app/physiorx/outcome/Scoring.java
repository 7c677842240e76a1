package app.physiorx.outcome;

import app.physiorx.common.DomainException.InvalidField;
import app.physiorx.common.InvalidInputException;
import app.physiorx.common.Words;
import app.physiorx.outcome.Instrument.Direction;
import app.physiorx.outcome.Instrument.Item;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Scores a response to an {@link Instrument} and judges the change between two scores. Pure functions. */
public final class Scoring {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    /**
     * @param value    the score, rounded half up to the instrument's decimals (its scale is always those decimals)
     * @param answered how many questions were answered
     */
    public record Score(BigDecimal value, int answered) {
    }

    /** What a change between two scores means, given the instrument's MCID and which way is better. */
    public enum Verdict { IMPROVED, NO_CHANGE, WORSE }

    /**
     * Checks the answers and scores them. An item that is missing from the map, or mapped to null, is unanswered.
     * Every problem is reported at once: an unknown linkId, an answer outside the item's range or options, or an
     * unanswered required item on {@code answers.<linkId>}; fewer answers given than {@code minAnswered} on
     * {@code answers} (an answer refused for its value still counts as given, so it is reported once, on its item).
     *
     * @throws InvalidInputException when the answers cannot be scored
     */
    public static Score score(Instrument instrument, Map<String, Integer> answers) {
        return score(instrument, answers, Words.of("outcome", "en"));
    }

    /** {@link #score(Instrument, Map)} with the problems said in the patient's words. */
    public static Score score(Instrument instrument, Map<String, Integer> answers, Words words) {
        List<InvalidField> problems = new ArrayList<>();
        long sum = 0;
        long maxSum = 0;
        int answered = 0;
        int given = 0;
        for (Item item : instrument.items()) {
            Integer value = answers.get(item.linkId());
            String field = "answers." + item.linkId();
            if (value == null) {
                if (item.required()) {
                    problems.add(new InvalidField(field, words.say("error.needsAnswer")));
                }
                continue;
            }
            given++;
            if (allowed(item, value)) {
                sum += value;
                maxSum += item.max();
                answered++;
            } else {
                problems.add(new InvalidField(field, words.say("error.notAllowed", Integer.toString(value),
                        allowedInWords(item, words))));
            }
        }
        Set<String> known = instrument.items().stream().map(Item::linkId).collect(Collectors.toSet());
        for (String linkId : new TreeSet<>(answers.keySet())) {
            if (!known.contains(linkId)) {
                problems.add(new InvalidField("answers." + linkId, words.say("error.unknown", linkId)));
            }
        }
        int minAnswered = instrument.scoring().minAnswered();
        if (given < minAnswered) {
            problems.add(new InvalidField("answers", words.say("error.tooFew", minAnswered, instrument.items().size(), given)));
        }
        if (problems.size() == 1) {
            throw InvalidInputException.field(problems.getFirst().field(), problems.getFirst().message());
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.fields(problems);
        }
        return new Score(value(instrument.scoring(), sum, maxSum, answered), answered);
    }

    private static BigDecimal value(Instrument.Scoring scoring, long sum, long maxSum, int answered) {
        int decimals = scoring.decimals();
        BigDecimal total = BigDecimal.valueOf(sum);
        return switch (scoring.method()) {
            case SUM -> total.setScale(decimals, RoundingMode.HALF_UP);
            case MEAN -> total.divide(BigDecimal.valueOf(answered), decimals, RoundingMode.HALF_UP);
            case PERCENT -> {
                if (maxSum <= 0) {
                    throw new IllegalStateException("percent scoring needs items with a highest value above 0");
                }
                yield total.multiply(HUNDRED).divide(BigDecimal.valueOf(maxSum), decimals, RoundingMode.HALF_UP);
            }
        };
    }

    private static boolean allowed(Item item, int value) {
        if (item.options().isEmpty()) {
            return value >= item.min() && value <= item.max();
        }
        return item.options().stream().anyMatch(o -> o.value() == value);
    }

    private static String allowedInWords(Item item, Words words) {
        if (item.options().isEmpty()) {
            return words.say("error.range", Integer.toString(item.min()), Integer.toString(item.max()));
        }
        return words.say("error.options", item.options().stream().map(o -> Integer.toString(o.value()))
                .collect(Collectors.joining(", ")));
    }

    /**
     * Judges the change from the first score to the latest. The change is {@code latest - first}; it matters when
     * its size reaches the MCID, or (with an {@code mcidPercent} and a first score other than 0) when it reaches
     * {@code mcidPercent × |first|}. A change that matters is IMPROVED when it goes the better way and WORSE
     * otherwise; anything else, and no change at all, is NO_CHANGE.
     */
    public static Verdict verdict(Instrument.Scoring scoring, BigDecimal first, BigDecimal latest) {
        BigDecimal change = latest.subtract(first);
        if (change.signum() == 0) {
            return Verdict.NO_CHANGE;
        }
        BigDecimal size = change.abs();
        boolean matters = size.compareTo(scoring.mcid()) >= 0
                || (scoring.mcidPercent() != null && first.signum() != 0
                    && size.compareTo(scoring.mcidPercent().multiply(first.abs())) >= 0);
        if (!matters) {
            return Verdict.NO_CHANGE;
        }
        boolean wentUp = change.signum() > 0;
        return wentUp == (scoring.better() == Direction.HIGHER) ? Verdict.IMPROVED : Verdict.WORSE;
    }
}
