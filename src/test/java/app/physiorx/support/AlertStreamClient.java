package app.physiorx.support;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** An open /api/alerts/stream: the data of each "alert" event, with the time it arrived (System.nanoTime). */
public final class AlertStreamClient implements AutoCloseable {
    public record Received(String data, long atNanos) {
    }

    private final BlockingQueue<Received> events = new LinkedBlockingQueue<>();
    private final InputStream body;
    private final java.util.concurrent.Semaphore keepAlives = new java.util.concurrent.Semaphore(0);
    private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
    private volatile String closedWith;

    private AlertStreamClient(InputStream body) {
        this.body = body;
    }

    /** Opens the stream as the user and returns once the server said it is ready. */
    public static AlertStreamClient open(String baseUrl, String user) throws Exception {
        return openWithToken(baseUrl, Tokens.accessToken(user));
    }

    /** Opens the stream with this access token and returns once the server said it is ready. */
    public static AlertStreamClient openWithToken(String baseUrl, String accessToken) throws Exception {
        return open(HttpRequest.newBuilder(URI.create(baseUrl.replaceAll("/$", "") + "/api/alerts/stream"))
                .header("Authorization", "Bearer " + accessToken).header("Accept", "text/event-stream").build());
    }

    /** Opens the portal's stream (/portal/alerts/stream) with a signed-in browser's cookies. */
    public static AlertStreamClient openPortal(String baseUrl, com.microsoft.playwright.Page signedIn) throws Exception {
        String cookies = signedIn.context().cookies().stream().map(c -> c.name + "=" + c.value)
                .collect(java.util.stream.Collectors.joining("; "));
        return open(HttpRequest.newBuilder(URI.create(baseUrl.replaceAll("/$", "") + "/portal/alerts/stream"))
                .header("Cookie", cookies).header("Accept", "text/event-stream").build());
    }

    private static AlertStreamClient open(HttpRequest request) throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("stream answered " + response.statusCode());
        }
        AlertStreamClient client = new AlertStreamClient(response.body());
        BlockingQueue<Boolean> ready = new LinkedBlockingQueue<>();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String name = null;
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.startsWith(":")) {
                        client.keepAlives.release();
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                        if (name.equals("ready")) {
                            ready.add(true);
                        }
                    } else if (line.startsWith("data:") && "alert".equals(name)) {
                        client.events.add(new Received(line.substring(5).strip(), System.nanoTime()));
                    } else if (line.startsWith("data:") && "closed".equals(name)) {
                        client.closedWith = line.substring(5).strip();
                    }
                }
            } catch (Exception closed) {
                // the stream ends when the client closes it
            } finally {
                client.ended.countDown();
            }
        });
        if (ready.poll(30, TimeUnit.SECONDS) == null) { // a cold instance asks Keycloak (token, user, sessions, roles) first
            throw new IllegalStateException("the stream did not say it is ready"
                    + (client.closedWith == null ? "" : "; it closed with " + client.closedWith));
        }
        return client;
    }

    public Received next(long timeout, TimeUnit unit) throws InterruptedException {
        return events.poll(timeout, unit);
    }

    /** True if the server ended the stream within the time. */
    public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        return ended.await(timeout, unit);
    }

    /** Waits for this many keep-alives from now on (each follows the server's re-check of the account). */
    public boolean awaitKeepAlives(int count, long timeout, TimeUnit unit) throws InterruptedException {
        keepAlives.drainPermits();
        return keepAlives.tryAcquire(count, timeout, unit);
    }

    /** The data of the server's "closed" event (its reason), if it sent one. */
    public String closedWith() {
        return closedWith;
    }

    public boolean hasEnded() {
        return ended.getCount() == 0;
    }

    public void clear() {
        events.clear();
    }

    @Override
    public void close() throws Exception {
        body.close();
    }
}
