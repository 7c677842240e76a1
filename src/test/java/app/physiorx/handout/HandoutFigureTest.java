package app.physiorx.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.physiorx.clinic.PaperSize;
import app.physiorx.exercise.Side;
import app.physiorx.program.ProgramApi.PublishedItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStream;

/** The handout draws an exercise's poses as vector paths; an uploaded picture still wins. */
@Tag("unit")
class HandoutFigureTest {
    static PublishedItem item(int position, long id, String name, Side side) {
        return new PublishedItem(position, id, name, "Sitting", List.of(), List.of("Do it."), List.of(), List.of(), 2, 10,
                side, null, null, null, 1, 7, List.of(DayOfWeek.values()), null, null, null, "2 × 10", "2 sets of 10");
    }

    static byte[] handout(Map<Long, HandoutData.Picture> images, Map<Long, String> figures) {
        List<PublishedItem> items = new ArrayList<>();
        items.add(item(1, 1, "Chin Tuck", Side.BOTH));
        items.add(item(2, 2, "Bridge", Side.BOTH));
        items.add(item(3, 3, "Clamshell", Side.RIGHT));
        HandoutData data = new HandoutData("Clinic", null, PaperSize.A4, "Ann Lee", "Neck and hips", null, 1,
                LocalDate.of(2026, 1, 2), "Therapist", null, items, images, "https://example.org/me", false, null, null, null,
                figures);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HandoutRenderer.render(data, out);
        return out.toByteArray();
    }

    static int imageXObjects(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        int images = 0;
        for (int i = 0; i < reader.getXrefSize(); i++) {
            PdfObject o = reader.getPdfObjectRelease(i);
            if (o instanceof PdfStream s && PdfName.IMAGE.equals(((PdfDictionary) s).get(PdfName.SUBTYPE))) {
                images++;
            }
        }
        return images;
    }

    static int formXObjects(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        int forms = 0;
        for (int i = 0; i < reader.getXrefSize(); i++) {
            PdfObject o = reader.getPdfObjectRelease(i);
            if (o instanceof PdfStream s && PdfName.FORM.equals(((PdfDictionary) s).get(PdfName.SUBTYPE))) {
                forms++;
            }
        }
        return forms;
    }

    @Test
    void drawnFiguresAreVectorFormsWithoutAnyImage() throws IOException {
        byte[] pdf = handout(Map.of(), Map.of(1L, "chin-tuck", 2L, "bridge", 3L, "clamshell"));
        assertEquals(0, imageXObjects(pdf), "a drawn figure embeds no image");
        assertEquals(3, formXObjects(pdf) - formXObjects(handout(Map.of(), Map.of())), "one vector form per figure");
        Path out = Path.of("target/figures");
        Files.createDirectories(out);
        Files.write(out.resolve("handout.pdf"), pdf);
    }

    @Test
    void theKeptPathOperatorsAreExactlyWhatDrawingThePairWritesAndEveryDocumentGetsThem() throws Exception {
        for (boolean mirrored : new boolean[] {false, true}) {
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            org.openpdf.text.Document doc = new org.openpdf.text.Document();
            org.openpdf.text.pdf.PdfWriter writer = org.openpdf.text.pdf.PdfWriter.getInstance(doc, sink);
            doc.open();
            org.openpdf.text.pdf.PdfTemplate direct = writer.getDirectContent().createTemplate(HandoutFigures.WIDTH,
                    HandoutFigures.HEIGHT);
            assertEquals(true, app.physiorx.figure.Figures.drawPair(direct, "clamshell", mirrored, 0, 0,
                    HandoutFigures.WIDTH, HandoutFigures.HEIGHT));
            assertEquals(new String(direct.toPdf(null), java.nio.charset.StandardCharsets.ISO_8859_1),
                    new String(HandoutFigures.content("clamshell", mirrored), java.nio.charset.StandardCharsets.ISO_8859_1),
                    "the same lines, curves and colours as drawing the pair into the form");
            doc.add(new org.openpdf.text.Paragraph("x"));
            doc.close();
        }
        byte[] first = handout(Map.of(), Map.of(1L, "chin-tuck", 2L, "bridge", 3L, "clamshell"));
        byte[] second = handout(Map.of(), Map.of(1L, "chin-tuck", 2L, "bridge", 3L, "clamshell"));
        assertEquals(formXObjects(first), formXObjects(second), "a later handout draws the same forms");
        assertEquals(0, HandoutFigures.content("no-such-pose", false).length, "no operators for an exercise without poses");
    }

    @Test
    void anUploadedPictureWinsOverTheDrawing() throws IOException {
        byte[] png = app.physiorx.support.Pictures.picture("png", 40, 30);
        byte[] pdf = handout(Map.of(1L, new HandoutData.Picture("1@x", png)), Map.of(1L, "chin-tuck"));
        assertEquals(1, imageXObjects(pdf));
        assertEquals(formXObjects(handout(Map.of(), Map.of())), formXObjects(pdf), "no drawn figure beside the picture");
    }
}
