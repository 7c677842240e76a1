package app.physiorx.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PlainWordsTest {

    @Test
    void aFieldPathReadsAsWords() {
        assertEquals("first name", PlainWords.field("firstName"));
        assertEquals("hold seconds", PlainWords.field("dosage.holdSeconds"));
        assertEquals("reps", PlainWords.field("ex.12.reps"));
        assertEquals("cues", PlainWords.field("cues.0"));
        assertEquals("answer", PlainWords.field(""));
    }

    @Test
    void aRulesMessageFragmentBecomesASentenceThatNamesTheField() {
        assertEquals("The reps are far above the target of 10 repetitions (at most 30).",
                PlainWords.fragment("ex.12.reps", "is far above the target of 10 repetitions (at most 30)"));
        assertEquals("The phone may contain only digits.", PlainWords.fragment("phone", "may contain only digits"));
        assertEquals("The form is out of date.", PlainWords.fragment("form", "The form is out of date."));
        assertEquals("The reps done are far above the target.", PlainWords.fragment("exercises.0.repsDone", "is far above the target"),
                "a plural anywhere in the name takes 'are'");
        assertEquals("The status is unknown.", PlainWords.fragment("status", "is unknown"));
    }
}
