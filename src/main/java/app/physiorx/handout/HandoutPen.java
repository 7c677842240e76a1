package app.physiorx.handout;

import java.awt.Color;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * The page's content stream with the text state it was last given: font and size, colour, and whether text is
 * drawn bold, are written only when they change (they persist between text objects in PDF). A new page starts a
 * new content stream with the default state, so {@link #reset()} is called there: the first text of a page also
 * puts the font into that page's resources.
 */
public final class HandoutPen {
    private final PdfContentByte cb;
    private BaseFont font;
    private float size;
    private Color color;
    private boolean bold;

    HandoutPen(PdfContentByte cb) {
        this.cb = cb;
        reset();
    }

    public PdfContentByte cb() {
        return cb;
    }

    void reset() {
        font = null;
        size = -1;
        color = null;
        bold = false;
    }

    /** Inside a text object: the font, colour and boldness of {@code f}. */
    public void use(Font f) {
        BaseFont base = f.getBaseFont();
        if (base != font || f.getSize() != size) {
            cb.setFontAndSize(base, f.getSize());
            font = base;
            size = f.getSize();
            if (bold) { // the stroke of the simulated bold follows the size
                cb.setLineWidth(size / 30f);
            }
        }
        Color c = f.getColor() == null ? Color.BLACK : f.getColor();
        if (!c.equals(color)) {
            cb.setColorFill(c);
            if (bold) {
                cb.setColorStroke(c);
            }
            color = c;
        }
        boolean b = (f.getStyle() & Font.BOLD) != 0;
        if (b != bold) { // DejaVu Sans drawn bold: filled and stroked, as OpenPDF draws a simulated bold
            if (b) {
                cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
                cb.setLineWidth(size / 30f);
                cb.setColorStroke(c);
            } else {
                cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
            }
            bold = b;
        }
    }
}
