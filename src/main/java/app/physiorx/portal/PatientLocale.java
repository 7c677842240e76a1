package app.physiorx.portal;

import app.physiorx.account.CurrentUser;
import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * Every template a signed-in user's request renders is in their language ({@link PageLanguage}, one query per
 * request): a patient's own, which picks the {@code msg} bundle and the words of dates and days; a staff member's
 * clinic's, which picks the {@code portal} bundle. Anyone signed out, and renders outside a request (jobs) get
 * English unless the caller sets a locale itself.
 */
@Singleton
public class PatientLocale implements TemplateInstance.Initializer {
    void register(@jakarta.enterprise.event.Observes io.quarkus.qute.EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        if (!Arc.container().requestContext().isActive() || io.vertx.core.Context.isOnEventLoopThread()) {
            return; // no request, or an error page rendered on the IO thread (no database there): English
        }
        if (Arc.container().instance(CurrentUser.class).get().isSignedIn()) {
            instance.setLocale(Locale.forLanguageTag(Arc.container().instance(PageLanguage.class).get().get()));
        }
    }
}
