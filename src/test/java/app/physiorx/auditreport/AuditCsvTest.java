package app.physiorx.auditreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.auditreport.AuditService.AuditView;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("unit")
class AuditCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")\n", "=1+1\n", "+cmd", "-2+3", "@SUM(A1)", "\t=x", "\r=x", "\n=x",
            "=HYPERLINK(\"http://x\",\"y\")\nsecond line"})
    void aCellThatCouldStartAFormulaGetsAQuoteInFrontEvenAcrossLines(String payload) throws Exception {
        CSVRecord record = writtenAndReadBack(payload);
        for (int i = 2; i < record.size(); i++) {
            if (i == 8) {
                continue;
            }
            assertEquals("'" + payload, record.get(i), "column " + AuditCsv.HEADER[i]);
        }
    }

    @Test
    void plainCellsAreLeftAsTheyAreAndQuotesSurviveTheRoundTrip() throws Exception {
        CSVRecord record = writtenAndReadBack("Tessa \"T\" Morgan, PT");
        assertEquals("Tessa \"T\" Morgan, PT", record.get(3));
        assertEquals("42", record.get(8));
    }

    @Test
    void exportedNamesLoseTheirBidirectionalControls() throws Exception {
        CSVRecord record = writtenAndReadBack("Paul Jensen\u202E");
        assertEquals("Paul Jensen", record.get(3));
        assertEquals("Paul Jensen", record.get(9));
    }

    @Test
    void theQuotedCellHelperDefusesMultiLineFormulas() {
        assertEquals("\"'=HYPERLINK(1)\n\"", AuditService.csv("=HYPERLINK(1)\n"));
        assertEquals("\"a \"\"b\"\"\"", AuditService.csv("a \"b\""));
    }

    private static CSVRecord writtenAndReadBack(String payload) throws Exception {
        AuditView v = new AuditView(7, OffsetDateTime.parse("2026-12-01T10:00:00Z"), payload, payload, payload, payload,
                payload, payload, 42L, payload, payload, payload, payload, payload);
        StringWriter out = new StringWriter();
        try (AuditCsv csv = new AuditCsv(out)) {
            csv.write(v);
        }
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(out.toString())).getRecords();
        assertEquals(1, records.size(), out.toString());
        assertTrue(out.toString().startsWith("id,at_utc,user,"), out.toString());
        return records.get(0);
    }
}
