package app.physiorx.audit;

import app.physiorx.audit.AuditVerification.Verification;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * The operator's whole-trail check, without starting the app: {@code bin/audit-verify}, or in the image
 * {@code java -cp 'app/*:lib/main/*' app.physiorx.audit.AuditChainCommand}. It connects with the app's
 * database settings (PHYSIORX_DB_URL, or PHYSIORX_DB_HOST / _PORT / _NAME; PHYSIORX_DB_USER and
 * PHYSIORX_DB_PASSWORD) and recomputes the chain with the same walk as the clinic admins' check
 * ({@link AuditVerification#check}). Exit code 0: intact; 1: broken (the first broken event is named); 2: the
 * check could not run.
 */
public final class AuditChainCommand {
    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    public static final int FAILED = 2;

    private AuditChainCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(System.getenv(), System.out, System.err));
    }

    /** Connects with the settings in env, checks the whole chain and says what it found; returns the exit code. */
    public static int run(Map<String, String> env, PrintStream out, PrintStream err) {
        String password = env.get("PHYSIORX_DB_PASSWORD");
        if (password == null || password.isEmpty()) {
            err.println("audit-verify: set PHYSIORX_DB_PASSWORD (and PHYSIORX_DB_HOST, _PORT, _NAME, _USER as for the app)");
            return FAILED;
        }
        Properties login = new Properties();
        login.setProperty("user", env.getOrDefault("PHYSIORX_DB_USER", "physiorx"));
        login.setProperty("password", password);
        login.setProperty("connectTimeout", "10");
        String url = url(env);
        try (Connection c = DriverManager.getConnection(url, login)) {
            c.setReadOnly(true);
            return check(c, out);
        } catch (SQLException | RuntimeException e) {
            err.println("audit-verify: the audit trail could not be read at " + url + ": " + e.getMessage());
            return FAILED;
        }
    }

    /** Checks the whole chain on an open connection (inside its transaction, if it has one) and prints the result. */
    public static int check(Connection c, PrintStream out) throws SQLException {
        Verification v = AuditVerification.check(c, null);
        if (v.intact()) {
            out.println("audit trail intact: " + v.checked() + " events checked");
            return INTACT;
        }
        out.println("audit trail BROKEN: " + v.checked() + " events intact before the first broken one");
        out.println("first broken event: id " + v.firstBrokenId() + ": " + v.problem());
        return BROKEN;
    }

    static String url(Map<String, String> env) {
        String url = env.get("PHYSIORX_DB_URL");
        if (url != null && !url.isBlank()) {
            return url;
        }
        return "jdbc:postgresql://" + env.getOrDefault("PHYSIORX_DB_HOST", "127.0.0.1") + ":"
                + env.getOrDefault("PHYSIORX_DB_PORT", "5432") + "/" + env.getOrDefault("PHYSIORX_DB_NAME", "physiorx");
    }
}
