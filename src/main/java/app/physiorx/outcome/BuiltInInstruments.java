package app.physiorx.outcome;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Stores the built-in instruments at start-up (one insert each that does nothing when that version is stored). */
@ApplicationScoped
public class BuiltInInstruments {
    private static final Logger LOG = Logger.getLogger(BuiltInInstruments.class);

    void onStart(@Observes StartupEvent event, InstrumentService outcomes) {
        int added = outcomes.storeBuiltIns();
        if (added > 0) {
            LOG.infof("stored %d built-in outcome instrument versions", added);
        }
    }
}
