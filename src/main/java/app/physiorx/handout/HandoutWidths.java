package app.physiorx.handout;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openpdf.text.pdf.BaseFont;

/**
 * Text widths in the handout's font from a table of character advances, filled as characters are first seen:
 * the font's own lookup boxes every character into a map. Characters outside the basic plane (surrogate pairs)
 * are measured by the font itself. The table is written racily but every writer writes the same value.
 */
final class HandoutWidths {
    private static final Map<BaseFont, int[]> ADVANCES = new ConcurrentHashMap<>();

    private HandoutWidths() {
    }

    /** The width in points of {@code s[from, to)} at {@code size}. */
    static float points(BaseFont font, String s, int from, int to, float size) {
        int[] advances = ADVANCES.computeIfAbsent(font, f -> {
            int[] table = new int[65536];
            Arrays.fill(table, -1);
            return table;
        });
        long total = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                return font.getWidthPoint(s.substring(from, to), size);
            }
            int advance = advances[c];
            if (advance < 0) {
                advance = font.getWidth(c);
                advances[c] = advance;
            }
            total += advance;
        }
        return total * size / 1000f;
    }

    static float points(BaseFont font, String s, float size) {
        return points(font, s, 0, s.length(), size);
    }
}
