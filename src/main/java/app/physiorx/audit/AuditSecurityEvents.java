package app.physiorx.audit;

import app.physiorx.account.Role;
import app.physiorx.account.StaffDirectory;
import app.physiorx.web.SignedOut;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Sign-ins, sign-outs and failed authentications and authorizations, from Quarkus' security events.
 * A sign-in is the code flow's first login only: Quarkus reports every renewal of the tokens as a
 * login too (pages renew them on each request). A sign-out is web.SignOutResource's event, whose ID token
 * says who is leaving.
 */
@ApplicationScoped
@Unremovable
public class AuditSecurityEvents {
    /** What Quarkus OIDC puts on the request when it has renewed the tokens. */
    private static final String RENEWED = "refresh_token_grant_response";

    private final AuditLog log;
    private final StaffDirectory staff;
    private final RefusedAnonymous anonymous = new RefusedAnonymous();

    public AuditSecurityEvents(AuditLog log, StaffDirectory staff) {
        this.log = log;
        this.staff = staff;
    }

    void oidc(@ObservesAsync io.quarkus.oidc.SecurityEvent event) {
        SecurityIdentity identity = event.getSecurityIdentity();
        RoutingContext routing = routing(event.getEventProperties(), identity);
        switch (event.getEventType()) {
            case OIDC_LOGIN -> {
                if (routing == null || routing.get(RENEWED) == null) {
                    write(Actor.of(identity), routing, "sign-in", AuditEntry.Outcome.ALLOWED);
                }
            }
            case OIDC_LOGOUT_RP_INITIATED_SESSION_EXPIRED -> write(Actor.ANONYMOUS, routing, "sign-out", AuditEntry.Outcome.ALLOWED);
            default -> {
                // renewals are not sign-ins; a signed-in user's sign-out is recorded by signedOut() below
            }
        }
    }

    void authorizationFailed(@ObservesAsync AuthorizationFailureEvent event) {
        refused(Actor.of(event.getSecurityIdentity()), routing(event.getEventProperties(), event.getSecurityIdentity()),
                "authorization.failed");
    }

    void authenticationFailed(@ObservesAsync AuthenticationFailureEvent event) {
        refused(Actor.of(event.getSecurityIdentity()), routing(event.getEventProperties(), event.getSecurityIdentity()),
                "authentication.failed");
    }

    /** A refusal with a known identity is an event of its own; anonymous ones are counted per source and minute. */
    private void refused(Actor actor, RoutingContext routing, String action) {
        if (actor.subject() != null || routing == null) {
            write(actor, routing, action, AuditEntry.Outcome.DENIED);
            return;
        }
        String address = routing.request().remoteAddress() == null ? null : routing.request().remoteAddress().hostAddress();
        anonymous.count(address, routing.request().method() + " " + routing.request().path(), routing.request().getHeader("User-Agent"));
    }

    /** Writes one row per source and finished minute of refused anonymous requests (the count is its resource id). */
    @io.quarkus.scheduler.Scheduled(every = "20s", concurrentExecution = io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
    void flushRefusedAnonymous() {
        flushRefusedAnonymous(false);
    }

    void flushRefusedAnonymous(boolean all) {
        for (RefusedAnonymous.Tally t : anonymous.drain(all)) {
            log.record(new AuditEntry(t.minute(), null, null, null, null, "anonymous.refused", "requests",
                    Long.toString(t.count()), null, AuditEntry.Outcome.DENIED, t.firstRequest(), t.address(), t.userAgent()));
        }
    }

    /** A signed-in user signs out: the session's ID token names who. */
    void signedOut(@Observes SignedOut event) {
        Actor fromToken = fromIdToken(event.idToken());
        RoutingContext routing = event.routing();
        // the ID token carries no roles: the role is the one the app recorded for this subject (off the I/O thread)
        io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool().execute(() ->
                write(fromToken.role() != null ? fromToken : withRecordedRole(fromToken), routing, "sign-out",
                        AuditEntry.Outcome.ALLOWED));
    }

    private Actor withRecordedRole(Actor actor) {
        if (actor.subject() == null) {
            return actor;
        }
        return staff.recordedRole(actor.subject())
                .map(role -> new Actor(actor.subject(), actor.name(), role, actor.clinicKey())).orElse(actor);
    }

    /** The claims of the session's own ID token (Quarkus verified it for this request). */
    private static Actor fromIdToken(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length < 2) {
            return Actor.ANONYMOUS;
        }
        try {
            JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            Set<String> roles = new HashSet<>();
            JsonObject realm = claims.getJsonObject("realm_access");
            JsonArray list = realm == null ? null : realm.getJsonArray("roles");
            if (list != null) {
                list.forEach(r -> roles.add(String.valueOf(r)));
            }
            Role role = Role.primary(roles);
            return new Actor(claims.getString("sub"), claims.getString("name", claims.getString("preferred_username")),
                    role == null ? null : role.claim, claims.getString("clinic"));
        } catch (RuntimeException e) {
            return Actor.ANONYMOUS;
        }
    }

    private static RoutingContext routing(Map<String, Object> properties, SecurityIdentity identity) {
        Object routing = properties == null ? null : properties.get(RoutingContext.class.getName());
        if (routing == null && identity != null) {
            routing = identity.getAttribute(RoutingContext.class.getName());
        }
        return routing instanceof RoutingContext r ? r : null;
    }

    private void write(Actor actor, RoutingContext routing, String action, AuditEntry.Outcome outcome) {
        String request = null;
        String address = null;
        String agent = null;
        if (routing != null) {
            request = routing.request().method() + " " + routing.request().path();
            address = routing.request().remoteAddress() == null ? null : routing.request().remoteAddress().hostAddress();
            agent = routing.request().getHeader("User-Agent");
        }
        log.record(new AuditEntry(Instant.now(), actor.subject(), actor.name(), actor.role(), actor.clinicKey(), action, null,
                null, null, outcome, request, address, agent));
    }
}
