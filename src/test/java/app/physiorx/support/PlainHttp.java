package app.physiorx.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GET requests for the benchmarks with the JDK's client: a plain keep-alive connection, far lighter than
 * REST Assured's, whose own work (a few ms a request) would otherwise count as the server's time.
 */
public final class PlainHttp {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private PlainHttp() {
    }

    /** The response to a GET with these headers (no redirect followed). */
    public static HttpResponse<String> get(String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(request::header);
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The response to a GET; fails unless it answers 200. */
    public static HttpResponse<String> ok(String url, Map<String, String> headers) {
        HttpResponse<String> response = get(url, headers);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + url + " answered " + response.statusCode());
        }
        return response;
    }

    /** A Cookie header's value for these cookies. */
    public static String cookieHeader(Map<String, String> cookies) {
        return cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }
}
