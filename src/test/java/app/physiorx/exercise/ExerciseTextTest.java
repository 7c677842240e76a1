package app.physiorx.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.common.DomainException.InvalidField;
import app.physiorx.exercise.ExerciseApi.ExerciseInput;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The one renderer of exercise text: placeholders take the prescription, in the words of the dosage line. */
@Tag("unit")
class ExerciseTextTest {
    private static final Dosage NOTHING = new Dosage(null, null, null, null, null, null, null, null, null, null, null, null);
    private static final Dosage UNUSUAL = new Dosage(4, 13, Side.LEFT, 17, 170, 37, 1, 7, List.of(), "red band", null, null);

    @Test
    void aPrescribedValueReplacesItsPlaceholderInTheDosageLinesWords() {
        assertEquals("Hold for 17 seconds, then let go.", ExerciseText.fill("Hold for {hold|a moment}, then let go.", UNUSUAL));
        assertEquals("Keep going until you have done 13 lifts.", ExerciseText.fill("Keep going until you have done {reps} lifts.", UNUSUAL));
        assertEquals("Do 4 sets, resting 37 seconds in between.", ExerciseText.fill("Do {sets}, resting {rest} in between.", UNUSUAL));
        assertEquals("Roll for 170 seconds with the left side, using red band.",
                ExerciseText.fill("Roll for {duration} {side}, using {load}.", UNUSUAL));
        Dosage twoMinutes = new Dosage(1, 1, Side.EACH_SIDE, 1, 120, null, 1, 7, List.of(), null, null, null);
        assertEquals("Roll for 2 minutes, 1 on each side, 1 set, hold 1 second.",
                ExerciseText.fill("Roll for {duration}, {reps} {side}, {sets}, hold {hold}.", twoMinutes));
        String inWords = DosageText.inWords(UNUSUAL);
        assertTrue(inWords.contains("hold 17 seconds") && inWords.contains("for 170 seconds") && inWords.contains("with the left side"),
                "the same words as the dosage line: " + inWords);
    }

    @Test
    void withoutAPrescribedValueTheFallbackOrAPlainDefaultReads() {
        assertEquals("Hold for a moment, then let go.", ExerciseText.fill("Hold for {hold|a moment}, then let go.", NOTHING));
        assertEquals("Pause a moment at the top.", ExerciseText.fill("Pause {hold} at the top.", NOTHING));
        assertEquals("Lift several times.", ExerciseText.fill("Lift {reps} times.", NOTHING));
        assertEquals("Repeat.", ExerciseText.fill("Repeat {side}.", NOTHING), "an empty side leaves no gap");
        assertEquals("On each side, lift.", ExerciseText.fill("{side|on each side}, lift.", NOTHING), "a sentence still starts upper case");
        Dosage zeroHold = new Dosage(2, 10, Side.BOTH, 0, null, null, 1, 7, List.of(), " ", null, null);
        assertEquals("Hold for a moment with a light band.", ExerciseText.fill("Hold for {hold|a moment} with {load|a light band}.", zeroHold));
        assertEquals("Hold for a moment.", ExerciseText.fill("Hold for {hold|a moment}.", (Dosage) null));
    }

    @Test
    void textWithoutPlaceholdersAndUnknownBracesStayAsStored() {
        String plain = "Hold for 2 to 3 seconds,  then let go .";
        assertEquals(plain, ExerciseText.fill(plain, UNUSUAL));
        assertEquals("Keep {calm} and {hold", ExerciseText.fill("Keep {calm} and {hold", UNUSUAL));
        assertEquals(List.of("A", "Hold 17 seconds"), ExerciseText.fill(List.of("A", "Hold {HOLD}"), UNUSUAL), "names ignore case");
        assertEquals(List.of(), ExerciseText.fill((List<String>) null, UNUSUAL));
    }

    @Test
    void theLibraryReadsTheDefaultRanges() {
        DefaultDosage d = new DefaultDosage(2, 3, 10, 15, RepsMode.EACH_SIDE_ALTERNATING, 2, 3, 60, 120, 1, 3, null);
        assertEquals("Hold 2 to 3 seconds, 10 to 15 on each side, 2 to 3 sets, for 1 to 2 minutes.",
                ExerciseText.fill("Hold {hold}, {reps} {side}, {sets}, for {duration}.", d));
        DefaultDosage single = new DefaultDosage(2, 2, 10, 10, RepsMode.PLAIN, 3, 3, 45, 90, null, null, null);
        assertEquals("Pause 3 seconds, 10 lifts, 2 sets, 45 to 90 seconds, rest a short while.",
                ExerciseText.fill("Pause {hold}, {reps} lifts, {sets}, {duration}, rest {rest}.", single));
    }

    @Test
    void anUnknownPlaceholderOrAStrayBraceIsAProblemNamingTheKnownOnes() {
        assertEquals(Optional.empty(), ExerciseText.problem("Hold for {hold|a moment} and {reps} {side} {sets} {duration} {rest} {load}."));
        assertEquals(Optional.empty(), ExerciseText.problem("No braces at all."));
        String unknown = ExerciseText.problem("Hold for {holds} seconds").orElseThrow();
        assertTrue(unknown.startsWith("{holds} is not a dosage") && unknown.contains("{hold}") && unknown.contains("{load}"), unknown);
        assertTrue(ExerciseText.problem("Hold for {hold seconds").isPresent());
        assertTrue(ExerciseText.problem("Hold for hold} seconds").isPresent());
        assertTrue(ExerciseText.problem("Hold {5 seconds}").isPresent());
    }

    @Test
    void problemsNameTheFieldAndLineOfTheExercise() {
        DefaultDosage d = new DefaultDosage(2, 3, 10, 10, RepsMode.PLAIN, null, null, null, null, null, null, "{weight} kg");
        ExerciseInput input = new ExerciseInput("Row", null, ExerciseGroup.SHOULDER_STRENGTHENING, List.of(BodyRegion.SHOULDERS),
                Position.STANDING, "Standing {tall}", List.of(), d, List.of("Pull {reps} times.", "Hold {holdd}."),
                List.of("{cue}"), List.of("Stop {"), List.of(), List.of(), List.of(), null);
        assertEquals(List.of("positionDetail", "dosage.note", "steps.1", "cues.0", "precautions.0"),
                ExerciseText.problems(input).stream().map(InvalidField::field).toList());
    }

    @Test
    void theHintListsEveryPlaceholderInPlainWords() {
        String hint = ExerciseText.hint();
        for (ExerciseText.Placeholder p : ExerciseText.Placeholder.values()) {
            assertTrue(hint.contains("{" + p.mark() + "} " + p.meaning), hint);
        }
        assertTrue(hint.contains("{hold|a moment}"), hint);
    }

    @Test
    void thePositionIsSaidOnce() {
        assertEquals("Sitting or standing tall in a comfortable position.",
                Position.text("Sitting or standing", "Sitting or standing tall in a comfortable position."));
        assertEquals("On your back on the floor, knees bent.", Position.text("Lying on your back", "On your back on the floor, knees bent."));
        assertEquals("Lying on your stomach, arms out.", Position.text("Lying face down", "Lying on your stomach, arms out."));
        assertEquals("Lying on your back: knees bent", Position.text("Lying on your back", "knees bent"));
        assertEquals("Standing", Position.text("Standing", " "));
        assertEquals("Sitting tall, hand on your head.", Position.tidy("Sitting: Sitting tall, hand on your head."),
                "a stored version with the old repetition reads once");
        assertEquals("Standing: beside a door", Position.tidy("Standing: beside a door"));
        assertEquals("Kneeling", Position.tidy("Kneeling"));
    }
}
