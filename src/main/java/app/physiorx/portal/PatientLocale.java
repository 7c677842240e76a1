package app.physiorx.portal;

import app.physiorx.account.CurrentUser;
import app.physiorx.patient.PatientLanguageQueries;
import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * Every template a signed-in patient's request renders is in the patient's language (the record's, set by the
 * therapist): the template's locale picks the {@code msg} bundle and the words of dates and days. A signed-in staff
 * member's templates are in their clinic's portal language (clinic.language, one query per request: PortalLanguage),
 * which picks the {@code portal} bundle. Anyone signed out, and renders outside a request (jobs) get English unless
 * the caller sets a locale itself.
 */
@Singleton
public class PatientLocale implements TemplateInstance.Initializer {
    private final PatientLanguageQueries patients;

    public PatientLocale(PatientLanguageQueries patients) {
        this.patients = patients;
    }

    void register(@jakarta.enterprise.event.Observes io.quarkus.qute.EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        if (!Arc.container().requestContext().isActive() || io.vertx.core.Context.isOnEventLoopThread()) {
            return; // no request, or an error page rendered on the IO thread (no database there): English
        }
        CurrentUser user = Arc.container().instance(CurrentUser.class).get();
        if (user.isSignedIn() && user.isPatient()) {
            instance.setLocale(Locale.forLanguageTag(patients.ofAccount(user.account())));
        } else if (user.isSignedIn() && user.isStaff()) {
            instance.setLocale(Locale.forLanguageTag(Arc.container().instance(PortalLanguage.class).get().get()));
        }
    }
}
