package app.physiorx.handout;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.account.Account;
import app.physiorx.account.Role;
import app.physiorx.patient.Patient;
import app.physiorx.program.ProgramApi.NewProgram;
import app.physiorx.program.ProgramApi.VersionView;
import app.physiorx.program.ProgramService;
import app.physiorx.support.Browser;
import app.physiorx.support.Tokens;
import com.microsoft.playwright.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Handout rendering (bin/bench): OpenPDF in-process against headless Chromium printing the
 * print-friendly HTML view of the same handout (10 starter exercises, each with its drawn start and end figures), and a 500-patient bulk ZIP with its peak heap.
 * Prints figures and ratios; asserts nothing about speed, but fails when a render fails (also on a
 * worker thread) or produces nothing.
 */
@QuarkusTest
class HandoutBenchmark {
    @Inject
    EntityManager em;

    @Inject
    ProgramService programs;

    @Inject
    HandoutService handouts;

    @Inject
    Engine qute;

    @Inject
    HandoutQueries handoutQueries;

    @Test
    void handoutRendering() throws Exception {
        given().header("Authorization", Tokens.bearer("therapist1")).get("/api/me").then().statusCode(200);
        Account therapist = QuarkusTransaction.requiringNew().call(() -> {
            Object[] r = (Object[]) em.createNativeQuery(
                    "select id, clinic_id from user_profile where username = 'therapist1'").getSingleResult();
            return new Account(((Number) r[0]).longValue(), "bench", "therapist1", "Tessa Morgan", null, Role.THERAPIST,
                    ((Number) r[1]).longValue(), "riverside", "Riverside Physio");
        });
        VersionView version = publishedVersion(therapist);
        HandoutData base = QuarkusTransaction.requiringNew().call(() -> handouts.data(version, false));
        // Ten starter exercises, each drawn from its poses (start and end figure as vector paths), no uploaded picture.
        List<app.physiorx.program.ProgramApi.PublishedItem> items = version.items().subList(0, 10);
        Map<Long, String> figures = QuarkusTransaction.requiringNew().call(() -> handoutQueries.figures(
                items.stream().map(app.physiorx.program.ProgramApi.PublishedItem::exerciseId).toList()));
        for (var item : items) {
            assertTrue(figures.containsKey(item.exerciseId()), item.exerciseName() + " has drawn figures");
        }
        HandoutData data = new HandoutData(base.clinicName(), "+1 555 0100", base.paperSize(), base.patientName(),
                base.programTitle(), base.goal(), base.versionNumber(), base.publishedOn(), base.therapistName(),
                base.therapistEmail(), items, Map.of(), base.patientPageUrl(), false, null, null, null, figures);

        // --- OpenPDF, one thread
        for (int i = 0; i < 300; i++) {
            render(data);
        }
        int runs = 1000;
        double[] ms = new double[runs];
        double[] cpu = new double[runs]; // the thread's CPU time: what the render costs, whatever else the machine runs
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long size = 0;
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            size = render(data);
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        double oneThread = runs / (Arrays.stream(ms).sum() / 1000);
        HandoutData textOnly = new HandoutData(data.clinicName(), data.clinicPhone(), data.paperSize(), data.patientName(),
                data.programTitle(), data.goal(), data.versionNumber(), data.publishedOn(), data.therapistName(),
                data.therapistEmail(), data.items(), Map.of(), data.patientPageUrl(), false, null, null, null, Map.of());
        double[] plain = new double[300];
        for (int i = 0; i < plain.length; i++) {
            long s = System.nanoTime();
            render(textOnly);
            plain[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(plain);

        // --- OpenPDF, all cores, 10 seconds
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicLong done = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        List<Future<Void>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < cores; t++) {
            workers.add(pool.submit(() -> {
                while (!stop.get()) {
                    render(data);
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        Thread.sleep(10_000);
        stop.set(true);
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS), "renderers still running");
        for (Future<Void> worker : workers) {
            worker.get(); // a render that failed on a worker fails the benchmark (ExecutionException)
        }
        assertTrue(done.get() > 0, "no handout rendered on the worker threads");
        double allCores = done.get() / ((System.nanoTime() - start) / 1e9);

        // --- Chromium printing the print view of the same data (warm browser, one page reused)
        String css = new String(getClass().getResourceAsStream("/META-INF/resources/static/print.css").readAllBytes(),
                StandardCharsets.UTF_8);
        io.quarkus.qute.Template print = qute.getTemplate("HandoutPages/print");
        assertNotNull(print, "the print view's template");
        String html = print.data("handout", data).render()
                .replace("<link rel=\"stylesheet\" href=\"/static/print.css\">", "<style>" + css + "</style>");
        html = withFigures(html, data);
        double[] chrome;
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            for (int i = 0; i < 10; i++) {
                chromePdf(page, html);
            }
            int chromeRuns = 60;
            chrome = new double[chromeRuns];
            for (int i = 0; i < chromeRuns; i++) {
                long s = System.nanoTime();
                chromePdf(page, html);
                chrome[i] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(chrome);
        }

        System.out.printf(Locale.ROOT, "%n== Handout: 10 illustrated exercises (start and end figures as vector paths), %d bytes per PDF, %d cores ==%n",
                size, cores);
        System.out.printf(Locale.ROOT, "OpenPDF in-process       p50 %6.2f ms  p99 %6.2f ms   %6.0f docs/s on 1 thread   (target p50 < 5 ms)%n",
                pct(ms, 50), pct(ms, 99), oneThread);
        System.out.printf(Locale.ROOT, "OpenPDF CPU time         p50 %6.2f ms  p99 %6.2f ms   (load average %.1f)%n", pct(cpu, 50),
                pct(cpu, 99), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "OpenPDF without figures  p50 %6.2f ms  p99 %6.2f ms%n", pct(plain, 50), pct(plain, 99));
        System.out.printf(Locale.ROOT, "OpenPDF all cores        %6.0f docs/s on %d threads%n", allCores, cores);
        System.out.printf(Locale.ROOT, "Chromium print-to-PDF    p50 %6.2f ms  p99 %6.2f ms   (warm browser, the print view with the same SVG figures)%n",
                pct(chrome, 50), pct(chrome, 99));
        System.out.printf(Locale.ROOT, "ratio p50 Chromium / OpenPDF: %.1fx   (target >= 20x)%n", pct(chrome, 50) / pct(ms, 50));

        // --- Bulk ZIP: 100 and 500 patients' handouts, streamed. The live heap (used after a full GC,
        // sampled every 2 MB of ZIP written) shows whether memory grows with the count.
        for (int count : List.of(100, 500)) {
            HandoutService.BulkPlan plan = new HandoutService.BulkPlan(Collections.nCopies(count, version), List.of());
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peakLive = new AtomicLong(before);
            CountingStream out = new CountingStream() {
                long nextSample = 2_000_000;

                @Override
                public void write(byte[] b, int off, int len) {
                    super.write(b, off, len);
                    if (count >= nextSample) {
                        nextSample += 2_000_000;
                        System.gc();
                        peakLive.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    }
                }
            };
            long s = System.nanoTime();
            handouts.writeBulk(plan, false, out);
            double seconds = (System.nanoTime() - s) / 1e9;
            System.out.printf(Locale.ROOT, "bulk ZIP %3d handouts: %5.2f s (%4.1f ms each), %5.1f MB written, live heap peak %4.0f MB (%+.1f MB over the start)%n",
                    count, seconds, seconds * 1000 / count, out.count / 1e6, peakLive.get() / 1e6, (peakLive.get() - before) / 1e6);
        }
    }

    /** Renders the handout; a render that throws or writes nothing fails the benchmark. */
    private static long render(HandoutData data) {
        CountingStream out = new CountingStream();
        HandoutRenderer.render(data, out);
        assertTrue(out.count > 0, "empty handout");
        return out.count;
    }

    /**
     * The print view does not draw the figures; for a fair comparison each card gets the same start and end
     * figures as inline SVG after its dosage line, as the patient's page shows them.
     */
    private static String withFigures(String html, HandoutData data) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (var item : data.items()) {
            int dosage = html.indexOf("<p class=\"dosage\">", at);
            assertTrue(dosage >= 0, "a card per exercise in the print view");
            int end = html.indexOf("</p>", dosage) + 4;
            String slug = data.figures().get(item.exerciseId());
            boolean mirrored = item.side() == app.physiorx.exercise.Side.RIGHT;
            out.append(html, at, end).append("<div class=\"figures\" style=\"display:flex;gap:8px;height:96px\">")
                    .append(app.physiorx.figure.Figures.startSvg(slug, item.exerciseName(), mirrored))
                    .append(app.physiorx.figure.Figures.endSvg(slug, item.exerciseName(), mirrored)).append("</div>");
            at = end;
        }
        out.append(html.substring(at));
        assertTrue(out.toString().split("<svg", -1).length - 1 >= 20, "the print view shows the 20 figures");
        return out.toString();
    }

    private static void chromePdf(Page page, String html) {
        page.setContent(html);
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true));
        assertTrue(pdf.length > 0, "Chromium printed an empty PDF");
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private VersionView publishedVersion(Account therapist) {
        long patientId = QuarkusTransaction.requiringNew().call(() -> {
            Patient p = new Patient();
            p.clinicId = therapist.clinicId();
            p.therapistId = therapist.userId();
            p.firstName = "Bench";
            p.lastName = "Handout";
            p.startOfCare = LocalDate.now();
            p.createdBy("bench");
            p.persist();
            return p.id;
        });
        long template = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from protocol_template where name = 'Upper back pain' and clinic_id is null").getSingleResult()).longValue());
        long programId = programs.create(therapist, patientId, new NewProgram("Upper back pain", template, null)).id();
        programs.publish(therapist, programId, null);
        return programs.version(therapist, programId, 1);
    }

    private static class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
