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
import java.util.Map;
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
 * instance B hears about a session stored by instance A. A lost connection is re-opened; once it
 * listens again, the alerts raised while it was away (NOTIFY reaches only those listening) are read
 * back from the table and delivered, so no live alert is lost. Readiness is DOWN while it does not listen.
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
    private volatile boolean listeningNow;
    private volatile java.time.Instant lostAt;
    /** The severity each recent alert was last delivered with: a read-back does not repeat what was heard. */
    private final Map<Long, String> delivered = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > 2000;
        }
    });
    private volatile Connection connection;
    private Thread thread;

    private final long firstRetryMillis;

    public AlertBus(ObjectMapper json, app.physiorx.config.PhysioRxConfig config,
                    @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                    @ConfigProperty(name = "quarkus.datasource.username") String user,
                    @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.json = json;
        this.firstRetryMillis = config.alerts().listenerRetry().toMillis();
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

    /** True while this instance listens for alerts (readiness). */
    public boolean isListening() {
        return listeningNow;
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
        long backoff = firstRetryMillis;
        while (running) {
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                connection = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + AlertService.CHANNEL);
                }
                if (lostAt != null) {
                    // listening first, then reading back: an alert raised meanwhile comes one way or the other
                    readBack(c, lostAt.minusSeconds(15)); // the loss is noticed up to a poll (10 s) late
                    lostAt = null;
                }
                listeningNow = true;
                listening.countDown();
                backoff = firstRetryMillis;
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
                if (listeningNow) {
                    lostAt = java.time.Instant.now();
                }
                listeningNow = false;
                if (!running) {
                    return;
                }
                LOG.warnf("Alert listener lost its database connection (%s); retrying in %d ms", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    return;
                }
                backoff = Math.min(backoff * 2, Math.max(10_000, firstRetryMillis));
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
        deliver(notice);
    }

    /** The open alerts raised or escalated since then, as the NOTIFY would have carried them. */
    private void readBack(Connection c, java.time.Instant since) throws java.sql.SQLException {
        // not scoped: the listener reads for every stream of this instance; each stream checks its own scope
        String sql = """
                select a.id, p.clinic_id, p.id, p.therapist_id,
                       coalesce((select string_agg(sh.therapist_id::text, ',') from patient_share sh where sh.patient_id = p.id), ''),
                       p.first_name || ' ' || p.last_name, a.rule, a.severity, a.detail, a.raised_at >= ?,
                       (extract(epoch from a.last_raised_at) * 1000)::bigint
                from alert a join patient p on p.id = a.patient_id
                where a.status = 'OPEN' and a.last_raised_at >= ? order by a.last_raised_at""";
        int read = 0;
        try (java.sql.PreparedStatement st = c.prepareStatement(sql)) {
            java.sql.Timestamp from = java.sql.Timestamp.from(since);
            st.setTimestamp(1, from);
            st.setTimestamp(2, from);
            try (java.sql.ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Notice n = new Notice(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            java.util.Arrays.stream(rs.getString(5).split(",")).filter(x -> !x.isEmpty()).map(Long::valueOf).toList(),
                            rs.getString(6), app.physiorx.progress.PainRules.Rule.valueOf(rs.getString(7)), app.physiorx.progress.PainRules.Severity.valueOf(rs.getString(8)),
                            rs.getString(9), rs.getBoolean(10), rs.getLong(11));
                    if (!n.severity().name().equals(delivered.get(n.alertId()))) {
                        deliver(n);
                        read++;
                    }
                }
            }
        }
        LOG.infof("Alert listener listens again; delivered %d alert(s) raised while it was away", read);
    }

    private void deliver(Notice notice) {
        delivered.put(notice.alertId(), notice.severity().name());
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
