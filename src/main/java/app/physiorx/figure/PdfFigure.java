package app.physiorx.figure;

import java.awt.Color;
import org.openpdf.text.pdf.PdfContentByte;

/** Draws the same marks as {@link SvgFigure} as PDF vector paths (lines and Bézier circles, never an image). */
public final class PdfFigure {
    private PdfFigure() {
    }

    /**
     * Draws {@code d} centred in the box (PDF points, origin bottom left), keeping its proportions, clipped to the
     * drawing's own box (a zoomed figure's parts outside it stay hidden, as in the SVG).
     */
    public static void draw(PdfContentByte cb, Scene.Drawing d, float x, float y, float w, float h) {
        double s = Math.min(w / d.width(), h / d.height());
        double ox = x + (w - d.width() * s) / 2 - d.minX() * s;
        double oy = y + (h - d.height() * s) / 2 - d.minY() * s;
        cb.saveState();
        cb.rectangle((float) (ox + d.minX() * s), (float) (oy + d.minY() * s), (float) (d.width() * s), (float) (d.height() * s));
        cb.clip();
        cb.newPath();
        cb.setLineCap(PdfContentByte.LINE_CAP_ROUND);
        cb.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        for (Mark m : d.marks()) {
            switch (m) {
                case Mark.Line l -> {
                    cb.setLineWidth((float) (l.width() * s));
                    cb.setColorStroke(new Color(l.color()));
                    cb.moveTo(px(l.a(), s, ox), py(l.a(), s, oy));
                    cb.lineTo(px(l.b(), s, ox), py(l.b(), s, oy));
                    cb.stroke();
                }
                case Mark.Circle c -> {
                    cb.circle(px(c.c(), s, ox), py(c.c(), s, oy), (float) (c.r() * s));
                    paint(cb, c.fill(), c.stroke() * s, c.color());
                }
                case Mark.Poly p -> {
                    cb.moveTo(px(p.points().get(0), s, ox), py(p.points().get(0), s, oy));
                    for (int i = 1; i < p.points().size(); i++) {
                        cb.lineTo(px(p.points().get(i), s, ox), py(p.points().get(i), s, oy));
                    }
                    if (p.closed()) {
                        cb.closePath();
                    }
                    paint(cb, p.fill(), p.stroke() * s, p.color());
                }
            }
        }
        cb.restoreState();
    }

    private static void paint(PdfContentByte cb, int fill, double stroke, int color) {
        if (fill != Mark.NONE) {
            cb.setColorFill(new Color(fill));
        }
        if (stroke > 0) {
            cb.setLineWidth((float) stroke);
            cb.setColorStroke(new Color(color));
        }
        if (fill != Mark.NONE && stroke > 0) {
            cb.fillStroke();
        } else if (fill != Mark.NONE) {
            cb.fill();
        } else if (stroke > 0) {
            cb.stroke();
        } else {
            cb.newPath();
        }
    }

    private static float px(Point p, double s, double ox) {
        return (float) (ox + p.x() * s);
    }

    private static float py(Point p, double s, double oy) {
        return (float) (oy + p.y() * s);
    }
}
