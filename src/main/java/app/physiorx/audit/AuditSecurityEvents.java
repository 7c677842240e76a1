package app.physiorx.audit;

import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.time.Instant;
import java.util.Map;

/** Sign-ins, sign-outs and failed authentications and authorizations, from Quarkus' security events. */
@ApplicationScoped
public class AuditSecurityEvents {
    private final AuditLog log;

    public AuditSecurityEvents(AuditLog log) {
        this.log = log;
    }

    void oidc(@ObservesAsync io.quarkus.oidc.SecurityEvent event) {
        String action = switch (event.getEventType()) {
            case OIDC_LOGIN -> "sign-in";
            case OIDC_LOGOUT_RP_INITIATED, OIDC_LOGOUT_RP_INITIATED_SESSION_EXPIRED -> "sign-out";
            default -> null;
        };
        if (action != null) {
            write(event.getSecurityIdentity(), event.getEventProperties(), action, AuditEntry.Outcome.ALLOWED);
        }
    }

    void authorizationFailed(@ObservesAsync AuthorizationFailureEvent event) {
        write(event.getSecurityIdentity(), event.getEventProperties(), "authorization.failed", AuditEntry.Outcome.DENIED);
    }

    void authenticationFailed(@ObservesAsync AuthenticationFailureEvent event) {
        write(event.getSecurityIdentity(), event.getEventProperties(), "authentication.failed", AuditEntry.Outcome.DENIED);
    }

    private void write(io.quarkus.security.identity.SecurityIdentity identity, Map<String, Object> properties, String action,
                       AuditEntry.Outcome outcome) {
        Actor actor = Actor.of(identity);
        RoutingContext routing = properties == null ? null : (RoutingContext) properties.get(RoutingContext.class.getName());
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
