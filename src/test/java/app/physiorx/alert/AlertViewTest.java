package app.physiorx.alert;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.alert.AlertApi.AlertView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Which actions an alert offers follows from its status alone. */
@Tag("unit")
class AlertViewTest {
    private static AlertView in(AlertStatus status) {
        return new AlertView(1, 2, "Pat", null, null, "rule", null, status, "detail", 1, null, null, null, null, null,
                null, null, 0, java.util.List.of());
    }

    @Test
    void openCanBeAcknowledgedAndResolved() {
        assertTrue(in(AlertStatus.OPEN).canAcknowledge());
        assertTrue(in(AlertStatus.OPEN).canResolve());
    }

    @Test
    void acknowledgedCanOnlyBeResolved() {
        assertFalse(in(AlertStatus.ACKNOWLEDGED).canAcknowledge());
        assertTrue(in(AlertStatus.ACKNOWLEDGED).canResolve());
    }

    @Test
    void resolvedOffersNothing() {
        assertFalse(in(AlertStatus.RESOLVED).canAcknowledge());
        assertFalse(in(AlertStatus.RESOLVED).canResolve());
    }

    @Test
    void theActionsAreNotPartOfTheJson() throws Exception {
        String json = new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules()
                .writeValueAsString(in(AlertStatus.OPEN));
        assertFalse(json.contains("canAcknowledge") || json.contains("canResolve")
                || json.contains("acknowledge\"") || json.contains("resolve\""), json);
    }
}
