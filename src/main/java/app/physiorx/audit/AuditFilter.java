package app.physiorx.audit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.time.Instant;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Writes the audit event of every call to an {@link Audited} endpoint and holds its response until
 * the event is stored: if the audit cannot be written, the caller gets a 503 instead of the data.
 */
public class AuditFilter {
    private final AuditLog log;
    private final CurrentIdentityAssociation identity;
    private final Instance<AuditContext> context;

    public AuditFilter(AuditLog log, CurrentIdentityAssociation identity, Instance<AuditContext> context) {
        this.log = log;
        this.identity = identity;
        this.context = context;
    }

    @ServerResponseFilter
    public Uni<Void> audit(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource,
                           HttpServerRequest http) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return Uni.createFrom().voidItem();
        }
        Audited audited = method.isAnnotationPresent(Audited.class) ? method.getAnnotation(Audited.class)
                : resource.getResourceClass().getAnnotation(Audited.class);
        if (audited == null || audited.value().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String verb = request.getMethod();
        String action = !audited.action().isEmpty() ? audited.action()
                : audited.value() + ("GET".equals(verb) || "HEAD".equals(verb) ? ".read" : ".change");
        var params = request.getUriInfo().getPathParameters();
        String resourceId = params.getFirst("id");
        // the patients the services resolved in the caller's scope, else the one the caller named in the path
        java.util.List<Long> patients = new java.util.ArrayList<>(context.isResolvable() ? context.get().patients() : java.util.Set.of());
        if (patients.isEmpty()) {
            Long named = params.getFirst("patientId") != null ? parse(params.getFirst("patientId"))
                    : "patient".equals(audited.value()) && resourceId != null ? parse(resourceId) : null;
            patients.add(named);
        }
        Actor actor = Actor.of(identity.getIdentity());
        Instant now = Instant.now();
        AuditEntry.Outcome outcome = AuditEntry.outcomeOf(response.getStatus());
        String address = http == null || http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        java.util.concurrent.CompletableFuture<?>[] stored = patients.stream().map(patientId -> log.record(new AuditEntry(now,
                actor.subject(), actor.name(), actor.role(), actor.clinicKey(), action, audited.value(), resourceId, patientId,
                outcome, verb + " " + request.getUriInfo().getPath(), address, request.getHeaderString("User-Agent"))))
                .toArray(java.util.concurrent.CompletableFuture[]::new);
        java.util.concurrent.CompletableFuture<Void> all = java.util.concurrent.CompletableFuture.allOf(stored);
        if (all.isDone() && !all.isCompletedExceptionally()) {
            return Uni.createFrom().voidItem();
        }
        // Resume where the request ran (its event loop, else a worker), not on the audit writer's
        // thread: the writer must not serialize and send the responses of a whole batch itself.
        io.vertx.core.Context vertx = io.vertx.core.Vertx.currentContext();
        java.util.concurrent.Executor resume = vertx != null && io.vertx.core.Context.isOnEventLoopThread()
                ? command -> vertx.runOnContext(v -> command.run())
                : io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool();
        return Uni.createFrom().completionStage(all).emitOn(resume).onFailure().invoke(f -> unrecorded(request, response))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** The read could not be recorded: nothing of it is sent, and the caller is told to try again (503). */
    private static void unrecorded(ContainerRequestContext request, ContainerResponseContext response) {
        String detail = "This could not be recorded in the audit trail, so it is not shown. Please try again in a minute.";
        response.setStatus(503);
        response.getHeaders().clear();
        response.getHeaders().putSingle("Retry-After", "30");
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            response.setEntity(new app.physiorx.error.Problem("about:blank", "Service unavailable", 503, detail,
                    request.getUriInfo().getPath(), null, java.util.List.of()), null,
                    jakarta.ws.rs.core.MediaType.valueOf(app.physiorx.error.Problem.MEDIA_TYPE));
        } else {
            response.setEntity(detail, null, jakarta.ws.rs.core.MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"));
        }
    }

    private static Long parse(String s) {
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
