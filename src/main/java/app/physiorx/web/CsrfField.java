package app.physiorx.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CSRF token for hidden form fields ({@code inject:csrfField}; forms write {@code {#csrf/}}, the
 * tag in templates/tags/csrf.html). Unlike the built-in {@code inject:csrf}, it also renders on
 * error pages that the CSRF filter never saw, where it falls back to the cookie or to nothing (the
 * form then fails closed when submitted).
 */
@RequestScoped
@Named("csrfField")
public class CsrfField {
    private final RoutingContext routing;
    private final String name;
    private final String cookieName;

    public CsrfField(RoutingContext routing,
                     @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token") String name,
                     @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String cookieName) {
        this.routing = routing;
        this.name = name;
        this.cookieName = cookieName;
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
