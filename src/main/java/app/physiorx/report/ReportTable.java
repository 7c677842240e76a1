package app.physiorx.report;

import app.physiorx.handout.HandoutPen;
import app.physiorx.handout.HandoutStyle;
import app.physiorx.handout.HandoutText;
import app.physiorx.handout.HandoutText.Line;
import app.physiorx.handout.HandoutText.Piece;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * A simple table for the progress report: a shaded header row and rows with a rule below each, every cell's text
 * wrapped to its column. Each row is one piece, so a long table breaks between rows (the header is not repeated).
 */
final class ReportTable {
    private static final float PAD = 3;
    private static final Color HEADER_BG = new Color(230, 242, 242);

    private ReportTable() {
    }

    /** The rows as pieces; {@code widths} are shares of {@code width} (they need not add up to 1). */
    static List<Piece> of(float width, float[] widths, Font header, Font body, List<String> heads, List<List<String>> rows) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        float[] columns = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            columns[i] = width * widths[i] / total;
        }
        List<Piece> out = new ArrayList<>();
        out.add(row(columns, header, heads, HEADER_BG));
        for (List<String> r : rows) {
            out.add(row(columns, body, r, null));
        }
        return out;
    }

    private static Row row(float[] columns, Font font, List<String> texts, Color fill) {
        List<List<Line>> cells = new ArrayList<>();
        float height = 0;
        for (int i = 0; i < columns.length; i++) {
            String text = i < texts.size() && texts.get(i) != null ? texts.get(i) : "";
            List<Line> lines = HandoutText.lines(font, text, columns[i] - 2 * PAD);
            cells.add(lines);
            float h = 0;
            for (Line l : lines) {
                h += l.height();
            }
            height = Math.max(height, h);
        }
        return new Row(columns, cells, height + 2 * PAD, fill);
    }

    /** One table row. */
    record Row(float[] columns, List<List<Line>> cells, float height, Color fill) implements Piece {
        @Override
        public void draw(HandoutPen pen, float left, float top) {
            float width = 0;
            for (float c : columns) {
                width += c;
            }
            PdfContentByte cb = pen.cb();
            cb.saveState();
            if (fill != null) {
                cb.setColorFill(fill);
                cb.rectangle(left, top - height, width, height);
                cb.fill();
            }
            cb.setColorStroke(HandoutStyle.LINE);
            cb.setLineWidth(0.5f);
            cb.moveTo(left, top - height);
            cb.lineTo(left + width, top - height);
            cb.stroke();
            cb.restoreState();
            float x = left;
            for (int i = 0; i < columns.length; i++) {
                float y = top - PAD;
                for (Line line : cells.get(i)) {
                    line.draw(pen, x + PAD, y);
                    y -= line.height();
                }
                x += columns[i];
            }
        }
    }
}
