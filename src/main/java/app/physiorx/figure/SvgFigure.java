package app.physiorx.figure;

import java.util.List;
import java.util.Locale;

/** Writes drawings as inline SVG: no script, no external reference, only presentation attributes (the CSP allows no inline style). */
public final class SvgFigure {
    private SvgFigure() {
    }

    /** One still picture with an accessible name. */
    public static String picture(Scene.Drawing d, String label) {
        StringBuilder sb = open(d, label, "figure");
        marks(sb, d);
        return sb.append("</svg>").toString();
    }

    /**
     * The figure moving from its start to its end frame and back: each in-between frame is defined once and shown
     * in turn by the stylesheet's {@code fig-s} classes (turned off under {@code prefers-reduced-motion}, which leaves
     * the start frame). {@code id} must be unique on the page.
     */
    public static String animated(List<Scene.Drawing> frames, String label, String id) {
        Scene.Drawing first = frames.get(0);
        StringBuilder sb = open(first, label, "figure figure-moving");
        sb.append("<defs>");
        for (int i = 0; i < frames.size(); i++) {
            sb.append("<g id=\"").append(id).append('-').append(i).append("\">");
            marks(sb, frames.get(i));
            sb.append("</g>");
        }
        sb.append("</defs>");
        int n = frames.size();
        int slots = 2 * (n - 1);
        for (int slot = 0; slot < slots; slot++) {
            int frame = slot < n ? slot : slots - slot;
            sb.append("<use href=\"#").append(id).append('-').append(frame).append("\" class=\"fig-s fig-s")
                    .append(slot).append("\"/>");
        }
        return sb.append("</svg>").toString();
    }

    private static StringBuilder open(Scene.Drawing d, String label, String cssClass) {
        StringBuilder sb = new StringBuilder(4096);
        String name = escape(label);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(cssClass).append("\" viewBox=\"0 0 ")
                .append(num(d.width())).append(' ').append(num(d.height())).append("\" role=\"img\" aria-label=\"")
                .append(name).append("\" focusable=\"false\"><title>").append(name).append("</title>")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        return sb;
    }

    /** The marks inside a nested viewport the size of the box: parts of a zoomed figure outside it stay hidden. */
    private static void marks(StringBuilder sb, Scene.Drawing d) {
        sb.append("<svg width=\"").append(num(d.width())).append("\" height=\"").append(num(d.height()))
                .append("\" overflow=\"hidden\"><g stroke-linecap=\"round\" stroke-linejoin=\"round\">");
        for (Mark m : d.marks()) {
            switch (m) {
                case Mark.Line l -> sb.append("<line x1=\"").append(x(d, l.a())).append("\" y1=\"").append(y(d, l.a()))
                        .append("\" x2=\"").append(x(d, l.b())).append("\" y2=\"").append(y(d, l.b()))
                        .append("\" stroke=\"").append(color(l.color())).append("\" stroke-width=\"")
                        .append(num(l.width())).append("\"/>");
                case Mark.Circle c -> {
                    sb.append("<circle cx=\"").append(x(d, c.c())).append("\" cy=\"").append(y(d, c.c()))
                            .append("\" r=\"").append(num(c.r())).append('"');
                    paint(sb, c.fill(), c.stroke(), c.color());
                }
                case Mark.Poly p -> {
                    sb.append(p.closed() ? "<polygon points=\"" : "<polyline points=\"");
                    for (Point pt : p.points()) {
                        sb.append(x(d, pt)).append(',').append(y(d, pt)).append(' ');
                    }
                    sb.setLength(sb.length() - 1);
                    sb.append('"');
                    paint(sb, p.fill(), p.stroke(), p.color());
                }
            }
        }
        sb.append("</g></svg>");
    }

    private static void paint(StringBuilder sb, int fill, double stroke, int color) {
        sb.append(" fill=\"").append(fill == Mark.NONE ? "none" : color(fill)).append('"');
        if (stroke > 0) {
            sb.append(" stroke=\"").append(color(color)).append("\" stroke-width=\"").append(num(stroke)).append('"');
        }
        sb.append("/>");
    }

    private static String x(Scene.Drawing d, Point p) {
        return num(p.x() - d.minX());
    }

    private static String y(Scene.Drawing d, Point p) {
        return num(d.maxY() - p.y());
    }

    static String num(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    private static String color(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
