package app.physiorx.alert;

import app.physiorx.account.Account;
import app.physiorx.account.Role;
import app.physiorx.alert.AlertApi.Notice;
import app.physiorx.audit.AuditEntry;
import app.physiorx.audit.AuditLog;
import app.physiorx.config.PhysioRxConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Server-Sent Events for open pages and API clients: an "alert" event per raised or repeated
 * alert of the caller's patients, a "ready" event when the stream opens and a comment every
 * keep-alive (15 seconds) that keeps proxies from closing it and finds streams whose client went away.
 *
 * <p>A stream lives no longer than what opened it: it closes when the token (API) or the page
 * session's token expires, and at each keep-alive the account is checked again in Keycloak (enabled,
 * signed in, still staff, which role); a disabled, signed-out or demoted user hears nothing more.
 * Each alert is checked against the receiver's patient scope as it stands when it is sent. A user
 * has at most {@code physiorx.alerts.streams-per-user} streams; one more closes the oldest. Opening,
 * closing and each alert delivered are audited (the delivery with the patient's id).
 */
@ApplicationScoped
public class AlertStream {
    private final AlertBus bus;
    private final ObjectMapper json;
    private final StreamAccess access;
    private final AuditLog audit;
    private final int perUser;
    private final AtomicLong ids = new AtomicLong();
    private final Map<SseEventSink, Open> open = new ConcurrentHashMap<>();
    volatile Clock clock = Clock.systemUTC();

    private record Open(long id, AtomicReference<Account> account, Instant expires, String request, Sse sse,
                        AlertBus.Listener listener) {
    }

    public AlertStream(AlertBus bus, ObjectMapper json, StreamAccess access, AuditLog audit, PhysioRxConfig config) {
        this.bus = bus;
        this.json = json;
        this.access = access;
        this.audit = audit;
        this.perUser = config.alerts().streamsPerUser();
    }

    /** When the caller's token (or the page session's ID token) expires; far away if it says nothing. */
    public static Instant expiry(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            return Instant.ofEpochSecond(jwt.getExpirationTime());
        }
        return Instant.MAX;
    }

    public void open(Account account, Instant expires, String request, SseEventSink sink, Sse sse) {
        closeOldestBeyondCap(account.userId());
        AtomicReference<Account> who = new AtomicReference<>(account);
        AlertBus.Listener listener = bus.subscribe(account, notice -> send(sink, notice));
        Open o = new Open(ids.incrementAndGet(), who, expires, request, sse, listener);
        open.put(sink, o);
        record(account, "alert.stream.open", String.valueOf(o.id()), null, request);
        String refused = recheckAtOpen(o); // a token still valid for an account disabled or demoted since it was issued
        if (refused != null) {
            close(sink, refused);
            return;
        }
        trySend(sink, sse.newEventBuilder().name("ready").data("{}").mediaType(MediaType.APPLICATION_JSON_TYPE).build());
    }

    /** Open streams of this instance (tests). */
    public int openCount() {
        return open.size();
    }

    private void closeOldestBeyondCap(long userId) {
        while (open.values().stream().filter(o -> o.account().get().userId() == userId).count() >= perUser) {
            Optional<SseEventSink> oldest = open.entrySet().stream()
                    .filter(e -> e.getValue().account().get().userId() == userId)
                    .min(Comparator.comparingLong(e -> e.getValue().id())).map(Map.Entry::getKey);
            if (oldest.isEmpty()) {
                return;
            }
            close(oldest.get(), "cap");
        }
    }

    private void send(SseEventSink sink, Notice notice) {
        Open o = open.get(sink);
        if (o == null || sink.isClosed()) {
            close(sink, "gone");
            return;
        }
        if (!clock.instant().isBefore(o.expires())) {
            close(sink, "expired");
            return;
        }
        Account account = o.account().get();
        if (!access.sees(account, notice.patientId())) {
            return;
        }
        String data;
        try {
            data = json.writeValueAsString(Map.of("alertId", notice.alertId(), "patientId", notice.patientId(),
                    "patientName", notice.patientName(), "rule", notice.rule(), "ruleLabel", AlertService.label(notice.rule()),
                    "severity", notice.severity(), "detail", notice.detail(), "created", notice.created(),
                    "sentAtMillis", notice.sentAtMillis()));
        } catch (JsonProcessingException e) {
            return;
        }
        record(account, "alert.stream.deliver", String.valueOf(notice.alertId()), notice.patientId(), o.request());
        trySend(sink, o.sse().newEventBuilder().name("alert").id(String.valueOf(notice.alertId())).data(data)
                .mediaType(MediaType.APPLICATION_JSON_TYPE).build());
    }

    @Scheduled(every = "${physiorx.alerts.stream-keep-alive:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        Instant now = clock.instant();
        Map<String, Optional<Role>> checked = new java.util.HashMap<>(); // one look-up per user and round
        open.forEach((sink, o) -> {
            if (sink.isClosed()) {
                close(sink, "gone");
            } else if (!now.isBefore(o.expires())) {
                close(sink, "expired");
            } else {
                String refused = recheck(o, checked);
                if (refused != null) {
                    close(sink, refused);
                    return;
                }
                trySend(sink, o.sse().newEventBuilder().comment("keep-alive").build());
            }
        });
    }

    /** At opening Keycloak gets a second chance after a short pause: a single slow answer should not refuse a page. */
    private String recheckAtOpen(Open o) {
        String refused = recheck(o, new java.util.HashMap<>());
        if ("unavailable".equals(refused)) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return refused;
            }
            refused = recheck(o, new java.util.HashMap<>());
        }
        return refused;
    }

    /**
     * The account again, from Keycloak: still enabled, signed in and staff; a changed role changes the scope.
     * Null when the stream may go on, else why it ends: "revoked", or "unavailable" when Keycloak could not say.
     */
    private String recheck(Open o, Map<String, Optional<Role>> checked) {
        Account was = o.account().get();
        Optional<Role> role;
        try {
            role = checked.computeIfAbsent(String.valueOf(was.subject()), s -> access.currentStaffRole(was.subject()));
        } catch (StreamAccess.NotKnown e) {
            return "unavailable";
        }
        if (role.isEmpty()) {
            return "revoked";
        }
        if (role.get() != was.role()) {
            o.account().set(new Account(was.userId(), was.subject(), was.username(), was.displayName(), was.email(),
                    role.get(), was.clinicId(), was.clinicKey(), was.clinicName()));
        }
        return null;
    }

    /** Sends the event; a client that went away meanwhile (the sink says "already closed") just ends the stream. */
    private void trySend(SseEventSink sink, jakarta.ws.rs.sse.OutboundSseEvent event) {
        try {
            sink.send(event).whenComplete((ok, failure) -> closeIfFailed(sink, failure));
        } catch (IllegalStateException closedMeanwhile) {
            close(sink, "gone");
        }
    }

    private void closeIfFailed(SseEventSink sink, Throwable failure) {
        if (failure != null) {
            close(sink, "gone");
        }
    }

    /**
     * Ends the stream. Unless the client went away it first hears why in a "closed" event: after "expired"
     * a page reconnects (its session may refresh the token), after "revoked" or "cap" it stays closed.
     */
    private void close(SseEventSink sink, String why) {
        Open o = open.remove(sink);
        if (o != null) {
            bus.unsubscribe(o.listener());
            record(o.account().get(), "alert.stream.close", o.id() + " " + why, null, o.request());
        }
        if (o != null && !"gone".equals(why) && !sink.isClosed()) {
            try {
                sink.send(o.sse().newEventBuilder().name("closed").data("{\"reason\":\"" + why + "\"}")
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).build()).whenComplete((ok, failure) -> closeQuietly(sink));
                return;
            } catch (RuntimeException e) {
                // closed meanwhile
            }
        }
        closeQuietly(sink);
    }

    private static void closeQuietly(SseEventSink sink) {
        try {
            sink.close();
        } catch (RuntimeException ignored) {
            // already gone
        }
    }

    private void record(Account a, String action, String resourceId, Long patientId, String request) {
        audit.record(new AuditEntry(Instant.now(), a.subject(), a.displayName(), a.role().claim, a.clinicKey(), action,
                "alert", resourceId, patientId, AuditEntry.Outcome.ALLOWED, request, null, null));
    }
}
