package app.physiorx.handout;

import app.physiorx.clinic.PaperSize;
import app.physiorx.program.ProgramApi.PublishedItem;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws a home-program handout with OpenPDF: header, one card per exercise (a card moves
 * to the next page rather than split, unless it is longer than a page), a safety box, how to
 * log online with a QR code, and a two-week paper log. DejaVu Sans is embedded, so accented
 * letters and symbols such as × and ° print. Stateless and thread-safe.
 */
public final class HandoutRenderer {
    private static final Color INK = new Color(29, 42, 51);
    private static final Color MUTED = new Color(91, 107, 118);
    private static final Color BRAND = new Color(11, 110, 110);
    private static final Color WARN = new Color(154, 52, 18);
    private static final Color WARN_BG = new Color(255, 244, 237);
    private static final Color LINE = new Color(190, 203, 211);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** Decoded pictures by key: decoding a PNG costs more than drawing the rest of a handout. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Image> PICTURES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED_PICTURES = 500;
    /** The QR code of each patient-page address (there is one per installation); BitMatrix is read-only here. */
    private static final java.util.concurrent.ConcurrentHashMap<String, BitMatrix> QR_CODES = new java.util.concurrent.ConcurrentHashMap<>();

    private static final BaseFont REGULAR = font("/fonts/DejaVuSans.ttf");
    /**
     * Bold text is DejaVu Sans drawn with OpenPDF's simulated bold (fill and stroke): embedding
     * a second font subset cost about a third of the time of a whole handout.
     */
    private static final BaseFont BOLD = REGULAR;

    private HandoutRenderer() {
    }

