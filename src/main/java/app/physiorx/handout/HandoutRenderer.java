package app.physiorx.handout;

import app.physiorx.common.Words;
import app.physiorx.clinic.PaperSize;
import app.physiorx.program.ProgramApi.PublishedItem;
import app.physiorx.program.PublishedItemText;
import app.physiorx.handout.HandoutStyle.Type;
import static app.physiorx.handout.HandoutStyle.WARN;
import static app.physiorx.handout.HandoutStyle.WARN_BG;
import static app.physiorx.handout.HandoutStyle.LINE;
import java.io.IOException;
import java.io.OutputStream;
import app.physiorx.handout.HandoutText.Form;
import app.physiorx.handout.HandoutText.Picture;
import app.physiorx.handout.HandoutText.Piece;
import app.physiorx.handout.HandoutText.Run;
import app.physiorx.handout.HandoutText.Space;
import static app.physiorx.handout.HandoutText.lines;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws a home-program handout with OpenPDF: header, one card per exercise (a card moves
 * to the next page rather than split, unless it is longer than a page), a safety box, how to
 * log online with a QR code, and a two-week paper log. Text is set in lines by {@link HandoutText} and placed
 * by {@link HandoutCanvas} straight onto the page. DejaVu Sans is embedded, so accented
 * letters and symbols such as × and ° print. Stateless and thread-safe. Styles are in {@link HandoutStyle},
 * pictures and the QR code in {@link HandoutPictures}, the log in {@link HandoutLogSheet}.
 */
public final class HandoutRenderer {
    private HandoutRenderer() {
    }

    private static final HandoutCanvas.Box CARD = new HandoutCanvas.Box(9, LINE, 0.5f, null, 8);
    private static final HandoutCanvas.Box SAFETY = new HandoutCanvas.Box(10, WARN, 1.5f, WARN_BG, 10);
    private static final HandoutCanvas.Box ONLINE = new HandoutCanvas.Box(10, LINE, 0.5f, null, 0);

