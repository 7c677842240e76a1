package app.physiorx.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.physiorx.program.Symptom;
import app.physiorx.progress.PainRules.Baseline;
import app.physiorx.progress.PainRules.Rule;
import app.physiorx.progress.PainRules.Session;
import app.physiorx.progress.PainRules.Settings;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("unit")
class PainRulesTest {
    private static final Settings DEFAULTS = new Settings(7, 2,
            EnumSet.of(Symptom.NUMBNESS, Symptom.TINGLING, Symptom.NEW_WEAKNESS, Symptom.BLADDER_BOWEL), 4);

    static Stream<Arguments> sessions() {
        return Stream.of(
                // name, before, after, during, symptoms, baseline, expected rules
                Arguments.of("calm session", 2, 3, 3, Set.of(), 2, List.of()),
                Arguments.of("pain exactly at the threshold", 3, 7, 4, Set.of(), 6, List.of(Rule.PAIN_THRESHOLD)),
                Arguments.of("pain one below the threshold", 3, 6, 4, Set.of(), 5, List.of()),
                Arguments.of("threshold reached during an exercise", 2, 3, 8, Set.of(), 7, List.of(Rule.PAIN_THRESHOLD)),
                Arguments.of("rise of exactly two", 4, 5, 3, Set.of(), 3, List.of(Rule.PAIN_RISE)),
                Arguments.of("rise of one", 4, 4, 3, Set.of(), 3, List.of()),
                Arguments.of("threshold and rise together", 7, 8, 8, Set.of(), 2, List.of(Rule.PAIN_THRESHOLD, Rule.PAIN_RISE)),
                Arguments.of("red flag, threshold and rise: the red flag leads", 3, 8, 4, Set.of(Symptom.NUMBNESS), 3,
                        List.of(Rule.RED_FLAG, Rule.PAIN_THRESHOLD, Rule.PAIN_RISE)),
                Arguments.of("red-flag symptom", 1, 1, 1, Set.of(Symptom.TINGLING), 1, List.of(Rule.RED_FLAG)),
                Arguments.of("symptom that is not a red flag here", 1, 1, 1, Set.of(Symptom.NIGHT_PAIN), 1, List.of()),
                Arguments.of("no pain given, only a red flag", null, null, null, Set.of(Symptom.BLADDER_BOWEL), null,
                        List.of(Rule.RED_FLAG)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void rulesTripExactlyAtTheirEdges(String name, Integer before, Integer after, Integer during, Set<Symptom> symptoms,
                                      Integer baseline, List<Rule> expected) {
        var flags = PainRules.evaluate(new Session(before, after, during, symptoms), DEFAULTS,
                Optional.ofNullable(baseline).map(b -> new Baseline(b, 3)));
        assertEquals(expected, flags.stream().map(PainRules.Flag::rule).toList(), name);
    }

    @Test
    void redFlagIsHighSeverityAndNamesTheSymptoms() {
        var flag = PainRules.evaluate(new Session(0, 0, 0, Set.of(Symptom.NUMBNESS, Symptom.TINGLING)), DEFAULTS,
                Optional.of(new Baseline(0, 3))).getFirst();
        assertEquals(PainRules.Severity.HIGH, flag.severity());
        assertEquals("reported numbness and tingling, red-flag symptoms on this program", flag.detail());
    }

    @Test
    void theRiseSaysWhichPainRoseAndWhatTheBaselineIs() {
        var flags = PainRules.evaluate(new Session(2, 6, 4, Set.of()), DEFAULTS, Optional.of(new Baseline(3, 3)));
        assertEquals(List.of("pain after 6/10 is 3 points over the baseline of 3, the median pain before of the first"
                + " three sessions"), flags.stream().map(PainRules.Flag::detail).toList());
        var early = PainRules.evaluate(new Session(1, 2, 3, Set.of()), DEFAULTS, Optional.of(new Baseline(1, 2)));
        assertEquals("pain during an exercise 3/10 is 2 points over the baseline of 1, the pain before of the first session",
                early.getFirst().detail());
    }

    @Test
    void theThresholdSaysWhichPainReachedIt() {
        var flags = PainRules.evaluate(new Session(8, 8, 5, Set.of()), DEFAULTS, Optional.empty());
        assertEquals("pain before and after 8/10 is at or above the threshold of 7", flags.getFirst().detail());
    }

    @Test
    void theBaselineSaysHowManySessionsItCameFrom() {
        assertEquals(new Baseline(5, 2), PainRules.baseline(List.of(5, 1)).orElseThrow());
        assertEquals("the pain before of the first session", new Baseline(5, 2).explained());
        assertEquals("the median pain before of the first three sessions", new Baseline(3, 3).explained());
    }

    @Test
    void baselineIsTheFirstSessionUntilThereAreThreeThenTheMedianOfTheFirstThree() {
        assertEquals(Optional.empty(), PainRules.baseline(List.of()));
        assertEquals(Optional.of(5), PainRules.baseline(List.of(5)).map(Baseline::value));
        assertEquals(Optional.of(5), PainRules.baseline(List.of(5, 1)).map(Baseline::value));
        assertEquals(Optional.of(3), PainRules.baseline(List.of(5, 1, 3)).map(Baseline::value));
        assertEquals(Optional.of(3), PainRules.baseline(List.of(5, 1, 3, 9, 9, 9)).map(Baseline::value),
                "later sessions do not move it");
        assertEquals(Optional.of(4), PainRules.baseline(Arrays.asList(null, 4, null)).map(Baseline::value),
                "missing values are skipped");
    }

    @Test
    void inactivityTripsOnTheConfiguredDay() {
        LocalDate last = LocalDate.of(2026, 11, 1);
        assertEquals(Optional.empty(), PainRules.inactivity(last, last.plusDays(3), DEFAULTS));
        assertEquals(PainRules.Severity.LOW, PainRules.inactivity(last, last.plusDays(4), DEFAULTS).orElseThrow().severity());
    }
}
