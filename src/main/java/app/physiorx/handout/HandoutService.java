package app.physiorx.handout;

import app.physiorx.config.PhysioRxConfig;
import app.physiorx.account.Account;
import app.physiorx.program.ProgramApi.PublishedItem;
import app.physiorx.program.ProgramApi.VersionView;
import app.physiorx.program.ProgramService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Handouts of published program versions. Reading goes through {@link ProgramService}, so a
 * handout is scoped exactly like the version it prints (another clinic or therapist: 404).
 */
@ApplicationScoped
public class HandoutService {
    private final HandoutQueries queries;
    private final ProgramService programs;
    private final app.physiorx.patient.PatientService patientScope;
    private final String publicUrl;

    private final app.physiorx.program.ProgramLanguage language;

    public HandoutService(HandoutQueries queries, ProgramService programs, app.physiorx.patient.PatientService patientScope,
                          PhysioRxConfig config, app.physiorx.program.ProgramLanguage language) {
        this.language = language;
        this.queries = queries;
        this.programs = programs;
        this.patientScope = patientScope;
        this.publicUrl = config.publicUrl().replaceAll("/$", "");
    }

    public record Pdf(String fileName, byte[] bytes) {
    }

    /** A staff handout; the first one after a sign-in was issued also prints that sign-in (once). */
    @Transactional
    public Pdf forStaff(Account caller, long programId, int number, boolean largePrint) {
        return forStaff(caller, programId, number, largePrint, true);
    }

    /**
     * A staff handout; with {@code printSignIn} the pending sign-in is printed on it and then dropped
     * (the pages ask for that with an explicit POST, so a plain link never uses it up).
     */
    @Transactional
    public Pdf forStaff(Account caller, long programId, int number, boolean largePrint, boolean printSignIn) {
        Loaded loaded = load(programs.version(caller, programId, number), largePrint);
        return pdf(printSignIn ? withSignIn(loaded.data(), loaded.patientId()) : loaded.data());
    }

    private HandoutData withSignIn(HandoutData d, long patientId) {
        return patientScope.takePendingSignIn(patientId).map(s -> new HandoutData(d.clinicName(), d.clinicPhone(),
                d.paperSize(), d.patientName(), d.programTitle(), d.goal(), d.versionNumber(), d.publishedOn(),
                d.therapistName(), d.therapistEmail(), d.items(), d.images(), d.patientPageUrl(), d.largePrint(),
                new HandoutData.SignIn(s.username(), s.temporaryPassword()), d.logo(), d.nextStage(), d.figures(), d.language()))
                .orElse(d);
    }

    @Transactional
    public Pdf forPatient(Account patient, boolean largePrint) {
        return pdf(data(programs.currentForPatient(patient), largePrint));
    }

    /** The content of a staff handout, for the print-friendly HTML view. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HandoutData dataForStaff(Account caller, long programId, int number) {
        return data(programs.version(caller, programId, number), false);
    }

    /** What a bulk download will contain; checks that the caller may see every patient (404 otherwise). */
    public record BulkPlan(List<VersionView> versions, List<String> missing) {
    }

    @Transactional
    public BulkPlan planBulk(Account caller, List<Long> patientIds) {
        List<VersionView> versions = new java.util.ArrayList<>();
        List<String> missing = new java.util.ArrayList<>();
        for (long id : patientIds.stream().distinct().toList()) {
            var patient = patientScope.visible(caller, id);
            programs.currentForPatientRecord(patient.id()).ifPresentOrElse(versions::add,
                    () -> missing.add(patient.name() + ": no published program"));
        }
        return new BulkPlan(versions, missing);
    }

    /**
     * Current handouts of the planned patients as one ZIP, written straight to {@code out}: one
     * PDF at a time, so memory stays flat whatever the count. Patients without a published
     * program are listed in "not-included.txt".
     */
    public void writeBulk(BulkPlan plan, boolean largePrint, java.io.OutputStream out) throws java.io.IOException {
        writeBulk(plan, largePrint, true, out);
    }

    /** As {@link #writeBulk(BulkPlan, boolean, java.io.OutputStream)}; pending sign-ins are printed only with {@code printSignIn}. */
    public void writeBulk(BulkPlan plan, boolean largePrint, boolean printSignIn, java.io.OutputStream out)
            throws java.io.IOException {
        List<VersionView> versions = plan.versions();
        List<String> missing = plan.missing();
        java.util.Set<String> names = new java.util.HashSet<>();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (VersionView version : versions) {
                HandoutData data = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .call(() -> {
                            Loaded loaded = load(version, largePrint);
                            return printSignIn ? withSignIn(loaded.data(), loaded.patientId()) : loaded.data();
                        });
                String name = fileName(data);
                for (int i = 2; !names.add(name); i++) {
                    name = fileName(data).replace(".pdf", "-" + i + ".pdf");
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                HandoutRenderer.render(data, new NonClosing(zip));
                zip.closeEntry();
                zip.flush();
            }
            if (!missing.isEmpty()) {
                zip.putNextEntry(new java.util.zip.ZipEntry("not-included.txt"));
                zip.write(String.join("\n", missing).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    /** Lets the PDF writer close "its" stream without closing the ZIP around it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }

    /** The handout's content: one query for the people and the clinic, one for the pictures ({@link HandoutQueries}). */
    HandoutData data(VersionView version, boolean largePrint) {
        return load(version, largePrint).data();
    }

    /** A handout's content and the id of its patient. */
    private record Loaded(HandoutData data, long patientId) {
    }

    /**
     * The handout is the patient's: only the active stage's exercises, with the line about the next stage, in the
     * patient's language (the exercises' translations where they have one).
     */
    private Loaded load(VersionView published, boolean largePrint) {
        HandoutQueries.People people = queries.people(published.programId());
        VersionView version = language.in(published, people.language()).forPatient();
        List<Long> exerciseIds = version.items().stream().map(PublishedItem::exerciseId).distinct().toList();
        Map<Long, HandoutData.Picture> images = queries.pictures(version.items());
        return new Loaded(new HandoutData(people.clinicName(), people.clinicPhone(), people.paperSize(), people.patientName(),
                version.title(), version.goal(), version.number(), version.publishedAt().toLocalDate(), people.therapistName(),
                people.therapistEmail(), version.items(), images, app.physiorx.account.SignInLanguage.patientHome(publicUrl, people.language()), largePrint, null, people.logo(),
                version.nextStage(), queries.figures(exerciseIds), people.language()),
                people.patientId());
    }

    static Pdf pdf(HandoutData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        HandoutRenderer.render(data, out);
        return new Pdf(fileName(data), out.toByteArray());
    }

    /** "jensen-upper-back-pain-v2.pdf": ASCII only, safe in any Content-Disposition. */
    static String fileName(HandoutData d) {
        String last = d.patientName().contains(" ") ? d.patientName().substring(d.patientName().lastIndexOf(' ') + 1) : d.patientName();
        String base = Normalizer.normalize(last + "-" + d.programTitle(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.length() > 80) {
            base = base.substring(0, 80);
        }
        return (base.isEmpty() ? "home-program" : base) + "-v" + d.versionNumber() + (d.largePrint() ? "-large" : "") + ".pdf";
    }
}