    public static void render(HandoutData data, OutputStream out) {
        Type type = Type.of(data.largePrint());
        Rectangle page = data.paperSize() == PaperSize.LETTER ? PageSize.LETTER : PageSize.A4;
        Document doc = new Document(page, 42, 42, 48, 54);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
            writer.setPageEvent(new HandoutPageNumbers(type.small(), data.words()));
            doc.addTitle(data.words().say("title", data.programTitle(), data.patientName()));
            doc.addAuthor(data.therapistName() + ", " + data.clinicName());
            doc.addSubject(data.words().say("subject", Integer.toString(data.versionNumber())));
            doc.addCreator("PhysioRx");
            doc.open();
            HandoutCanvas canvas = new HandoutCanvas(doc, writer);
            canvas.flow(header(data, type, canvas.width()));
            int n = 1;
            for (PublishedItem item : data.items()) {
                canvas.box(card(n++, item, data.images().get(item.exerciseId()), data.figures().get(item.exerciseId()), type,
                        writer, canvas.inner(CARD), data), CARD);
            }
            canvas.down(4);
            canvas.box(safetyBox(data, type, canvas.inner(SAFETY)), SAFETY);
            onlineBox(canvas, data, type);
            HandoutLogSheet.logSheet(doc, canvas, data, type, page);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("handout could not be drawn", e);
        }
    }

    private static List<Piece> header(HandoutData d, Type t, float w) {
        List<Piece> p = new ArrayList<>();
        if (d.logo() != null) {
            try {
                p.add(Picture.fitted(HandoutPictures.picture(d.logo()), 140, 48, 4));
            } catch (IOException | RuntimeException e) {
                // no logo rather than no handout
            }
        }
        p.addAll(lines(t.small(), d.clinicName() + (d.clinicPhone() == null ? "" : "  ·  " + d.clinicPhone()), w));
        p.add(new Space(4));
        p.addAll(lines(t.title(), d.programTitle(), w));
        p.addAll(HandoutText.lines(null, 0, List.of(new Run(t.body(), d.words().say("for")), new Run(t.bold(), d.patientName()),
                new Run(t.body(), d.versionLine())), w));
        p.addAll(lines(t.body(), d.therapistLine(), w));
        p.add(new Space(6));
        for (String line : java.util.Arrays.asList(d.goal(), d.nextStage())) {
            if (line != null) {
                p.addAll(lines(t.body(), line, w));
                p.add(new Space(8));
            }
        }
        return p;
    }

    private static List<Piece> card(int number, PublishedItem item, HandoutData.Picture image, String figure, Type t,
                                    PdfWriter writer, float w, HandoutData d) {
        Words say = d.words();
        List<Piece> p = new ArrayList<>(lines(t.heading(), number + ". " + item.exerciseName(), w));
        if (item.subtitle() != null) {
            p.addAll(lines(t.body(), item.subtitle(), w));
        }
        if (d.untranslated(item)) {
            p.addAll(lines(t.small(), d.untranslatedNote(), w));
        }
        p.add(new Space(2));
        p.addAll(lines(t.dosage(), item.inWords(), w));
        p.add(new Space(4));
        if (image != null) {
            try {
                p.add(Picture.fitted(HandoutPictures.picture(image), 220, 150, 4));
            } catch (IOException | RuntimeException e) {
                // a picture that cannot be drawn is left out; the text carries the instructions
            }
        } else if (figure != null) {
            PdfTemplate drawn = HandoutFigures.form(writer, figure, item.side() == app.physiorx.exercise.Side.RIGHT);
            if (drawn != null) {
                p.add(new Form(drawn, HandoutFigures.WIDTH, HandoutFigures.HEIGHT, 4));
            }
        }
        String position = PublishedItemText.positionLine(item);
        if (position != null) {
            p.addAll(labelled(say.say("position"), position, t, w));
        }
        p.addAll(labelled(say.say("needs"), item.equipment().isEmpty() ? say.say("noEquipment") : String.join(", ", item.equipment()), t, w));
        List<String> steps = PublishedItemText.instructions(item);
        float hang = t.body().getBaseFont().getWidthPoint(steps.size() + ". ", t.body().getSize()) + 4;
        int n = 1;
        for (String step : steps) {
            p.addAll(HandoutText.lines(new Run(t.body(), (n++) + "."), hang, List.of(new Run(t.body(), step)), w));
        }
        for (String cue : PublishedItemText.tips(item)) {
            p.addAll(marked("•", cue, t.body(), w));
        }
        Font warn = new Font(t.body().getBaseFont(), t.body().getSize(), Font.NORMAL, WARN);
        for (String caution : PublishedItemText.cautions(item)) {
            p.addAll(marked("!", caution, warn, w));
        }
        if (item.notes() != null) {
            p.addAll(labelled(say.say("fromTherapist"), item.notes(), t, w));
        }
        return p;
    }

    /** A line of text after a mark (a bullet, a "!"), its wrapped lines hanging after the mark. */
    private static List<Piece> marked(String mark, String text, Font font, float w) {
        float hang = HandoutWidths.points(font.getBaseFont(), "• ", font.getSize()) + 2;
        return List.copyOf(HandoutText.lines(new Run(font, mark), hang, List.of(new Run(font, text)), w));
    }

    private static List<Piece> labelled(String label, String text, Type t, float w) {
        List<Piece> p = new ArrayList<>(HandoutText.lines(null, 0, List.of(new Run(t.bold(), label), new Run(t.body(), text)), w));
        p.add(new Space(2));
        return p;
    }

    private static List<Piece> safetyBox(HandoutData d, Type t, float w) {
        Words say = d.words();
        List<Piece> p = new ArrayList<>(lines(t.warnHeading(), say.say("safety"), w));
        for (int i = 1; i <= 4; i++) {
            p.addAll(marked("•", say.say("safety." + i), t.body(), w));
        }
        if (d.clinicPhone() != null) {
            p.addAll(lines(t.bold(), d.clinicName() + ": " + d.clinicPhone(), w));
        }
        return p;
    }

    private static void onlineBox(HandoutCanvas canvas, HandoutData d, Type t) {
        float first = canvas.width() * 3 / 4;
        float w = first - 2 * ONLINE.padding();
        Words say = d.words();
        List<Piece> p = new ArrayList<>(lines(t.heading(), say.say("online"), w));
        p.addAll(lines(t.body(), say.say("online.open"), w));
        for (HandoutText.Line line : lines(t.bold(), d.patientPageUrl(), w)) {
            p.add(new HandoutText.Link(line, d.patientPageUrl(), HandoutText.width(line)));
        }
        p.addAll(lines(t.small(), say.say("online.scan"), w));
        if (d.signIn() != null) {
            p.add(new Space(6));
            p.addAll(labelled(say.say("username"), d.signIn().username(), t, w));
            p.addAll(labelled(say.say("password"), d.signIn().temporaryPassword(), t, w));
            p.addAll(lines(t.small(), say.say("password.note"), w));
        }
        PdfTemplate qr = HandoutPictures.qrCode(d.patientPageUrl(), canvas.writer());
        float side = Math.min(canvas.width() - first - 2 * ONLINE.padding(), 110);
        canvas.columns(p, first, List.of(new HandoutText.Link(new Form(qr, side, side, 0), d.patientPageUrl(), side)), ONLINE);
    }

}
