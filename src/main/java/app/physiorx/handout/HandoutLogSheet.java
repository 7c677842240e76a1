package app.physiorx.handout;

import java.awt.Color;
import app.physiorx.handout.HandoutStyle.Type;
import static app.physiorx.handout.HandoutStyle.INK;
import static app.physiorx.handout.HandoutStyle.LINE;
import static app.physiorx.handout.HandoutStyle.REGULAR;
import static app.physiorx.handout.HandoutStyle.BOLD;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;

/** The handout's last page(s): the two-week paper log. */
final class HandoutLogSheet {
    private HandoutLogSheet() {
    }

    /**
     * Two weeks, a tick box per exercise and day, and a row for the day's pain (0-10), on a
     * landscape page. The grid is drawn directly (lines and single-line labels), which costs
     * a fraction of laying out ~200 table cells.
     */
    static void logSheet(Document doc, HandoutCanvas canvas, HandoutData d, Type t, Rectangle page) {
        doc.setPageSize(page.rotate());
        canvas.newPage();
        java.util.List<HandoutText.Piece> intro = new java.util.ArrayList<>(HandoutText.lines(t.heading(), d.words().say("log"), canvas.width()));
        intro.addAll(HandoutText.lines(t.body(), d.words().say("log.intro"), canvas.width()));
        canvas.flow(intro);
        float size = d.largePrint() ? 11 : 8;
        float rowHeight = size * 2.3f;
        java.util.List<String> rows = new java.util.ArrayList<>();
        d.items().forEach(item -> rows.add(item.exerciseName()));
        rows.add(d.words().say("log.pain"));
        int row = 0;
        while (row < rows.size()) {
            float top = canvas.y() - 10;
            int fit = Math.max(1, (int) ((top - canvas.bottom()) / rowHeight) - 1);
            int end = Math.min(rows.size(), row + fit);
            drawGrid(canvas.writer().getDirectContent(), d.words().say("log.corner"), canvas.left(), canvas.right(), top, rowHeight, size,
                    rows.subList(row, end), end == rows.size());
            canvas.down(10 + (end - row + 1) * rowHeight);
            row = end;
            if (row < rows.size()) {
                canvas.newPage();
            }
        }
    }

    private static void drawGrid(PdfContentByte cb, String corner, float left, float right, float top, float rowHeight, float size,
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
        cb.showTextAligned(Element.ALIGN_LEFT, corner, left + 4, top - rowHeight + baseline, 0);
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
        }
        cb.endText();
        // The tick boxes as small squares: one path for the whole grid instead of a glyph per day and exercise.
        float box = size * 1.1f;
        for (int r = 0; r < labels.size(); r++) {
            if (lastIsPain && r == labels.size() - 1) {
                continue;
            }
            float middle = top - (r + 1.5f) * rowHeight;
            for (int c = 1; c <= 14; c++) {
                cb.rectangle(left + firstColumn + (c - 0.5f) * day - box / 2, middle - box / 2, box, box);
            }
        }
        cb.setColorStroke(INK);
        cb.setLineWidth(0.5f);
        cb.stroke();
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

}
