package app.physiorx.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Every signed-in page POST (under /portal and /me, and the sign-out on /logout; url-encoded or multipart)
 * must carry the session's own form token ({@link SessionFormToken}) besides the CSRF token. The form is
 * read the way Quarkus REST CSRF reads it, before the resource runs; a missing or wrong value gets the same
 * 400 as a bad CSRF token. Other content types never get here (web.SameOriginFilter answers 415).
 */
public class SessionFormFilter {
    private final SecurityIdentity identity;
    private final SessionFormToken tokens;

    public SessionFormFilter(SecurityIdentity identity, SessionFormToken tokens) {
        this.identity = identity;
        this.tokens = tokens;
    }

    @ServerRequestFilter
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request) {
        if (!"POST".equals(request.getMethod()) || !SameOriginFilter.isPage(request.getUriInfo().getPath())) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || !SameOriginFilter.isForm(type.toString())) {
            return;
        }
        Object given = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(
                SessionFormToken.FIELD, true, false);
        if (!tokens.matches(identity, given instanceof String s ? s : null)) {
            request.abortWith(Response.status(Response.Status.BAD_REQUEST).build());
        }
    }
}
