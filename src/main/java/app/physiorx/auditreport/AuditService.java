package app.physiorx.auditreport;


import app.physiorx.account.Account;
import app.physiorx.common.DisplayText;
import app.physiorx.patient.PatientService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Reading the audit trail (clinic admins, their clinic only); the chain check is audit.AuditVerification. */
@ApplicationScoped
public class AuditService {
    private final AuditQueries queries;
    private final PatientService patients;

    public AuditService(AuditQueries queries, PatientService patients) {
        this.queries = queries;
        this.patients = patients;
    }

    public record Filter(Long patientId, String user, String action, LocalDate from, LocalDate to) {
        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    public record AuditView(long id, OffsetDateTime at, String subject, String actorName, String actorRole, String action,
                            String resourceType, String resourceId, Long patientId, String patientName, String outcome,
                            String request, String clientAddress, String userAgent) {
    }

    /**
     * A page of events. {@code total} is exact up to 1,000; beyond that it is 1,001 and {@code more} is true
     * (counting a long trail exactly on every page costs a scan of the clinic's whole history).
     */
    public record AuditPage(List<AuditView> events, int page, int size, long total, boolean more, boolean hasOlder) {
        public static AuditPage empty(int size) {
            return new AuditPage(List.of(), 0, size, 0, false, false);
        }

        public int older() {
            return page + 1;
        }

        public int newer() {
            return page - 1;
        }
    }

    /** Everyone who touched one patient's record: who, in which role, how often, first and last time. */
    public record Toucher(String actorName, String actorRole, String subject, long events, long denied,
                          OffsetDateTime first, OffsetDateTime last) {
    }

    public record AccessReport(long patientId, String patientName, List<Toucher> touchers, List<AuditView> events) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditPage search(Account admin, Filter f, int page, int size) {
        return queries.search(admin, f, page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccessReport accessReport(Account admin, long patientId) {
        var patient = patients.visible(admin, patientId);
        Filter f = new Filter(patientId, null, null, null, null);
        List<Toucher> touchers = queries.touchers(admin, patientId);
        return new AccessReport(patientId, DisplayText.name(patient.name()), touchers, search(admin, f, 0, 200).events());
    }

    /** Every filtered event as CSV (newest first, any number), written as the cursor reads them. */
    @Transactional
    public void exportCsv(Account admin, Filter f, OutputStream out) {
        try (AuditCsv csv = new AuditCsv(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            queries.forEach(admin, f, v -> {
                try {
                    csv.write(v);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV cell as the export writes it: quoted, and defused when it could start a spreadsheet formula. */
    public static String csv(String s) {
        return "\"" + AuditCsv.cell(s).replace("\"", "\"\"") + "\"";
    }
}
