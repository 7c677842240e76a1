package app.physiorx.handout;

import app.physiorx.figure.Figures;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * An exercise's drawn start and end positions as one vector form (lines and curves, no image data). A form
 * belongs to one document, but its content does not: the path operators of each figure and side are worked out
 * once and kept as bytes (a handout of ten figures no longer draws some 2,000 marks with a colour object each),
 * and a document that shows the same figure twice draws one form twice.
 */
final class HandoutFigures {
    static final float WIDTH = 250, HEIGHT = 96;
    /** Path operators by slug and side; empty when the slug has no poses. Bounded by the catalog's poses. */
    private static final Map<String, byte[]> CONTENT = new ConcurrentHashMap<>();
    private static final byte[] NONE = new byte[0];

    private HandoutFigures() {
    }

    /** The pair drawn into a form XObject of {@link #WIDTH} by {@link #HEIGHT}, or null when the exercise has no poses. */
    static PdfTemplate form(PdfWriter writer, String slug, boolean mirrored) {
        byte[] content = content(slug, mirrored);
        if (content.length == 0) {
            return null;
        }
        PdfTemplate form = writer.getDirectContent().createTemplate(WIDTH, HEIGHT);
        form.getInternalBuffer().append(content);
        return form;
    }

    /** The form's content stream: lines, curves and RGB colours only, so it needs no resources of its own. */
    static byte[] content(String slug, boolean mirrored) {
        return CONTENT.computeIfAbsent(slug + (mirrored ? "|m" : ""), k -> {
            PdfContentByte scratch = new PdfContentByte(null);
            return Figures.drawPair(scratch, slug, mirrored, 0, 0, WIDTH, HEIGHT) ? scratch.toPdf(null) : NONE;
        });
    }
}
