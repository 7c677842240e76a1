package app.physiorx.reminder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server in the test JVM (GreenMail) with the app's mailer pointed at it instead of the mock mailbox.
 * {@link #received()} is what reached it.
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {
    private static GreenMail server;

    public static GreenMail received() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(port), "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.from", "reminders@physiorx.test");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The test profile that brings the server up. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SmtpServer.class));
        }
    }
}
