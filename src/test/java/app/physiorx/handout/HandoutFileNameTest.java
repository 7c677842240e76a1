package app.physiorx.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.physiorx.clinic.PaperSize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class HandoutFileNameTest {
    private static HandoutData handout(String patient, String title, int version, boolean large) {
        return new HandoutData("Clinic", null, PaperSize.A4, patient, title, null, version, LocalDate.of(2025, 1, 2),
                "Therapist", null, List.of(), Map.of(), "https://example.org/me", large, null, null);
    }

    @Test
    void theNameIsTheLastNameTheTitleAndTheVersionInAscii() {
        assertEquals("jensen-upper-back-pain-v2.pdf", HandoutService.fileName(handout("Anna Jensen", "Upper back pain", 2, false)));
        assertEquals("muller-knie-v1-large.pdf", HandoutService.fileName(handout("Jörg Müller", "Knie!", 1, true)));
    }

    @Test
    void aNameWithNothingPrintableFallsBackToHomeProgram() {
        assertEquals("home-program-v3.pdf", HandoutService.fileName(handout("李", "", 3, false)));
    }

    @Test
    void theBaseIsCutAtEightyCharacters() {
        String name = HandoutService.fileName(handout("Ann Lee", "x".repeat(200), 1, false));
        assertEquals(80 + "-v1.pdf".length(), name.length());
    }
}
