package app.physiorx.figure;

import java.util.ArrayList;
import java.util.List;

/** Draws the props, each placed by a joint of the figure (the start frame for fixed ones, the current for held ones). */
final class PropPainter {
    private static final double LINE = 2.4;
    private static final int BAND = 0x2e7d32, TOWEL = 0x8a6d3b;

    private PropPainter() {
    }

    static List<Mark> paint(Prop prop, Layout layout, Layout.Placed now) {
        Layout.Placed where = prop.follows() ? now : layout.at(0);
        Point at = where.p(layout.name(prop.at() == null ? "pelvis" : prop.at())).plus(layout.mirrorX(prop.dxOr(0)), prop.dyOr(0));
        List<Mark> m = new ArrayList<>();
        switch (prop.type()) {
            case "wall" -> wall(m, at, where, prop);
            case "chair" -> chair(m, at, where, prop, layout);
            case "table", "bed" -> table(m, at, prop);
            case "step" -> box(m, at.x() - prop.sizeOr(20), at.x() + prop.sizeOr(20), 0, 16);
            case "band" -> strap(m, at, other(prop, where, layout), 2.4, BAND, true);
            case "towel" -> towel(m, at, prop, where, layout);
            case "pillow" -> capsule(m, at.plus(0, prop.dy() == null ? -13 : 0), prop.sizeOr(13), 9, Mark.PROP, 0);
            case "roller" -> roller(m, at, prop, where, layout);
            case "ball" -> m.add(new Mark.Circle(at, prop.sizeOr(8), 0xf4d9a0, 2, Mark.INK));
            case "stick" -> stick(m, at, prop, layout, where);
            case "dumbbell" -> dumbbell(m, at, where, prop, layout);
            default -> throw new IllegalArgumentException("unknown prop " + prop.type());
        }
        return m;
    }

    private static Point other(Prop prop, Layout.Placed where, Layout layout) {
        if (prop.to() != null) {
            return where.p(layout.name(prop.to()));
        }
        double dir = prop.angle() == null ? 0 : prop.angle();
        return layout.at(0).p(layout.name(prop.at())).go(layout.mirrored ? 180 - dir : dir, prop.sizeOr(40));
    }

    private static void wall(List<Mark> m, Point at, Layout.Placed where, Prop prop) {
        double x = at.x();
        double away = Math.signum(x - where.p("pelvis").x());
        double top = prop.sizeOr(175);
        m.add(new Mark.Poly(List.of(new Point(x, 0), new Point(x + away * 7, 0), new Point(x + away * 7, top),
                new Point(x, top)), true, 0xe3e0d8, 0, Mark.NONE));
        m.add(new Mark.Line(new Point(x, 0), new Point(x, top), 2.6, Mark.INK));
        for (double y = 8; y < top; y += 14) {
            m.add(new Mark.Line(new Point(x, y), new Point(x + away * 6, y + 6), 1, Mark.INK));
        }
    }

    private static void chair(List<Mark> m, Point at, Layout.Placed where, Prop prop, Layout layout) {
        boolean seat = prop.at() == null || prop.at().equals("pelvis");
        if (seat) {
            double y = at.y() - 8.5;
            double f = Math.signum(where.p(layout.name("kneeL")).x() - where.p("pelvis").x());
            if (f == 0 || layout.spec.view() == View.FRONT) {
                line(m, at.x() - 24, y, at.x() + 24, y, 4);
                line(m, at.x() - 21, y, at.x() - 21, 0, LINE);
                line(m, at.x() + 21, y, at.x() + 21, 0, LINE);
                return;
            }
            double back = at.x() - f * 16;
            double front = at.x() + f * 22;
            line(m, back, y, front, y, 4);
            line(m, back, y, back, y + prop.sizeOr(50), 4);
            line(m, back, y, back, 0, LINE);
            line(m, front, y, front, 0, LINE);
            return;
        }
        double away = Math.signum(at.x() - where.p("pelvis").x());
        double d = away == 0 ? 1 : away;
        double top = at.y() - 4;
        double x = at.x() + d * 3;
        line(m, x, top, x, 0, 4);
        line(m, x, 44, x + d * 34, 44, 4);
        line(m, x + d * 34, 44, x + d * 34, 0, LINE);
    }

