package app.physiorx.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.handout.HandoutText.Line;
import app.physiorx.handout.HandoutText.Placed;
import app.physiorx.handout.HandoutText.Run;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Font;

@Tag("unit")
class HandoutTextTest {
    private static final Font BODY = new Font(HandoutStyle.REGULAR, 10.5f);
    private static final Font BOLD = new Font(HandoutStyle.REGULAR, 10.5f, Font.BOLD);

    private static String text(List<Line> lines) {
        return lines.stream().map(l -> l.runs().stream().map(Placed::text).collect(Collectors.joining("|")))
                .collect(Collectors.joining("\n"));
    }

    private static float right(Placed run) {
        return run.x() + run.font().getBaseFont().getWidthPoint(run.text(), run.font().getSize());
    }

    @Test
    void linesBreakAtSpacesAndNoLineIsWiderThanTheBox() {
        String text = "Sit tall with your arms relaxed at your sides and squeeze your shoulder blades gently together "
                + "and down while you breathe out slowly";
        List<Line> lines = HandoutText.lines(BODY, text, 150);
        assertTrue(lines.size() > 2, text(lines));
        for (Line line : lines) {
            Placed last = line.runs().getLast();
            assertTrue(right(last) <= 150.01f, "line too wide: " + last.text());
            assertTrue(!last.text().endsWith(" ") && !line.runs().getFirst().text().startsWith(" "), "spaces trimmed");
        }
        assertEquals(text, text(lines).replace("\n", " "), "every word kept, in order");
    }

    @Test
    void aWordLongerThanTheLineIsCutWhereItMustBeAndNothingIsLost() {
        String word = "x".repeat(300);
        List<Line> lines = HandoutText.lines(BODY, "Start " + word + " end", 100);
        assertTrue(lines.size() >= 3, "the word takes several lines");
        assertEquals("Start" + word + "end", text(lines).replace("\n", "").replace(" ", ""), "every letter kept");
        for (Line line : lines) {
            assertTrue(right(line.runs().getLast()) <= 100.01f, "line too wide");
        }
    }

    @Test
    void lineBreaksInTheTextStartNewLines() {
        assertEquals("One\nTwo\nThree", text(HandoutText.lines(BODY, "One\nTwo\r\nThree", 400)));
    }

    @Test
    void aLabelAndItsTextShareTheFirstLineInTheirOwnStyles() {
        List<Line> lines = HandoutText.lines(null, 0, List.of(new Run(BOLD, "You need: "), new Run(BODY, "a chair")), 400);
        assertEquals(1, lines.size());
        assertEquals("You need:|a chair", text(lines));
        assertTrue(lines.getFirst().runs().get(1).x() > lines.getFirst().runs().get(0).x());
    }

    @Test
    void aNumberedStepHangsItsWrappedLinesAfterTheNumber() {
        List<Line> lines = HandoutText.lines(new Run(BODY, "1."), 20,
                List.of(new Run(BODY, "Lie on your back with your knees bent and your feet flat on the floor")), 120);
        assertTrue(lines.size() > 1);
        assertEquals(0, lines.getFirst().runs().getFirst().x(), "the number at the edge");
        for (Line line : lines) {
            assertEquals(20, line.runs().getLast().x(), 0.01, "text starts after the number on every line");
        }
    }

    @Test
    void thePatientPageAddressAndTheQrCodeAreLinksToThePatientPage() throws Exception {
        byte[] pdf = HandoutFigureTest.handout(java.util.Map.of(), java.util.Map.of());
        org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(pdf);
        int links = 0;
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            org.openpdf.text.pdf.PdfArray annotations = reader.getPageN(page).getAsArray(org.openpdf.text.pdf.PdfName.ANNOTS);
            for (int i = 0; annotations != null && i < annotations.size(); i++) {
                org.openpdf.text.pdf.PdfDictionary a = annotations.getAsDict(i);
                org.openpdf.text.pdf.PdfDictionary action = a.getAsDict(org.openpdf.text.pdf.PdfName.A);
                if (action != null && "https://example.org/me".equals(action.getAsString(org.openpdf.text.pdf.PdfName.URI).toString())) {
                    links++;
                }
            }
        }
        assertEquals(2, links, "the address line and the QR code");
    }
}
