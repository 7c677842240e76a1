package app.physiorx.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.physiorx.program.Symptom;
import app.physiorx.progress.PainRules;
import app.physiorx.progress.PainRules.Baseline;
import app.physiorx.progress.PainRules.Flag;
import app.physiorx.progress.PainRules.Session;
import app.physiorx.progress.PainRules.Settings;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A reason's stored English detail, said again in Spanish from its values; the details come from PainRules itself. */
class AlertDetailWordsTest {
    private static final Settings SETTINGS = new Settings(7, 3, EnumSet.of(Symptom.NUMBNESS, Symptom.TINGLING, Symptom.BLADDER_BOWEL), 3);

    private static List<String> details(Session session, Optional<Baseline> baseline) {
        return PainRules.evaluate(session, SETTINGS, baseline).stream().map(Flag::detail).toList();
    }

    @Test
    void aRedFlagsSymptomsAreSaidInSpanish() {
        List<String> one = details(new Session(2, 2, null, Set.of(Symptom.TINGLING)), Optional.empty());
        assertEquals("indicó hormigueo, un síntoma de alarma de este programa", AlertDetailWords.in(one.getFirst(), "es"));
        List<String> two = details(new Session(2, 2, null, Set.of(Symptom.NUMBNESS, Symptom.BLADDER_BOWEL)), Optional.empty());
        assertEquals("indicó entumecimiento y cambios en la vejiga o el intestino, síntomas de alarma de este programa",
                AlertDetailWords.in(two.getFirst(), "es"));
    }

    @Test
    void theThresholdAndTheRiseKeepTheirNumbers() {
        List<String> both = details(new Session(2, 8, 8, Set.of()), Optional.of(new Baseline(2, 3)));
        assertEquals("dolor después y durante un ejercicio 8/10, igual o por encima del umbral de 7", AlertDetailWords.in(both.get(0), "es"));
        assertEquals("dolor después y durante un ejercicio 8/10, 6 puntos por encima del valor inicial de 2, la mediana del dolor"
                + " antes de las tres primeras sesiones", AlertDetailWords.in(both.get(1), "es"));
        List<String> rise = details(new Session(5, 5, null, Set.of()), Optional.of(new Baseline(2, 1)));
        assertEquals("dolor antes y después 5/10, 3 puntos por encima del valor inicial de 2, el dolor antes de la primera sesión",
                AlertDetailWords.in(rise.getFirst(), "es"));
    }

    @Test
    void noSessionsAndAWorseOutcome() {
        String quiet = PainRules.inactivity(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 5), SETTINGS).orElseThrow().detail();
        assertEquals("ninguna sesión registrada en 4 días (el programa avisa a los 3 días sin sesión)", AlertDetailWords.in(quiet, "es"));
        assertEquals("Escala PSFS pasó de 6,3 a 4,7, peor en más del cambio clínicamente relevante (2)",
                AlertDetailWords.in("Escala PSFS went from 6.3 to 4.7, worse by more than the change that matters (2)", "es"));
    }

    @Test
    void englishStaysAsStoredAndAnUnknownSentenceToo() {
        String stored = details(new Session(2, 9, null, Set.of()), Optional.empty()).getFirst();
        assertEquals(stored, AlertDetailWords.in(stored, "en"));
        assertEquals("something else entirely", AlertDetailWords.in("something else entirely", "es"));
    }
}
