package app.physiorx.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CSRF token for hidden form fields ({@code inject:csrfField}; forms write {@code {#csrf/}}, the
 * tag in templates/tags/csrf.html). Unlike the built-in {@code inject:csrf}, it also renders on
 * error pages that the CSRF filter never saw, where it falls back to the cookie or to nothing (the
 * form then fails closed when submitted). For a signed-in user it also gives the session-bound token
 * ({@link SessionFormToken}) that web.SessionFormFilter checks on every page POST.
 */
@RequestScoped
@Named("csrfField")
public class CsrfField {
    private final RoutingContext routing;
    private final String name;
    private final String cookieName;
    private final SecurityIdentity identity;
    private final SessionFormToken sessionTokens;

    public CsrfField(RoutingContext routing, SecurityIdentity identity, SessionFormToken sessionTokens,
                     @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token") String name,
                     @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String cookieName) {
        this.routing = routing;
        this.name = name;
        this.cookieName = cookieName;
        this.identity = identity;
        this.sessionTokens = sessionTokens;
    }

    public String getSessionName() {
        return SessionFormToken.FIELD;
    }

    /** The session-bound token of the signed-in user; empty for a visitor (their POSTs never reach a page). */
    public String getSession() {
        String token = sessionTokens.tokenFor(identity);
        return token == null ? "" : token;
    }

    public String getName() {
        return name;
    }

    public String getToken() {
        Object token = routing.get("csrf_token");
        if (token != null) {
            return token.toString();
        }
        Cookie cookie = routing.request().getCookie(cookieName);
        return cookie == null ? "" : cookie.getValue();
    }
}
