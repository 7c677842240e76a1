package app.physiorx.auditreport;

import app.physiorx.auditreport.AuditService.AuditView;
import app.physiorx.common.DisplayText;
import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The audit export written with Apache Commons CSV (quoting cells that need it), each cell defused so a
 * spreadsheet never runs it as a formula: a first character of = + - @, tab, CR or LF gets a quote before it.
 */
final class AuditCsv implements AutoCloseable {
    static final String[] HEADER = {"id", "at_utc", "user", "user_name", "role", "action", "resource_type", "resource_id",
            "patient_id", "patient", "outcome", "request", "client_address", "user_agent"};

    private final CSVPrinter printer;

    AuditCsv(Writer out) throws IOException {
        printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.MINIMAL)
                .setRecordSeparator("\n").get());
        printer.printRecord((Object[]) HEADER);
    }

    void write(AuditView v) throws IOException {
        printer.printRecord(String.valueOf(v.id()), v.at().toString(), cell(v.subject()), cell(DisplayText.name(v.actorName())),
                cell(v.actorRole()), cell(v.action()), cell(v.resourceType()), cell(v.resourceId()),
                v.patientId() == null ? "" : v.patientId().toString(), cell(DisplayText.name(v.patientName())),
                cell(v.outcome()), cell(v.request()), cell(v.clientAddress()), cell(v.userAgent()));
    }

    /** The value, with a single quote before it when its first character could start a formula. */
    static String cell(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char first = s.charAt(0);
        return "=+-@\t\r\n".indexOf(first) >= 0 ? "'" + s : s;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
