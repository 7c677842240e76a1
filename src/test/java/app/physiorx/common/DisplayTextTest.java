package app.physiorx.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class DisplayTextTest {

    @Test
    void everyBidirectionalControlIsRemovedFromAName() {
        String controls = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";
        assertEquals("Paul Jensen", DisplayText.name("Paul" + controls + " Jensen" + "\u202E"));
    }

    @Test
    void otherLettersAndMissingNamesStayAsTheyAre() {
        assertEquals("Zoë Łukasz عمر", DisplayText.name("Zoë Łukasz عمر"));
        assertNull(DisplayText.name(null));
    }
}
