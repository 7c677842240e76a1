package app.physiorx.figure;

import java.util.List;

/** One drawing instruction, the same for SVG and PDF: a rounded line, a circle, or a polyline. Colours are RGB ints. */
public sealed interface Mark {
    int INK = 0x1a1a1a, BODY = 0xeef2f7, FAR = 0xc9d2dd, PROP = 0xf7f4ee, ARROW = 0x1d4e89, NONE = -1;

    record Line(Point a, Point b, double width, int color) implements Mark {
    }

    /** A circle filled with {@code fill} (or NONE), outlined with {@code stroke} units of ink (0 for none). */
    record Circle(Point c, double r, int fill, double stroke, int color) implements Mark {
    }

    /** Points joined by straight lines, optionally closed and filled. */
    record Poly(List<Point> points, boolean closed, int fill, double stroke, int color) implements Mark {
    }
}
