package app.physiorx.web;

import app.physiorx.config.PhysioRxConfig;
import io.quarkus.runtime.LaunchMode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Page requests that change something must come from our own pages. It runs before sign-in checking
 * (authentication is order -200), so a refused request never reaches the session or a resource:
 * <ul>
 * <li>a POST (or PUT, PATCH, DELETE) to a page whose {@code Origin} is present and is not the app's
 * public address (in dev and tests also the request's own address), or whose {@code Sec-Fetch-Site}
 * is {@code cross-site}, is refused with 403;</li>
 * <li>a page POST under /portal or /me, and the sign-out POST on /logout, must be a form (url-encoded or
 * multipart), so the CSRF filter always checks its token; any other content type is refused with 415;</li>
 * <li>signing out is a POST only: a GET on /logout (a link or image on another site) is refused with 405.</li>
 * </ul>
 * The JSON API under /api uses bearer tokens, which a browser never adds by itself, so it is left alone.
 */
@ApplicationScoped
public class SameOriginFilter {
    static final int ORDER = -250;
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private final String publicOrigin;
    private final boolean ownHostAllowed;

    public SameOriginFilter(PhysioRxConfig config) {
        this.publicOrigin = origin(config.publicUrl());
        this.ownHostAllowed = LaunchMode.current() != LaunchMode.NORMAL;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::filter);
    }

    void filter(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String path = request.path() == null ? "" : request.path();
        if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/")) {
            ctx.next();
            return;
        }
        if (path.equals("/logout") && request.method() != HttpMethod.POST) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            refuse(ctx, 405, "Sign out with the button on the page.");
            return;
        }
        if (SAFE.contains(request.method())) {
            ctx.next();
            return;
        }
        if (!fromOwnPages(request)) {
            refuse(ctx, 403, "This form was sent from another site, so it was not carried out.");
            return;
        }
        if (isPage(path) && !isForm(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            refuse(ctx, 415, "Send this as a form from the page.");
            return;
        }
        ctx.next();
    }

    boolean fromOwnPages(HttpServerRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && site.trim().equalsIgnoreCase("cross-site")) {
            return false;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return true;
        }
        String given = origin.trim().toLowerCase(Locale.ROOT);
        if (given.equals(publicOrigin)) {
            return true;
        }
        String host = request.getHeader(HttpHeaders.HOST);
        return ownHostAllowed && host != null && given.equals((request.scheme() + "://" + host).toLowerCase(Locale.ROOT));
    }

    /** A page whose POSTs are forms of a signed-in user: under /portal and /me, and the sign-out. */
    static boolean isPage(String path) {
        return path.equals("/logout") || path.equals("/portal") || path.startsWith("/portal/") || path.equals("/me") || path.startsWith("/me/");
    }

    static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/x-www-form-urlencoded") || type.equals("multipart/form-data");
    }

    /** scheme://host[:port] of an address, lower case, the default port left out. */
    static String origin(String url) {
        URI uri = URI.create(url.trim());
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static void refuse(RoutingContext ctx, int status, String message) {
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(message);
    }
}
