package app.physiorx.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.common.DomainException.InvalidField;
import app.physiorx.common.InvalidInputException;
import app.physiorx.outcome.Scoring.Score;
import app.physiorx.outcome.Scoring.Verdict;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scoring each built-in and the example, refusing answers that cannot be scored, and judging change by the MCID. */
@Tag("unit")
class ScoringTest {

    /** "a=1;b=2" as an answer map; an empty string is no answers. */
    private static Map<String, Integer> answers(String spec) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        if (spec != null && !spec.isBlank()) {
            for (String pair : spec.split(";")) {
                String[] kv = pair.split("=");
                answers.put(kv[0].trim(), Integer.valueOf(kv[1].trim()));
            }
        }
        return answers;
    }

    private static Score score(String instrument, String spec) {
        return Scoring.score(InstrumentJsonTest.builtIn(instrument), answers(spec));
    }

    @ParameterizedTest(name = "{0} {1} scores {2}")
    @CsvSource(delimiter = '|', value = {
            // NPRS: the one rating, whole points
            "nprs           | pain=6                                                     | 6     | 1",
            "nprs           | pain=0                                                     | 0     | 1",
            "nprs           | pain=10                                                    | 10    | 1",
            // PSFS: the mean of the rated activities, one decimal; 3 named activities or 5
            "psfs           | activity1=4;activity2=5;activity3=6                        | 5.0   | 3",
            "psfs           | activity1=4;activity2=5;activity3=7                        | 5.3   | 3",
            "psfs           | activity1=2;activity2=4;activity3=6;activity4=8;activity5=9 | 5.8   | 5",
            "psfs           | activity1=4;activity2=5;activity3=5                        | 4.7   | 3",
            "psfs           | activity1=1;activity2=2;activity3=2;activity4=2            | 1.8   | 4",
            "psfs           | activity1=0;activity2=0;activity3=0                        | 0.0   | 3",
            "psfs           | activity1=10;activity2=10;activity3=10;activity4=10;activity5=10 | 10.0 | 5",
            // GROC: the chosen option's value
            "groc           | change=3                                                   | 3     | 1",
            "groc           | change=-7                                                  | -7    | 1",
            "groc           | change=0                                                   | 0     | 1",
            "groc           | change=7                                                   | 7     | 1",
            // Desk work comfort: percent of the answered items' highest total (4 each), one decimal (the default)
            "example-import | neck=2;back=1;hands=3;breaks=0                             | 37.5  | 4",
            "example-import | neck=1;back=1;hands=0                                      | 16.7  | 3",
            "example-import | neck=1;back=0;hands=0;breaks=0                             | 6.3   | 4",
            "example-import | neck=0;back=0;hands=0;breaks=0                             | 0.0   | 4",
            "example-import | neck=4;back=4;hands=4;breaks=4                             | 100.0 | 4",
            "example-import | neck=4;back=4;breaks=4                                     | 100.0 | 3",
    })
    void answersAreScoredByTheInstrumentsMethodAndRoundedHalfUp(String instrument, String spec, BigDecimal expected,
                                                               int answered) {
        assertEquals(new Score(expected, answered), score(instrument, spec));
    }

    @Test
    void aNullAnswerCountsAsUnanswered() {
        Map<String, Integer> answers = new HashMap<>(answers("activity1=4;activity2=5;activity3=6"));
        answers.put("activity4", null);
        assertEquals(new Score(new BigDecimal("5.0"), 3), Scoring.score(InstrumentJsonTest.builtIn("psfs"), answers));
    }

    @ParameterizedTest(name = "{0} {1} is refused on {2}")
    @CsvSource(delimiter = '|', value = {
            "nprs           | pain=11                                         | answers.pain      | from 0 to 10",
            "nprs           | pain=-1                                         | answers.pain      | from 0 to 10",
            "psfs           | activity1=4;activity2=5;activity3=11            | answers.activity3 | from 0 to 10",
            "groc           | change=8                                        | answers.change    | -7, -6, -5",
            "example-import | neck=5;back=1;hands=1                           | answers.neck      | 0, 1, 2, 3, 4",
            "nprs           | pain=3;mood=2                                   | answers.mood      | is not a question of this questionnaire",
            "psfs           | activity1=4;activity2=5;activity4=6;activity5=7 | answers.activity3 | needs an answer",
            "example-import | neck=1;back=2                                   | answers           | at least 3 of the 4",
    })
    void anAnswerThatCannotBeScoredIsRefusedOnItsField(String instrument, String spec, String field, String words) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> score(instrument, spec));
        assertEquals(1, e.fields().size(), e.fields()::toString);
        assertEquals(field, e.fields().getFirst().field());
        assertTrue(e.getMessage().contains(words), e::getMessage);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> score("psfs", "activity1=12;extra=1"));
        assertEquals(List.of("answers.activity1", "answers.activity2", "answers.activity3", "answers.extra", "answers"),
                e.fields().stream().map(InvalidField::field).toList());
    }

    @Test
    void noAnswerToTheNprsIsBothAMissingRequiredItemAndTooFewAnswers() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> score("nprs", ""));
        assertEquals(List.of("answers.pain", "answers"), e.fields().stream().map(InvalidField::field).toList());
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} is {3}")
    @CsvSource({
            // NPRS, lower is better, MCID 2 or 30 % of the first score
            "nprs, 8, 6, IMPROVED",      // exactly the MCID (and 25 %): counts
            "nprs, 10, 7, IMPROVED",     // 3 points, 30 % of 10
            "nprs, 3, 2, IMPROVED",      // 1 point is below the MCID but 33 % of 3: the 30 % rule alone
            "nprs, 4, 3, NO_CHANGE",     // 1 point, 25 % of 4: neither
            "nprs, 10, 9, NO_CHANGE",
            "nprs, 5, 5, NO_CHANGE",
            "nprs, 6, 8, WORSE",
            "nprs, 0, 1, NO_CHANGE",     // a first score of 0 has no percent rule
            "nprs, 0, 2, WORSE",
            // PSFS, higher is better, MCID 2
            "psfs, 4.0, 6.0, IMPROVED",
            "psfs, 4.0, 5.9, NO_CHANGE", // MCID - 0.1
            "psfs, 6.0, 4.0, WORSE",
            "psfs, 6.0, 4.1, NO_CHANGE",
            // GROC, higher is better, MCID 2 by convention
            "groc, 0, 2, IMPROVED",
            "groc, 0, 1, NO_CHANGE",
            "groc, 1, -1, WORSE",
            // Desk work comfort, lower is better, MCID 10 percentage points
            "example-import, 50.0, 40.0, IMPROVED",
            "example-import, 50.0, 40.1, NO_CHANGE",
            "example-import, 50.0, 60.0, WORSE",
            "example-import, 50.0, 59.9, NO_CHANGE",
    })
    void aChangeCountsFromTheMcidAndItsDirectionAgainstTheBetterWayDecides(String instrument, BigDecimal first,
                                                                          BigDecimal latest, Verdict expected) {
        assertEquals(expected, Scoring.verdict(InstrumentJsonTest.builtIn(instrument).scoring(), first, latest));
    }

    @Test
    void scoresOfTwoResponsesFeedTheVerdict() {
        Instrument psfs = InstrumentJsonTest.builtIn("psfs");
        Score first = Scoring.score(psfs, answers("activity1=2;activity2=3;activity3=4"));
        Score latest = Scoring.score(psfs, answers("activity1=5;activity2=5;activity3=5"));
        assertEquals(Verdict.IMPROVED, Scoring.verdict(psfs.scoring(), first.value(), latest.value()));
    }
}