    private static void table(List<Mark> m, Point at, Prop prop) {
        double half = prop.sizeOr(30);
        double y = at.y() - 7;
        line(m, at.x() - half, y, at.x() + half, y, 5);
        line(m, at.x() - half + 4, y, at.x() - half + 4, 0, LINE);
        line(m, at.x() + half - 4, y, at.x() + half - 4, 0, LINE);
    }

    private static void box(List<Mark> m, double x0, double x1, double y0, double y1) {
        m.add(new Mark.Poly(List.of(new Point(x0, y0), new Point(x1, y0), new Point(x1, y1), new Point(x0, y1)), true,
                0xd9d2c3, LINE, Mark.INK));
    }

    private static void strap(List<Mark> m, Point a, Point b, double width, int color, boolean knot) {
        m.add(new Mark.Line(a, b, width, color));
        if (knot) {
            m.add(new Mark.Circle(b, 3, Mark.INK, 0, Mark.INK));
        }
    }

    private static void towel(List<Mark> m, Point at, Prop prop, Layout.Placed where, Layout layout) {
        if (prop.to() != null) {
            strap(m, at, where.p(layout.name(prop.to())), 3.4, TOWEL, false);
            return;
        }
        capsule(m, at.plus(0, prop.dy() == null ? -9 : 0), prop.sizeOr(8), 7, 0xe8d9b8, prop.angle() == null ? 0 : prop.angle());
    }

    private static void roller(List<Mark> m, Point at, Prop prop, Layout.Placed where, Layout layout) {
        double r = prop.sizeOr(8);
        if (prop.to() != null) {
            Point b = where.p(layout.name(prop.to()));
            Point a2 = at.plus(0, -(r + 6));
            Point b2 = b.plus(0, -(r + 6));
            m.add(new Mark.Line(a2, b2, 2 * r + 3, Mark.INK));
            m.add(new Mark.Line(a2, b2, 2 * r, 0x9cc3e0));
            return;
        }
        Point c = at.plus(0, prop.dy() == null ? -(r + 6) : 0);
        m.add(new Mark.Circle(c, r, 0x9cc3e0, 2, Mark.INK));
        m.add(new Mark.Circle(c, r * 0.3, Mark.NONE, 1, Mark.INK));
    }

    private static void stick(List<Mark> m, Point at, Prop prop, Layout layout, Layout.Placed where) {
        if (prop.to() != null) {
            Point b = where.p(layout.name(prop.to()));
            double along = at.towards(b);
            double side = along + 90 * layout.facingSign();
            Point a2 = at.go(along, -8).go(side, prop.sizeOr(0));
            Point b2 = b.go(along, 8).go(side, prop.sizeOr(0));
            m.add(new Mark.Line(a2, b2, 4.5, Mark.INK));
            m.add(new Mark.Line(a2, b2, 2, 0xc8a46a));
            return;
        }
        double dir = prop.angle() == null ? 90 : prop.angle();
        dir = layout.mirrored ? 180 - dir : dir;
        double len = prop.sizeOr(70);
        m.add(new Mark.Line(at.go(dir, -len / 2), at.go(dir, len / 2), 4.5, Mark.INK));
        m.add(new Mark.Line(at.go(dir, -len / 2), at.go(dir, len / 2), 2, 0xc8a46a));
    }

    private static void dumbbell(List<Mark> m, Point at, Layout.Placed where, Prop prop, Layout layout) {
        String joint = layout.name(prop.at());
        String side = joint.substring(joint.length() - 1);
        double fore = where.p("wrist" + side).towards(where.p("hand" + side));
        double bar = fore + 90;
        Point a = at.go(bar, -7);
        Point b = at.go(bar, 7);
        m.add(new Mark.Line(a, b, 3, Mark.INK));
        m.add(new Mark.Line(a.go(fore, -4), a.go(fore, 4), 6, Mark.INK));
        m.add(new Mark.Line(b.go(fore, -4), b.go(fore, 4), 6, Mark.INK));
    }

    private static void capsule(List<Mark> m, Point c, double half, double width, int fill, double angle) {
        Point a = c.go(angle, -half);
        Point b = c.go(angle, half);
        m.add(new Mark.Line(a, b, width + 2.4, Mark.INK));
        m.add(new Mark.Line(a, b, width, fill));
    }

    private static void line(List<Mark> m, double x0, double y0, double x1, double y1, double w) {
        m.add(new Mark.Line(new Point(x0, y0), new Point(x1, y1), w, Mark.INK));
    }
}
