package app.physiorx.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.physiorx.progress.PainRules.Rule;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class AlertLabelsTest {
    @Test
    void everyRuleHasALabel() {
        for (Rule rule : Rule.values()) {
            assertFalse(AlertService.label(rule).isBlank());
        }
        assertEquals("Red-flag symptom", AlertService.label(Rule.RED_FLAG));
    }

    @Test
    void storedSymptomNamesAreShownByTheirLabels() {
        assertEquals(List.of("Numbness", "Pain at night"), AlertService.symptoms(List.of("NUMBNESS", "NIGHT_PAIN")));
        assertEquals(List.of(), AlertService.symptoms(List.of()));
    }
}
