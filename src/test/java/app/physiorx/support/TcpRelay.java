package app.physiorx.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real TCP relay in front of a real server, which a test can break on purpose: {@link Mode#DOWN}
 * refuses every connection (the server is away), {@link Mode#LOSE_ANSWERS} passes requests on but drops
 * the answer to any request whose bytes contain a given marker (the server did the work, the caller
 * never hears). {@link Mode#PASS} relays everything.
 */
public final class TcpRelay implements AutoCloseable {
    public enum Mode { PASS, DOWN, LOSE_ANSWERS }

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.PASS;
    private volatile String marker = "";

    public TcpRelay(String targetHost, int targetPort) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        Thread.ofPlatform().daemon().name("tcp-relay").start(this::accept);
    }

    /** A relay to the Keycloak of this test run (as bin/test and application.properties find it), in this mode. */
    public static TcpRelay toKeycloak(Mode mode) {
        try {
            java.net.URI keycloak = java.net.URI.create(System.getenv().getOrDefault("PHYSIORX_KC_ADMIN_URL",
                    "http://127.0.0.1:" + System.getenv().getOrDefault("PHYSIORX_KC_PORT", "8180")));
            TcpRelay relay = new TcpRelay(keycloak.getHost(), keycloak.getPort());
            relay.set(mode, null);
            return relay;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    /** From now on: relay, refuse, or drop the answers to requests that contain the marker. */
    public void set(Mode mode, String marker) {
        this.mode = mode;
        this.marker = marker == null ? "" : marker;
        if (mode == Mode.DOWN) {
            open.forEach(TcpRelay::quietlyClose);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (mode == Mode.DOWN) {
                    quietlyClose(client);
                    continue;
                }
                Socket upstream = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(upstream);
                boolean[] losing = {false};
                Thread.ofPlatform().daemon().start(() -> pipe(client, upstream, losing, true));
                Thread.ofPlatform().daemon().start(() -> pipe(upstream, client, losing, false));
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void pipe(Socket from, Socket to, boolean[] losing, boolean request) {
        byte[] buffer = new byte[16384];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (request && mode == Mode.LOSE_ANSWERS && !marker.isEmpty()
                        && new String(buffer, 0, n, StandardCharsets.ISO_8859_1).contains(marker)) {
                    losing[0] = true;
                }
                if (!request && losing[0]) {
                    // the server answered; the caller never hears it
                    quietlyClose(from);
                    quietlyClose(to);
                    return;
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed
        } finally {
            quietlyClose(from);
            quietlyClose(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void quietlyClose(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        open.forEach(TcpRelay::quietlyClose);
    }
}
