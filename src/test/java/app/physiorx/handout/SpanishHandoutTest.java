package app.physiorx.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.clinic.PaperSize;
import app.physiorx.exercise.Side;
import app.physiorx.exercise.TranslationApi.ExerciseTranslation;
import app.physiorx.program.ProgramApi.PublishedItem;
import app.physiorx.program.ProgramLanguage;
import app.physiorx.support.PdfText;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The handout of a Spanish-speaking patient is Spanish from the header to the log sheet: the translated exercises
 * with their dosage in Spanish words, and an untranslated exercise in English under a Spanish note saying so.
 */
@Tag("unit")
class SpanishHandoutTest {
    static PublishedItem english(int position, long id, String name) {
        return new PublishedItem(position, id, name, "Sitting: Sitting tall on a chair", List.of("towel"),
                List.of("Sit tall.", "Hold for {hold|a moment}, then relax."), List.of("Breathe out."),
                List.of("Stop if it hurts."), 2, 10, Side.EACH_SIDE, 17, null, null, 2, 7, List.of(),
                null, null, null, "2 × 10 each side · hold 17 s", "2 sets of 10 on each side, hold 17 seconds, twice a day, every day");
    }

    static ExerciseTranslation spanish(long id, String name) {
        return new ExerciseTranslation(id, "es", name, null, "Sentado/a en una silla, bien erguido/a.", null,
                List.of("Siéntese erguido/a.", "Mantenga la posición {hold|un momento} y relájese."), List.of("Suelte el aire."),
                List.of("Deténgase si le duele."), List.of(), "PhysioRx", null);
    }

    static String handout(List<PublishedItem> items, String language) throws Exception {
        HandoutData data = new HandoutData("Clínica Norte", "555 0100", PaperSize.A4, "Ana López", "Espalda", null, 2,
                LocalDate.of(2026, 12, 3), "Marta Ruiz", "marta@example.org", items, Map.of(), "https://example.org/me", false,
                new HandoutData.SignIn("ana.lopez", "Tmp-1234"), null, null, Map.of(), language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HandoutRenderer.render(data, out);
        String dir = System.getenv("PHYSIORX_SCREENSHOTS"); // to look at the pages (pdftoppm)
        if (dir != null && !dir.isBlank()) {
            java.nio.file.Files.write(java.nio.file.Path.of(dir, "handout-" + language + "-" + items.size() + ".pdf"), out.toByteArray());
        }
        return PdfText.of(out.toByteArray());
    }

    /** Words of English sentences that are not Spanish words (as the Spanish pages test uses). */
    static List<String> english(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("[A-Za-z]+").matcher(text);
        while (m.find()) {
            if (app.physiorx.web.SpanishPagesTest.ENGLISH.contains(m.group().toLowerCase(Locale.ROOT))) {
                found.add(m.group() + " in \"" + text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30)) + "\"");
            }
        }
        return found;
    }

    @Test
    void aTranslatedHandoutHasNoEnglishLeftAndTheDosageInSpanishWords() throws Exception {
        List<PublishedItem> items = List.of(ProgramLanguage.in(english(1, 1, "Chin Tuck"), spanish(1, "Mentón hacia atrás"), "es"),
                ProgramLanguage.in(english(2, 2, "Seated Rotation"), spanish(2, "Giro sentado"), "es"));
        String text = handout(items, "es").replaceAll("\\s+", " ");
        assertEquals(List.of(), english(text));
        assertTrue(text.contains("2 series de 10 de cada lado, mantener 17 segundos, dos veces al día, todos los días"), text);
        assertTrue(text.contains("Mantenga la posición 17 segundos y relájese."), text);
        assertTrue(text.contains("Necesita: toalla"), text);
        assertTrue(text.contains("Registro de dos semanas") && text.contains("Dolor de hoy (0-10)"), text);
        assertTrue(text.contains("3 de diciembre de 2026"), text);
        assertTrue(text.contains("Página 1 de"), text);
        assertFalse(text.contains("no está traducido"), text);
    }

    @Test
    void anUntranslatedExerciseIsPrintedAsWrittenUnderASpanishNote() throws Exception {
        List<PublishedItem> items = List.of(ProgramLanguage.in(english(1, 1, "Chin Tuck"), spanish(1, "Mentón hacia atrás"), "es"),
                ProgramLanguage.in(english(2, 9, "Doorway Stretch"), null, "es"));
        String text = handout(items, "es").replaceAll("\\s+", " ");
        assertTrue(text.contains("Este ejercicio aún no está traducido"), text);
        assertTrue(text.contains("Hold for 17 seconds, then relax."), text);
        // the dosage is the patient's to read in any case
        assertTrue(text.contains("Doorway Stretch 2 series de 10 de cada lado") || text.contains("2 series de 10 de cada lado"), text);
    }

    @Test
    void anEnglishHandoutIsAsBefore() throws Exception {
        String text = handout(List.of(english(1, 1, "Chin Tuck")), "en").replaceAll("\\s+", " ");
        assertTrue(text.contains("Hold for 17 seconds, then relax."), text);
        assertTrue(text.contains("Two-week log") && text.contains("Stay safe") && text.contains("Page 1 of"), text);
        assertFalse(text.contains("traducido"), text);
    }
}
