package app.physiorx.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * PostgreSQL alone inserting the row a logged session stores and its retry-guard key (pgbench, the same clients,
 * one statement per transaction): the ceiling the app's session logging is compared with in the same run. Uses the test database
 * and the app's database role, as the instances do; the rows it writes say {@code logged_by = 'pgbench'}.
 */
public final class RawInsertBench {
    /** Inserts per second and the latency percentiles (ms) pgbench measured. */
    public record Result(int clients, long inserts, double seconds, double p50ms, double p99ms) {
        public double perSecond() {
            return inserts / seconds;
        }

        public String line() {
            return String.format(Locale.ROOT, "%3d clients: %7.0f inserts/s, p50 %6.2f ms, p99 %6.2f ms (%d inserts in %.1f s)",
                    clients, perSecond(), p50ms, p99ms, inserts, seconds);
        }
    }

    private RawInsertBench() {
    }

    /** Runs pgbench for {@code seconds} with {@code clients} connections inserting sessions of this patient. */
    public static Result run(long patientId, long programId, int programVersion, String exercisesJson, int clients, int seconds,
                             Path dir) throws IOException, InterruptedException {
        long clinicId = Long.parseLong(psql("select clinic_id from patient where id = " + patientId).strip());
        Path script = dir.resolve("raw-insert.sql");
        // The row a session stores, with its retry-guard key (progress_session_key), as SessionQueries writes them;
        // without the app's reads in the same statement (last activity, the program's first sessions).
        Files.writeString(script, """
                \\set pain random(0, 10)
                with k as (
                  insert into progress_session_key (patient_id, client_id, session_id)
                  values (%1$d, gen_random_uuid(), nextval('progress_session_id_seq')) returning session_id, client_id)
                insert into progress_session (id, client_id, content_hash, patient_id, clinic_id, program_id, program_version,
                  session_date, pain_before, pain_after, worst_pain_during, symptoms, comment, exercises, exercises_done,
                  exercises_total, logged_by)
                select k.session_id, k.client_id, md5(random()::text), %1$d, %2$d, %3$d, %4$d, current_date, :pain, 1, 1, '{}',
                  'Went well.', cast(replace('[%5$s]', '#', chr(58)) as jsonb), 4, 4, 'pgbench' from k;
                """.formatted(patientId, clinicId, programId, programVersion,
                // pgbench reads ":name" as a variable, so the JSON's colons travel as '#'
                exercisesJson.replace("'", "''").replace(":", "#")));
        Path logs = Files.createDirectories(dir.resolve("pgbench-log"));
        try (Stream<Path> old = Files.list(logs)) {
            for (Path f : old.toList()) {
                Files.delete(f);
            }
        }
        List<String> command = new ArrayList<>(List.of(tool("pgbench"), "-n", "-M", "prepared", "-c", String.valueOf(clients),
                "-j", "2", "-T", String.valueOf(seconds), "-f", script.toString(), "-l", "--log-prefix=" + logs.resolve("tx")));
        command.addAll(connection());
        Process p = withPassword(new ProcessBuilder(command)).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + out);
        }
        List<Long> micros = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f)) {
                    String[] cols = line.split(" ");
                    micros.add(Long.parseLong(cols[2]));
                }
            }
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalStateException("pgbench logged no transaction:\n" + out);
        }
        return new Result(clients, sorted.length, seconds, sorted[(int) (sorted.length * 0.50)] / 1000.0,
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1000.0);
    }

    private static String psql(String sql) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tool("psql"), "-tA", "-c", sql));
        command.addAll(connection());
        Process p = withPassword(new ProcessBuilder(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + out);
        }
        return out;
    }

    private static ProcessBuilder withPassword(ProcessBuilder pb) {
        pb.environment().put("PGPASSWORD", System.getenv().getOrDefault("PHYSIORX_DB_PASSWORD", "physiorx"));
        return pb;
    }

    /** The test database as the app's role sees it (bin/infra's defaults, overridable as there). */
    private static List<String> connection() {
        Map<String, String> env = System.getenv();
        return List.of("-h", env.getOrDefault("PHYSIORX_DB_HOST", "127.0.0.1"), "-p", env.getOrDefault("PHYSIORX_DB_PORT", "5432"),
                "-U", env.getOrDefault("PHYSIORX_DB_USER", "physiorx"), "-d", "physiorx_test");
    }

    /** pgbench and psql of the newest PostgreSQL under /usr/lib/postgresql, or from the PATH. */
    private static String tool(String name) throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                return versions.map(v -> v.resolve("bin").resolve(name)).filter(Files::isExecutable)
                        .max(Comparator.comparing(v -> Integer.parseInt(v.getParent().getParent().getFileName().toString()
                                .replaceAll("\\D", "0")))).map(Path::toString).orElse(name);
            }
        }
        return name;
    }

}