    private static BaseFont font(String resource) {
        try (InputStream in = HandoutRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the application");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Type sizes, scaled about 1.5× for large print. */
    private record Type(Font title, Font heading, Font body, Font bold, Font small, Font dosage, Font warnHeading) {
        static Type of(boolean large) {
            float k = large ? 1.5f : 1f;
            return new Type(new Font(BOLD, 18 * k, Font.BOLD, BRAND), new Font(BOLD, 13 * k, Font.BOLD, INK),
                    new Font(REGULAR, 10.5f * k, Font.NORMAL, INK), new Font(BOLD, 10.5f * k, Font.BOLD, INK),
                    new Font(REGULAR, 8.5f * k, Font.NORMAL, MUTED), new Font(BOLD, 11.5f * k, Font.BOLD, BRAND),
                    new Font(BOLD, 11.5f * k, Font.BOLD, WARN));
        }
    }

    public static void render(HandoutData data, OutputStream out) {
        Type type = Type.of(data.largePrint());
        Rectangle page = data.paperSize() == PaperSize.LETTER ? PageSize.LETTER : PageSize.A4;
        Document doc = new Document(page, 42, 42, 48, 54);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
            writer.setPageEvent(new PageNumbers(type.small()));
            doc.addTitle(data.programTitle() + " – home program for " + data.patientName());
            doc.addAuthor(data.therapistName() + ", " + data.clinicName());
            doc.addSubject("Home exercise program, version " + data.versionNumber());
            doc.addCreator("PhysioRx");
            doc.open();
            header(doc, data, type);
            int n = 1;
            for (PublishedItem item : data.items()) {
                doc.add(card(n++, item, data.images().get(item.exerciseId()), type));
            }
            doc.add(safetyBox(data, type));
            doc.add(onlineBox(data, type, writer));
            logSheet(doc, writer, data, type, page);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("handout could not be drawn", e);
        }
    }

    private static void header(Document doc, HandoutData d, Type t) {
        if (d.logo() != null) {
            try {
                Image logo = picture(d.logo());
                logo.scaleToFit(140, 48);
                logo.setSpacingAfter(4);
                doc.add(logo);
            } catch (IOException | RuntimeException e) {
                // no logo rather than no handout
            }
        }
        Paragraph clinic = new Paragraph(d.clinicName() + (d.clinicPhone() == null ? "" : "  ·  " + d.clinicPhone()), t.small());
        doc.add(clinic);
        Paragraph title = new Paragraph(d.programTitle(), t.title());
        title.setSpacingBefore(4);
        doc.add(title);
        Paragraph who = new Paragraph();
        who.add(new Chunk("For ", t.body()));
        who.add(new Chunk(d.patientName(), t.bold()));
        who.add(new Chunk("  ·  version " + d.versionNumber() + ", " + DATE.format(d.publishedOn()), t.body()));
        doc.add(who);
        Paragraph therapist = new Paragraph("Your therapist: " + d.therapistName()
                + (d.therapistEmail() == null ? "" : " (" + d.therapistEmail() + ")")
                + (d.clinicPhone() == null ? "" : ", phone " + d.clinicPhone()), t.body());
        therapist.setSpacingAfter(6);
        doc.add(therapist);
        if (d.goal() != null) {
            Paragraph goal = new Paragraph(d.goal(), t.body());
            goal.setSpacingAfter(8);
            doc.add(goal);
        }
    }

    private static Image picture(HandoutData.Picture picture) throws IOException {
        Image decoded = PICTURES.get(picture.key());
        if (decoded == null) {
            decoded = Image.getInstance(printable(picture.data()));
            if (PICTURES.size() >= MAX_CACHED_PICTURES) {
                PICTURES.clear();
            }
            PICTURES.put(picture.key(), decoded);
        }
        return Image.getInstance(decoded);
    }

    /**
     * The picture as a JPEG of at most 900 px on white: PDF embeds JPEG data as it is, while a
     * PNG would be re-compressed in every document.
     */
    static byte[] printable(byte[] data) throws IOException {
        java.awt.image.BufferedImage source = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(data));
        if (source == null) {
            throw new IOException("not a picture");
        }
        double scale = Math.min(1.0, 900.0 / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        java.awt.image.BufferedImage rgb = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(source, 0, 0, w, h, null);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        try (javax.imageio.stream.ImageOutputStream ios = javax.imageio.ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new javax.imageio.IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static PdfPTable card(int number, PublishedItem item, HandoutData.Picture image, Type t) {
        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(LINE);
        cell.setPadding(9);
        cell.setUseAscender(true);
        cell.addElement(new Paragraph(number + ". " + item.exerciseName(), t.heading()));
        Paragraph dosage = new Paragraph(item.inWords(), t.dosage());
        dosage.setSpacingBefore(2);
        dosage.setSpacingAfter(4);
        cell.addElement(dosage);
        if (image != null) {
            try {
                Image picture = picture(image);
                picture.scaleToFit(220, 150);
                picture.setSpacingAfter(4);
                cell.addElement(picture);
            } catch (IOException | RuntimeException e) {
                // a picture that cannot be drawn is left out; the text carries the instructions
            }
        }
        cell.addElement(labelled("Position: ", item.positionText(), t));
        cell.addElement(labelled("You need: ", item.equipment().isEmpty() ? "no equipment" : String.join(", ", item.equipment()), t));
        if (!item.steps().isEmpty()) {
            org.openpdf.text.List steps = new org.openpdf.text.List(org.openpdf.text.List.ORDERED);
            steps.setIndentationLeft(4);
            for (String step : item.steps()) {
                steps.add(new org.openpdf.text.ListItem(step, t.body()));
            }
            cell.addElement(steps);
        }
        for (String cue : item.cues()) {
            cell.addElement(new Paragraph("• " + cue, t.body()));
        }
        for (String caution : item.precautions()) {
            cell.addElement(new Paragraph("! " + caution, new Font(t.body().getBaseFont(), t.body().getSize(), Font.NORMAL, WARN)));
        }
        if (item.notes() != null) {
            cell.addElement(labelled("From your therapist: ", item.notes(), t));
        }
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        // One row that is laid out late: it moves to the next page whole, and splits only if longer than a page.
        table.setSplitLate(true);
        table.addCell(cell);
        return table;
    }

    private static Paragraph labelled(String label, String text, Type t) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(label, t.bold()));
        p.add(new Chunk(text, t.body()));
        p.setSpacingAfter(2);
        return p;
    }

    private static PdfPTable safetyBox(HandoutData d, Type t) {
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(WARN_BG);
        cell.setBorderColor(WARN);
        cell.setBorderWidth(1.5f);
        cell.setPadding(10);
        cell.addElement(new Paragraph("Stay safe", t.warnHeading()));
        cell.addElement(new Paragraph("• If an exercise hurts a lot or feels very awkward, stop it and try a gentler version.", t.body()));
        cell.addElement(new Paragraph("• Keep your neck relaxed in every exercise.", t.body()));
        cell.addElement(new Paragraph("• Call the clinic if your pain is getting worse, if you notice numbness, tingling or "
                + "weakness, or if the pain makes everyday life harder.", t.body()));
        cell.addElement(new Paragraph("• Get urgent medical help for changes in bladder or bowel control or sudden weakness.", t.body()));
        if (d.clinicPhone() != null) {
            cell.addElement(new Paragraph(d.clinicName() + ": " + d.clinicPhone(), t.bold()));
        }
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        table.addCell(cell);
        return table;
    }

    private static PdfPTable onlineBox(HandoutData d, Type t, PdfWriter writer) {
        PdfPTable table = new PdfPTable(new float[] {3, 1});
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        PdfPCell text = new PdfPCell();
        text.setBorderColor(LINE);
        text.setPadding(10);
        text.addElement(new Paragraph("Log your sessions online", t.heading()));
        text.addElement(new Paragraph("Open your page to see today's exercises and tell your therapist how they went:", t.body()));
        text.addElement(new Paragraph(d.patientPageUrl(), t.bold()));
        text.addElement(new Paragraph("Or scan the code with your phone's camera.", t.small()));
        if (d.signIn() != null) {
            Paragraph username = labelled("Your username: ", "", t);
            username.add(new Chunk(d.signIn().username(), t.bold()));
            username.setSpacingBefore(6);
            text.addElement(username);
            Paragraph password = labelled("Temporary password: ", "", t);
            password.add(new Chunk(d.signIn().temporaryPassword(), t.bold()));
            text.addElement(password);
            text.addElement(new Paragraph("At your first sign-in you choose a password of your own; this one then stops working.",
                    t.small()));
        }
        table.addCell(text);
        PdfPCell qr = new PdfPCell(qrCode(d.patientPageUrl(), writer), true);
        qr.setBorderColor(LINE);
        qr.setPadding(8);
        table.addCell(qr);
        return table;
    }

    /** The QR code as vector squares (crisp at any print size). */
    private static Image qrCode(String url, PdfWriter writer) {
        try {
            BitMatrix matrix = QR_CODES.get(url);
            if (matrix == null) {
                matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 1));
                if (QR_CODES.size() < 16) {
                    QR_CODES.put(url, matrix);
                }
            }
            float module = 3f;
            PdfTemplate template = writer.getDirectContent().createTemplate(matrix.getWidth() * module, matrix.getHeight() * module);
            template.setColorFill(Color.BLACK);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        template.rectangle(x * module, (matrix.getHeight() - 1 - y) * module, module, module);
                    }
                }
            }
            template.fill();
            return Image.getInstance(template);
        } catch (WriterException | DocumentException e) {
            throw new IllegalStateException("QR code could not be drawn", e);
        }
    }

    /**
     * Two weeks, a tick box per exercise and day, and a row for the day's pain (0-10), on a
     * landscape page. The grid is drawn directly (lines and single-line labels), which costs
     * a fraction of laying out ~200 table cells.
     */
    private static void logSheet(Document doc, PdfWriter writer, HandoutData d, Type t, Rectangle page) {
        doc.setPageSize(page.rotate());
        doc.newPage();
        doc.add(new Paragraph("Two-week log", t.heading()));
        doc.add(new Paragraph("Tick each exercise on the days you do it, and write down your pain for the day from 0 "
                + "(none) to 10 (worst imaginable). Bring this sheet to your next visit.", t.body()));
        float size = d.largePrint() ? 11 : 8;
        float rowHeight = size * 2.3f;
        java.util.List<String> rows = new java.util.ArrayList<>();
        d.items().forEach(item -> rows.add(item.exerciseName()));
        rows.add("Pain today (0-10)");
        int row = 0;
        while (row < rows.size()) {
            float top = writer.getVerticalPosition(false) - 10;
            int fit = Math.max(1, (int) ((top - doc.bottom()) / rowHeight) - 1);
            int end = Math.min(rows.size(), row + fit);
            drawGrid(writer.getDirectContent(), doc.left(), doc.right(), top, rowHeight, size, rows.subList(row, end),
                    end == rows.size());
            row = end;
            if (row < rows.size()) {
                doc.newPage();
            }
        }
    }

    private static void drawGrid(PdfContentByte cb, float left, float right, float top, float rowHeight, float size,
                                 java.util.List<String> labels, boolean lastIsPain) {
        float firstColumn = (right - left) * 5 / 19;
        float day = (right - left - firstColumn) / 14;
        int lines = labels.size() + 1;
        float bottom = top - lines * rowHeight;
        cb.saveState();
        cb.setColorFill(new Color(230, 242, 242));
        cb.rectangle(left, top - rowHeight, right - left, rowHeight);
        cb.fill();
        cb.setColorStroke(LINE);
        cb.setLineWidth(0.6f);
        for (int i = 0; i <= lines; i++) {
            cb.moveTo(left, top - i * rowHeight);
            cb.lineTo(right, top - i * rowHeight);
        }
        cb.moveTo(left, top);
        cb.lineTo(left, bottom);
        for (int c = 0; c <= 14; c++) {
            float x = left + firstColumn + c * day;
            cb.moveTo(x, top);
            cb.lineTo(x, bottom);
        }
        cb.stroke();
        cb.beginText();
        cb.setColorFill(INK);
        float baseline = rowHeight / 2 - size / 3;
        cb.setFontAndSize(BOLD, size);
        cb.showTextAligned(Element.ALIGN_LEFT, "Exercise / day", left + 4, top - rowHeight + baseline, 0);
        for (int c = 1; c <= 14; c++) {
            cb.showTextAligned(Element.ALIGN_CENTER, String.valueOf(c), left + firstColumn + (c - 0.5f) * day,
                    top - rowHeight + baseline, 0);
        }
        for (int r = 0; r < labels.size(); r++) {
            boolean pain = lastIsPain && r == labels.size() - 1;
            BaseFont font = pain ? BOLD : REGULAR;
            cb.setFontAndSize(font, size);
            float y = top - (r + 2) * rowHeight + baseline;
            cb.showTextAligned(Element.ALIGN_LEFT, fit(labels.get(r), font, size, firstColumn - 8), left + 4, y, 0);
            if (!pain) {
                cb.setFontAndSize(REGULAR, size);
                for (int c = 1; c <= 14; c++) {
                    cb.showTextAligned(Element.ALIGN_CENTER, "☐", left + firstColumn + (c - 0.5f) * day, y, 0);
                }
            }
        }
        cb.endText();
        cb.restoreState();
    }

    /** The text, shortened with "…" to fit the width. */
    private static String fit(String text, BaseFont font, float size, float width) {
        if (font.getWidthPoint(text, size) <= width) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && font.getWidthPoint(s + "…", size) > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }

    /** "Page x of y" at the foot of every page; y is filled in when the document closes. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final Font font;
        private PdfTemplate total;

        PageNumbers(Font font) {
            this.font = font;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 20);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            String text = "Page " + writer.getPageNumber() + " of ";
            float size = font.getSize();
            float width = font.getBaseFont().getWidthPoint(text, size);
            float x = (document.right() + document.left()) / 2 - width / 2;
            float y = document.bottom() - 28;
            cb.beginText();
            cb.setFontAndSize(font.getBaseFont(), size);
            cb.setColorFill(MUTED);
            cb.setTextMatrix(x, y);
            cb.showText(text);
            cb.endText();
            cb.addTemplate(total, x + width, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font.getBaseFont(), font.getSize());
            total.setColorFill(MUTED);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
