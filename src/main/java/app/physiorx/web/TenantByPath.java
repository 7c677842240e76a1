package app.physiorx.web;

import io.quarkus.oidc.TenantResolver;
import io.quarkus.oidc.runtime.OidcUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which sign-in a request uses is decided by its path alone: the pages (quarkus.oidc.web.tenant-paths)
 * use the browser session, everything else the bearer tenant. Without this, Quarkus would also pick the
 * browser session for any other path whose request still carries a session cookie, so a stale cookie
 * on the public landing page (say, one a late response set again just after signing out) sent the
 * visitor to Keycloak's sign-in instead of the page.
 */
@ApplicationScoped
public class TenantByPath implements TenantResolver {
    @Override
    public String resolve(RoutingContext context) {
        String path = context.request().path();
        return isPage(path) ? "web" : OidcUtils.DEFAULT_TENANT_ID;
    }

    static boolean isPage(String path) {
        if (path == null) {
            return false;
        }
        for (String base : new String[] {"/login", "/logout", "/portal", "/me"}) {
            if (path.equals(base) || path.startsWith(base + "/")) {
                return true;
            }
        }
        return false;
    }
}
