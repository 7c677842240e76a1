package app.physiorx.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Patients logging sessions without pause, each on a thread of its own, the way a phone app does: every
 * session gets a fresh client id, and a session that is not acknowledged (201, or 200 for one stored
 * before) is sent again with the SAME client id until it is. Records what was sent, what was
 * acknowledged, the retries and every status code seen ({@link #NO_ANSWER} when the connection failed or
 * timed out).
 */
public final class SessionLoad implements AutoCloseable {
    public static final int NO_ANSWER = -1;

    private final String sessionsUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Long, Set<String>> sent = new ConcurrentHashMap<>();
    private final Map<Long, Set<String>> acknowledged = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger replays = new AtomicInteger();
    private final AtomicInteger acknowledgedCount = new AtomicInteger();
    private final AtomicInteger refusedCount = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private final List<String> broken = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean stopping;
    private volatile boolean givingUp;

    private SessionLoad(String baseUrl) {
        this.sessionsUrl = baseUrl.replaceAll("/$", "") + "/api/me/sessions";
    }

    /** Starts one logging thread per patient; every {@code painEvery}-th session of a patient has pain 9 (0: none). */
    public static SessionLoad start(String baseUrl, List<LoggingPatient> patients, int painEvery) {
        SessionLoad load = new SessionLoad(baseUrl);
        for (LoggingPatient p : patients) {
            load.sent.put(p.id(), ConcurrentHashMap.newKeySet());
            load.acknowledged.put(p.id(), ConcurrentHashMap.newKeySet());
            load.threads.add(Thread.ofPlatform().daemon().name("logging-" + p.id()).start(() -> {
                try {
                    load.run(p, painEvery);
                } catch (RuntimeException | Error e) {
                    load.broken.add(p.id() + ": " + e);
                    throw e;
                }
            }));
        }
        return load;
    }

    private void run(LoggingPatient patient, int painEvery) {
        for (int n = 1; !stopping; n++) {
            boolean painful = painEvery > 0 && n % painEvery == 0;
            Map<String, Object> session = painful ? patient.session(9, 9) : patient.session(2, 2);
            String clientId = (String) session.get("clientId");
            String body;
            try {
                body = json.writeValueAsString(session);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            sent.get(patient.id()).add(clientId);
            while (true) {
                int status = post(patient.token(), body);
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                if (status == 201 || status == 200) {
                    acknowledged.get(patient.id()).add(clientId);
                    acknowledgedCount.incrementAndGet();
                    if (status == 200) {
                        replays.incrementAndGet();
                    }
                    break;
                }
                refusedCount.incrementAndGet();
                if (givingUp) {
                    return;
                }
                retries.incrementAndGet();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100)); // a phone waits a little before it tries again
            }
        }
    }

    private int post(String token, String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(sessionsUrl)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NO_ANSWER;
        }
    }

    /** Sessions acknowledged so far (all patients). */
    public int acknowledgedCount() {
        return acknowledgedCount.get();
    }

    /** Answers other than 200/201 so far. */
    public int refusedCount() {
        return refusedCount.get();
    }

    /**
     * Sends no new session; each thread keeps retrying its last one until it is acknowledged, for at most
     * the given time (then it gives up and that session stays sent but unacknowledged). True if all
     * threads ended with their last session acknowledged.
     */
    public boolean stop(Duration patience) throws InterruptedException {
        stopping = true;
        long deadline = System.nanoTime() + patience.toNanos();
        boolean allAcknowledged = true;
        for (Thread t : threads) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !t.join(Duration.ofNanos(left))) {
                allAcknowledged = false;
            }
        }
        givingUp = true;
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(15));
        }
        return allAcknowledged;
    }

    public Set<String> sent(long patientId) {
        return Set.copyOf(sent.get(patientId));
    }

    public Set<String> acknowledged(long patientId) {
        return Set.copyOf(acknowledged.get(patientId));
    }

    /** Every status code seen, with how often. */
    public Map<Integer, Integer> statuses() {
        Map<Integer, Integer> out = new TreeMap<>();
        statuses.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** A line for the test's log: sent, acknowledged, retries, replays, statuses. */
    public String summary() {
        int sentCount = sent.values().stream().mapToInt(Set::size).sum();
        return "sessions sent " + sentCount + ", acknowledged " + acknowledgedCount() + ", retries " + retries.get()
                + ", acknowledged by a replay (200) " + replays.get() + ", statuses " + statuses()
                + (broken.isEmpty() ? "" : ", threads that broke " + broken);
    }

    @Override
    public void close() throws InterruptedException {
        if (!givingUp) {
            stop(Duration.ZERO);
        }
    }
}
