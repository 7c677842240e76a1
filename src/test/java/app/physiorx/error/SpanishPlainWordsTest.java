package app.physiorx.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SpanishPlainWordsTest {

    @Test
    void aFieldIsNamedInSpanishAndAnUnknownOneInTheEnglishWords() {
        assertEquals("nombre", SpanishPlainWords.field("firstName"));
        assertEquals("series", SpanishPlainWords.field("items.3.sets"));
        assertEquals("favourite colour", SpanishPlainWords.field("favouriteColour"));
        assertEquals("Escriba en el campo «alertar con un dolor de» un número entero, como 10.", SpanishPlainWords.number("painThreshold"));
    }

    @Test
    void theServicesMessagesThePortalShowsAreInSpanish() {
        assertEquals("Otro paciente de su clínica tiene este número de historia clínica.",
                SpanishPlainWords.fragment("mrn", "another patient of your clinic has this record number"));
        assertEquals("Nada ha cambiado desde la versión 3, así que no hay nada que publicar. Modifique antes el borrador.",
                SpanishPlainWords.sentence("Nothing changed since version 3, so there is nothing to publish. Change the draft first."));
        assertEquals("«Wall Angels» está archivado; elija un ejercicio activo.",
                SpanishPlainWords.fragment("exerciseId", "\"Wall Angels\" is archived; choose an active exercise"));
        assertEquals("La fecha del alta no puede ser anterior al inicio del programa (2026-03-01).",
                SpanishPlainWords.sentence("The discharge date cannot be before the program starts (2026-03-01)."));
    }

    @Test
    void anUnknownRuleAsksToCheckTheFieldAndAnUnknownSentenceStays() {
        assertEquals("Revise el campo «teléfono».", SpanishPlainWords.fragment("phone", "may contain only digits, spaces and + ( ) . / -"));
        assertEquals("Something else happened.", SpanishPlainWords.sentence("Something else happened."));
        assertNull(SpanishPlainWords.known("Something else happened."));
    }
}
