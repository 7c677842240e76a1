package app.physiorx.handout;

import app.physiorx.handout.HandoutText.Line;
import app.physiorx.handout.HandoutText.Placed;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/** Greedy line breaking for {@link HandoutText}; adjacent words in one font on one line become one run. */
final class HandoutLineBreaker {
    final List<Line> lines = new ArrayList<>();
    final List<Placed> placed = new ArrayList<>();
    final float width, indent;
    final StringBuilder text = new StringBuilder();
    Font font;
    float x, runX, size;

    HandoutLineBreaker(float width, float indent) {
        this.width = width;
        this.indent = indent;
        this.x = indent;
        this.runX = indent;
    }

    void add(Font f, String s) {
        if (font != f) {
            flush();
            font = f;
            runX = x;
        }
        size = Math.max(size, f.getSize());
        BaseFont base = f.getBaseFont();
        float points = f.getSize();
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && s.charAt(j) != ' ') {
                j++;
            }
            float w = HandoutWidths.points(base, s, i, j, points);
            if (x + w > width && x > indent) {
                breakLine();
                font = f;
                size = points;
            }
            int start = i;
            while (w > width - x) { // a word longer than the line: as many letters as fit, then the rest
                int fit = start + fitting(base, points, s, start, j, width - x);
                append(s, start, fit, HandoutWidths.points(base, s, start, fit, points));
                breakLine();
                font = f;
                size = points;
                start = fit;
                w = HandoutWidths.points(base, s, start, j, points);
            }
            append(s, start, j, w);
            int k = j;
            while (k < s.length() && s.charAt(k) == ' ') {
                k++;
            }
            if (k > j && x > indent) {
                append(s, j, k, HandoutWidths.points(base, s, j, k, points));
            }
            i = k;
        }
    }

    /** How many letters of {@code s[from, to)} fit in {@code room}: at least one. */
    private static int fitting(BaseFont base, float points, String s, int from, int to, float room) {
        int fit = 1;
        float used = HandoutWidths.points(base, s, from, from + 1, points);
        while (from + fit < to) {
            float next = HandoutWidths.points(base, s, from + fit, from + fit + 1, points);
            if (used + next > room) {
                break;
            }
            used += next;
            fit++;
        }
        return fit;
    }

    private void append(String s, int from, int to, float w) {
        if (text.isEmpty()) {
            runX = x;
        }
        text.append(s, from, to);
        x += w;
    }

    private void flush() {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > 0 && font != null) {
            placed.add(new Placed(font, text.substring(0, end), runX));
        }
        text.setLength(0);
    }

    void breakLine() {
        flush();
        if (!placed.isEmpty() || size > 0) {
            float points = size > 0 ? size : 10;
            lines.add(new Line(List.copyOf(placed), points * 1.45f, points));
        }
        placed.clear();
        x = indent;
        runX = indent;
        size = 0;
    }
}
