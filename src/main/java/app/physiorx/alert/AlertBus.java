package app.physiorx.alert;

import app.physiorx.account.Account;
import app.physiorx.account.Role;
import app.physiorx.alert.AlertApi.Notice;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Fans alerts out to the live streams of this instance. Every instance LISTENs on one
 * PostgreSQL channel over a connection of its own; the transaction that raises an alert sends
 * a NOTIFY, which PostgreSQL delivers to all listeners at commit, so a therapist connected to
 * instance B hears about a session stored by instance A. A lost connection is re-opened.
 */
@ApplicationScoped
public class AlertBus {
    private static final Logger LOG = Logger.getLogger(AlertBus.class);

    /** A live stream: whose it is and where its events go. */
    public record Listener(long clinicId, long userId, boolean admin, Consumer<Notice> sink) {
        boolean wants(Notice n) {
            return n.clinicId() == clinicId
                    && (admin || n.therapistId() == userId || n.sharedWith().contains(userId));
        }
    }

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private final ObjectMapper json;
    private final String url;
    private final String user;
    private final String password;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile Connection connection;
    private Thread thread;

    public AlertBus(ObjectMapper json, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                    @ConfigProperty(name = "quarkus.datasource.username") String user,
                    @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.json = json;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public Listener subscribe(Account account, Consumer<Notice> sink) {
        Listener l = new Listener(account.clinicId(), account.userId(), account.role() == Role.CLINIC_ADMIN, sink);
        listeners.add(l);
        return l;
    }

    public void unsubscribe(Listener l) {
        listeners.remove(l);
    }

    public int listenerCount() {
        return listeners.size();
    }

    /** True once this instance listens (tests and readiness wait for it). */
    public boolean awaitListening(long millis) throws InterruptedException {
        return listening.await(millis, TimeUnit.MILLISECONDS);
    }

    void start(@Observes StartupEvent event) {
        thread = Thread.ofPlatform().daemon().name("alert-listener").start(this::run);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing on shutdown
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        long backoff = 250;
        while (running) {
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                connection = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + AlertService.CHANNEL);
                }
                listening.countDown();
                backoff = 250;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(10_000);
                    if (notifications == null) {
                        try (Statement st = c.createStatement()) {
                            st.execute("select 1"); // notices a dead connection
                        }
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        deliver(n.getParameter());
                    }
                }
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Alert listener lost its database connection (%s); retrying in %d ms", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    return;
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    void deliver(String payload) {
        Notice notice;
        try {
            notice = json.readValue(payload, Notice.class);
        } catch (Exception e) {
            LOG.warn("Ignored an alert notification that could not be read", e);
            return;
        }
        for (Listener l : listeners) {
            if (l.wants(notice)) {
                try {
                    l.sink().accept(notice);
                } catch (RuntimeException e) {
                    listeners.remove(l);
                }
            }
        }
    }
}
