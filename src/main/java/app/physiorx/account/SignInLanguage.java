package app.physiorx.account;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The Keycloak sign-in page in the patient's language before anyone is signed in: a link we give a patient (the
 * reminder email, the calendar feed, the handout's address and QR code) ends in {@code ?lang=es}, and the redirect to
 * Keycloak then carries {@code ui_locales=es} (OIDC Core 3.1.2.1), which the realm's login theme honours. Without it
 * Keycloak follows the browser's languages; once signed in, the user's {@code locale} attribute (set from the
 * patient's language) decides.
 */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class SignInLanguage implements OidcRedirectFilter {
    /** The languages the login theme has. */
    private static final java.util.Set<String> THEME = java.util.Set.of("en", "es");

    /** The patient's home page as we print or send it: {@code <publicUrl>/me}, with {@code ?lang=es} for Spanish. */
    public static String patientHome(String publicUrl, String language) {
        return publicUrl + "/me" + ("es".equals(language) ? "?lang=es" : "");
    }

    @Override
    public void filter(OidcRedirectContext context) {
        String lang = context.routingContext().request().getParam("lang");
        if (lang != null && THEME.contains(lang)) {
            context.additionalQueryParams().add("ui_locales", lang);
        }
    }
}
