package app.physiorx.web;

import app.physiorx.config.PhysioRxConfig;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Event;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Signing out: a form POST from the Sign out button, so the CSRF filter checks its token before anything
 * ends (Quarkus' own logout path would end the session on any request to it, token or not). It ends the
 * app's session (the session cookie) and sends the browser to Keycloak's end-session endpoint, which ends
 * the Keycloak session too and returns to the public landing page. A GET on /logout is refused by
 * {@link SameOriginFilter}.
 */
@Path("/logout")
public class SignOutResource {
    private final OidcSession session;
    private final OidcConfigurationMetadata metadata;
    private final Event<SignedOut> signedOut;
    private final String publicUrl;
    private final String clientId;

    public SignOutResource(OidcSession session, OidcConfigurationMetadata metadata,
                           Event<SignedOut> signedOut, PhysioRxConfig config,
                           @ConfigProperty(name = "quarkus.oidc.web.client-id") String clientId) {
        this.session = session;
        this.metadata = metadata;
        this.signedOut = signedOut;
        this.publicUrl = config.publicUrl();
        this.clientId = clientId;
    }

    @POST
    @Authenticated
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Operation(hidden = true)
    public Uni<Response> signOut(@Context RoutingContext routing) { // the request itself, not a proxy: the audit outlives it
        String idToken = session.getIdToken().getRawToken();
        String landing = landingPage(routing);
        String endSession = metadata.getEndSessionUri();
        // Keycloak always names its end-session endpoint; without one only the app's session could end
        URI next = endSession == null ? URI.create(landing) : UriBuilder.fromUri(endSession)
                .queryParam("client_id", clientId)
                .queryParam("id_token_hint", idToken)
                .queryParam("post_logout_redirect_uri", landing).build();
        signedOut.fire(new SignedOut(idToken, routing));
        return session.logout().map(done -> Response.seeOther(next)
                .header(HttpHeaders.CACHE_CONTROL.toString(), "no-store").build());
    }

    /** The public landing page; in dev and tests (any port) the address the browser used. */
    private String landingPage(RoutingContext routing) {
        String host = routing.request().getHeader(HttpHeaders.HOST);
        if (LaunchMode.current() != LaunchMode.NORMAL && host != null) {
            return routing.request().scheme() + "://" + host + "/";
        }
        return publicUrl.replaceAll("/+$", "") + "/";
    }
}
