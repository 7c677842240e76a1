package app.physiorx.error;

import io.quarkus.oidc.OIDCException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * When Keycloak cannot be reached, sign-in (and checking a token whose keys are not known yet) fails
 * before any resource runs. Instead of the server's bare 500 page, a person gets a plain page saying
 * sign-in is unavailable for a moment, and an API caller a problem document; both answer 503 with
 * Retry-After, so a proxy or phone app tries again. Other failures go on to the usual handling.
 */
@ApplicationScoped
public class SignInUnavailable {
    private static final Logger LOG = Logger.getLogger(SignInUnavailable.class);
    static final String DETAIL = "Sign-in is unavailable right now. Please try again in a minute.";

    void register(@Observes Router router) {
        router.route().order(-1000).failureHandler(this::handle);
    }

    void handle(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten() || !signInServiceDown(ctx.failure())) {
            ctx.next();
            return;
        }
        LOG.warnf("Sign-in service unreachable for %s %s: %s", ctx.request().method(), ctx.request().path(), ctx.failure());
        String path = ctx.request().path() == null ? "" : ctx.request().path();
        ctx.response().setStatusCode(503).putHeader("Retry-After", "60").putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (path.startsWith("/api/")) {
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\","
                    + "\"status\":503,\"detail\":\"" + DETAIL + "\",\"instance\":\"" + path.replace("\\", "").replace("\"", "") + "\"}");
        } else {
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8").end("""
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>Sign-in is unavailable - PhysioRx</title><link rel="stylesheet" href="/static/app.css"></head>
                    <body><main id="main" class="container"><section class="panel error-page">
                    <h1>Sign-in is unavailable</h1>
                    <p>%s Nothing you entered is lost.</p>
                    <p><a href="/">Back to the start page</a></p>
                    </section></main></body></html>
                    """.formatted(DETAIL));
        }
    }

    /**
     * True only when the OIDC server could not be reached: a connection refused, closed or timed out, or
     * Quarkus saying the server is not available. A refusal that Keycloak did answer (a disabled user's
     * renewal gets invalid_grant) is no outage: it goes on to the usual sign-in redirect.
     */
    public static boolean signInServiceDown(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof TimeoutException || t instanceof java.net.NoRouteToHostException
                    || t instanceof io.vertx.core.http.HttpClosedException
                    || t instanceof io.vertx.core.http.ConnectionPoolTooBusyException
                    || t.getClass().getName().equals("io.netty.channel.ConnectTimeoutException")
                    || t instanceof OIDCException && t.getMessage() != null && t.getMessage().contains("not available")) {
                return true;
            }
        }
        return false;
    }
}
