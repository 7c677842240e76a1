package app.physiorx.alert;

import app.physiorx.account.Account;
import app.physiorx.alert.AlertApi.Notice;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-Sent Events for open pages and API clients: an "alert" event per raised or repeated
 * alert of the caller's patients, a "ready" event when the stream opens and a comment every
 * 15 seconds that keeps proxies from closing it and finds streams whose client went away.
 */
@ApplicationScoped
public class AlertStream {
    private final AlertBus bus;
    private final ObjectMapper json;
    private final Map<SseEventSink, Open> open = new ConcurrentHashMap<>();

    private record Open(AlertBus.Listener listener, Sse sse) {
    }

    public AlertStream(AlertBus bus, ObjectMapper json) {
        this.bus = bus;
        this.json = json;
    }

    public void open(Account account, SseEventSink sink, Sse sse) {
        AlertBus.Listener listener = bus.subscribe(account, notice -> send(sink, sse, notice));
        open.put(sink, new Open(listener, sse));
        sink.send(sse.newEventBuilder().name("ready").data("{}").mediaType(MediaType.APPLICATION_JSON_TYPE).build())
                .whenComplete((ok, failure) -> closeIfFailed(sink, failure));
    }

    private void send(SseEventSink sink, Sse sse, Notice notice) {
        if (sink.isClosed()) {
            close(sink);
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
        sink.send(sse.newEventBuilder().name("alert").id(String.valueOf(notice.alertId())).data(data)
                .mediaType(MediaType.APPLICATION_JSON_TYPE).build())
                .whenComplete((ok, failure) -> closeIfFailed(sink, failure));
    }

    @Scheduled(every = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        open.forEach((sink, o) -> {
            if (sink.isClosed()) {
                close(sink);
            } else {
                sink.send(o.sse().newEventBuilder().comment("keep-alive").build())
                        .whenComplete((ok, failure) -> closeIfFailed(sink, failure));
            }
        });
    }

    private void closeIfFailed(SseEventSink sink, Throwable failure) {
        if (failure != null) {
            close(sink);
        }
    }

    private void close(SseEventSink sink) {
        Open o = open.remove(sink);
        if (o != null) {
            bus.unsubscribe(o.listener());
        }
        try {
            sink.close();
        } catch (RuntimeException ignored) {
            // already gone
        }
    }
}
