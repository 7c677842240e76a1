package app.physiorx.handout;

import app.physiorx.clinic.PaperSize;
import app.physiorx.program.ProgramApi.PublishedItem;
import app.physiorx.program.PublishedItemText;
import app.physiorx.handout.HandoutStyle.Type;
import static app.physiorx.handout.HandoutStyle.WARN;
import static app.physiorx.handout.HandoutStyle.WARN_BG;
import static app.physiorx.handout.HandoutStyle.LINE;
import static app.physiorx.handout.HandoutStyle.DATE;
import java.io.IOException;
import java.io.OutputStream;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws a home-program handout with OpenPDF: header, one card per exercise (a card moves
 * to the next page rather than split, unless it is longer than a page), a safety box, how to
 * log online with a QR code, and a two-week paper log. DejaVu Sans is embedded, so accented
 * letters and symbols such as × and ° print. Stateless and thread-safe. Styles are in {@link HandoutStyle},
 * pictures and the QR code in {@link HandoutPictures}, the log in {@link HandoutLogSheet}.
 */
public final class HandoutRenderer {
    private HandoutRenderer() {
    }

    public static void render(HandoutData data, OutputStream out) {
        Type type = Type.of(data.largePrint());
        Rectangle page = data.paperSize() == PaperSize.LETTER ? PageSize.LETTER : PageSize.A4;
        Document doc = new Document(page, 42, 42, 48, 54);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
            writer.setPageEvent(new HandoutPageNumbers(type.small()));
            doc.addTitle(data.programTitle() + " – home program for " + data.patientName());
            doc.addAuthor(data.therapistName() + ", " + data.clinicName());
            doc.addSubject("Home exercise program, version " + data.versionNumber());
            doc.addCreator("PhysioRx");
            doc.open();
            header(doc, data, type);
            int n = 1;
            for (PublishedItem item : data.items()) {
                doc.add(card(n++, item, data.images().get(item.exerciseId()), data.figures().get(item.exerciseId()), type, writer));
            }
            doc.add(safetyBox(data, type));
            doc.add(onlineBox(data, type, writer));
            HandoutLogSheet.logSheet(doc, writer, data, type, page);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("handout could not be drawn", e);
        }
    }

    private static void header(Document doc, HandoutData d, Type t) {
        if (d.logo() != null) {
            try {
                Image logo = HandoutPictures.picture(d.logo());
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
        if (d.nextStage() != null) {
            Paragraph next = new Paragraph(d.nextStage(), t.body());
            next.setSpacingAfter(8);
            doc.add(next);
        }
    }

    private static PdfPTable card(int number, PublishedItem item, HandoutData.Picture image, String figure, Type t,
                                  PdfWriter writer) {
        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(LINE);
        cell.setPadding(9);
        cell.setUseAscender(true);
        cell.addElement(new Paragraph(number + ". " + item.exerciseName(), t.heading()));
        if (item.subtitle() != null) {
            cell.addElement(new Paragraph(item.subtitle(), t.body()));
        }
        Paragraph dosage = new Paragraph(item.inWords(), t.dosage());
        dosage.setSpacingBefore(2);
        dosage.setSpacingAfter(4);
        cell.addElement(dosage);
        if (image != null) {
            try {
                Image picture = HandoutPictures.picture(image);
                picture.scaleToFit(220, 150);
                picture.setSpacingAfter(4);
                cell.addElement(picture);
            } catch (IOException | RuntimeException e) {
                // a picture that cannot be drawn is left out; the text carries the instructions
            }
        } else if (figure != null) {
            Image drawn = HandoutFigures.pair(writer, figure, item.side() == app.physiorx.exercise.Side.RIGHT);
            if (drawn != null) {
                cell.addElement(drawn);
            }
        }
        cell.addElement(labelled("Position: ", PublishedItemText.positionLine(item), t));
        cell.addElement(labelled("You need: ", item.equipment().isEmpty() ? "no equipment" : String.join(", ", item.equipment()), t));
        if (!item.steps().isEmpty()) {
            org.openpdf.text.List steps = new org.openpdf.text.List(org.openpdf.text.List.ORDERED);
            steps.setIndentationLeft(4);
            for (String step : PublishedItemText.instructions(item)) {
                steps.add(new org.openpdf.text.ListItem(step, t.body()));
            }
            cell.addElement(steps);
        }
        for (String cue : PublishedItemText.tips(item)) {
            cell.addElement(new Paragraph("• " + cue, t.body()));
        }
        for (String caution : PublishedItemText.cautions(item)) {
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
        PdfPCell qr = new PdfPCell(HandoutPictures.qrCode(d.patientPageUrl(), writer), true);
        qr.setBorderColor(LINE);
        qr.setPadding(8);
        table.addCell(qr);
        return table;
    }

}
