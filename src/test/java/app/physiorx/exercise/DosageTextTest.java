package app.physiorx.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class DosageTextTest {

    private static Dosage dosage(Integer sets, Integer reps, Side side, Integer hold, Integer duration, int daysPerWeek,
                                 List<DayOfWeek> weekdays) {
        return new Dosage(sets, reps, side, hold, duration, null, 2, daysPerWeek, weekdays, null, null, null);
    }

    @Test
    void setsAndRepsOnEachSideWithAHold() {
        Dosage d = dosage(3, 10, Side.EACH_SIDE, 3, null, 5, List.of());
        assertEquals("3 × 10 each side · hold 3 s · 2×/day · 5 days/week", DosageText.summary(d));
        assertEquals("3 sets of 10 on each side, hold 3 seconds, twice a day, 5 days a week", DosageText.inWords(d));
    }

    @Test
    void theShortFormInAPortalsLanguage() {
        Dosage d = dosage(3, 10, Side.EACH_SIDE, 3, null, 5, List.of());
        assertEquals(DosageText.summary(d), DosageText.summary(d, "en"));
        assertEquals("3 × 10 cada lado · mantener 3 s · 2×/día · 5 días/sem.", DosageText.summary(d, "es"));
        assertEquals("10 rep. alternando lados · 2×/día · a diario",
                DosageText.summary(dosage(null, 10, Side.ALTERNATING, null, null, 7, List.of()), "es"));
        assertEquals("1 serie · 2 min · 2×/día · lun/jue",
                DosageText.summary(dosage(1, null, null, null, 120, 7, List.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY)), "es"));
        Dosage full = new Dosage(2, 8, Side.LEFT, null, null, 30, 1, 3, null, "2 kg", "3-1-3", null);
        assertEquals("2 × 8 left side · rest 30 s · 2 kg · tempo 3-1-3 · 1×/day · 3 days/week", DosageText.summary(full, "en"));
        assertEquals("2 × 8 lado izquierdo · descanso 30 s · 2 kg · ritmo 3-1-3 · 1×/día · 3 días/sem.", DosageText.summary(full, "es"));
    }

    @Test
    void everySideInWords() {
        assertEquals("10 repetitions, twice a day, every day", DosageText.inWords(dosage(null, 10, Side.BOTH, null, null, 7, List.of())));
        assertEquals("10 repetitions with the left side, twice a day, every day", DosageText.inWords(dosage(null, 10, Side.LEFT, null, null, 7, List.of())));
        assertEquals("10 repetitions with the right side, twice a day, every day", DosageText.inWords(dosage(null, 10, Side.RIGHT, null, null, 7, List.of())));
        assertEquals("10 repetitions, switching sides each time, twice a day, every day",
                DosageText.inWords(dosage(null, 10, Side.ALTERNATING, null, null, 7, List.of())));
        assertEquals("10 reps alternating sides · 2×/day · daily", DosageText.summary(dosage(null, 10, Side.ALTERNATING, null, null, 7, List.of())));
        assertEquals("10 reps · 2×/day · daily", DosageText.summary(dosage(null, 10, null, null, null, 7, List.of())));
    }

    @Test
    void aDurationInMinutesOrSeconds() {
        assertEquals("2 min · 2×/day · daily", DosageText.summary(dosage(null, null, Side.BOTH, null, 120, 7, List.of())));
        assertEquals("90 s · 2×/day · daily", DosageText.summary(dosage(null, null, Side.BOTH, null, 90, 7, List.of())));
        assertEquals("For 1 minute, twice a day, every day", DosageText.inWords(dosage(null, null, Side.BOTH, null, 60, 7, List.of())));
        assertEquals("1 set, hold 1 second, for 45 seconds, twice a day, 1 day a week",
                DosageText.inWords(dosage(1, null, Side.BOTH, 1, 45, 1, List.of())));
    }

    @Test
    void weekdaysInWeekOrderWhateverTheOrderGiven() {
        Dosage d = dosage(2, 8, Side.RIGHT, 0, 0, 3, List.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
        assertEquals("2 × 8 right side · 2×/day · Mon/Wed/Fri", DosageText.summary(d));
        assertEquals("2 sets of 8 with the right side, twice a day, on Monday, Wednesday, Friday", DosageText.inWords(d));
    }

    @Test
    void restLoadAndTempo() {
        Dosage d = new Dosage(3, 12, Side.BOTH, null, null, 60, 1, 7, List.of(), "2 kg", "3-1-3", "slowly");
        assertEquals("3 × 12 · rest 60 s · 2 kg · tempo 3-1-3 · 1×/day · daily", DosageText.summary(d));
        assertEquals("3 sets of 12, rest 60 seconds between sets, with 2 kg, at a tempo of 3-1-3, once a day, every day",
                DosageText.inWords(d));
    }

    @Test
    void aTemplateItemQualifiesTheRepetitionsByTheExercisesRepsMode() {
        Dosage t = new Dosage(2, 10, null, 5, null, null, null, null, List.of(), null, null, "note");
        assertEquals("2 × 10 each side, alternating · hold 5 s", DosageText.summary(t, RepsMode.EACH_SIDE_ALTERNATING));
        assertEquals("2 × 10 · hold 5 s", DosageText.summary(t, RepsMode.PLAIN));
        Dosage repsOnly = new Dosage(null, 10, null, null, null, null, 3, null, List.of(), null, null, null);
        assertEquals("10 each side reps · 3×/day", DosageText.summary(repsOnly, RepsMode.EACH_SIDE));
        Dosage setsOnly = new Dosage(1, null, null, null, 30, null, null, null, List.of(), null, null, null);
        assertEquals("1 set · 30 s", DosageText.summary(setsOnly, RepsMode.EACH_SIDE));
    }
}
