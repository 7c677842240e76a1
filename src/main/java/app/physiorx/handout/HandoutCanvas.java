package app.physiorx.handout;

import app.physiorx.handout.HandoutText.Piece;
import java.awt.Color;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Places pieces down the pages of a handout, drawn straight onto the page: loose pieces flow and break between
 * pages; a box (a card, the safety box) moves to the next page whole when it does not fit, and is split across
 * pages only when it is taller than a page. The document still owns the pages, so its page events (the page
 * numbers) run as before.
 */
public final class HandoutCanvas {
    /** How a box looks: inner padding, border, optional fill, and the space after it. */
    public record Box(float padding, Color border, float borderWidth, Color fill, float after) {
    }

    private final Document doc;
    private final PdfWriter writer;
    private final HandoutPen pen;
    private float y;

    public HandoutCanvas(Document doc, PdfWriter writer) {
        this.doc = doc;
        this.writer = writer;
        this.pen = new HandoutPen(writer.getDirectContent());
        this.y = doc.top();
    }

    public PdfWriter writer() {
        return writer;
    }

    public float width() {
        return doc.right() - doc.left();
    }

    public float left() {
        return doc.left();
    }

    public float right() {
        return doc.right();
    }

    public float y() {
        return y;
    }

    public float bottom() {
        return doc.bottom();
    }

    public void down(float height) {
        y -= height;
    }

    /** A new page (the document skips it while the current page is still empty). */
    public void newPage() {
        doc.newPage();
        pen.reset();
        y = doc.top();
    }

    private boolean fits(float height) {
        return y - height >= doc.bottom() - 0.01f;
    }

    private boolean atTop() {
        return y >= doc.top() - 0.01f;
    }

    /** Pieces one after another at the left margin, each on the next page when it does not fit. */
    public void flow(List<? extends Piece> pieces) {
        for (Piece piece : pieces) {
            if (!fits(piece.height()) && !atTop()) {
                newPage();
            }
            piece.draw(pen, doc.left(), y);
            y -= piece.height();
        }
    }

    /** A box as wide as the page's text area around the pieces (laid out for {@link #inner(Box)}). */
    public void box(List<? extends Piece> pieces, Box style) {
        float height = 2 * style.padding();
        for (Piece piece : pieces) {
            height += piece.height();
        }
        if (!fits(height) && height <= doc.top() - doc.bottom() && !atTop()) {
            newPage();
        }
        int from = 0;
        while (from < pieces.size()) {
            int to = from;
            float used = 2 * style.padding();
            while (to < pieces.size() && fits(used + pieces.get(to).height())) {
                used += pieces.get(to).height();
                to++;
            }
            if (to == from && !atTop()) {
                newPage();
                continue;
            }
            if (to == from) { // one piece taller than a page: drawn anyway, cut at the foot
                used += pieces.get(to).height();
                to++;
            }
            drawBox(pieces.subList(from, to), style, doc.left(), width(), used);
            y -= used;
            from = to;
            if (from < pieces.size()) {
                newPage();
            }
        }
        y -= style.after();
    }

    /** Two boxes side by side that move to the next page together; the taller one sets the height. */
    public void columns(List<? extends Piece> first, float firstWidth, List<? extends Piece> second, Box style) {
        float height = Math.max(sum(first), sum(second)) + 2 * style.padding();
        if (!fits(height) && !atTop()) {
            newPage();
        }
        drawBox(first, style, doc.left(), firstWidth, height);
        drawBox(second, style, doc.left() + firstWidth, width() - firstWidth, height);
        y -= height + style.after();
    }

    /** The width inside a full-width box. */
    public float inner(Box style) {
        return width() - 2 * style.padding();
    }

    private static float sum(List<? extends Piece> pieces) {
        float h = 0;
        for (Piece piece : pieces) {
            h += piece.height();
        }
        return h;
    }

    private void drawBox(List<? extends Piece> pieces, Box style, float x, float w, float height) {
        PdfContentByte cb = writer.getDirectContent();
        cb.saveState();
        if (style.fill() != null) {
            cb.setColorFill(style.fill());
            cb.rectangle(x, y - height, w, height);
            cb.fill();
        }
        cb.setColorStroke(style.border());
        cb.setLineWidth(style.borderWidth());
        float half = style.borderWidth() / 2;
        cb.rectangle(x + half, y - height + half, w - 2 * half, height - 2 * half);
        cb.stroke();
        cb.restoreState();
        float top = y - style.padding();
        for (Piece piece : pieces) {
            piece.draw(pen, x + style.padding(), top);
            top -= piece.height();
        }
    }
}
