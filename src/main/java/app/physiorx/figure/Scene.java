package app.physiorx.figure;

import java.util.ArrayList;
import java.util.List;

/** Turns a spec into marks for one moment between its key frames (0 = start, 1 = end), with a shared frame box. */
public final class Scene {
    private static final double OUTLINE = 3.2;

    /** The marks of one picture and the box (body units, y up) that every frame of the same exercise shares. */
    public record Drawing(List<Mark> marks, double minX, double minY, double maxX, double maxY) {
        public double width() {
            return maxX - minX;
        }

        public double height() {
            return maxY - minY;
        }
    }

    private Scene() {
    }

    /** Every frame of one exercise, {@code frames} moments from start to end, in one shared box. */
    public static List<Drawing> frames(FigureSpec spec, boolean mirrored, int frames) {
        Layout layout = new Layout(spec, mirrored);
        List<List<Mark>> content = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            content.add(content(layout, frames == 1 ? 0 : (double) i / (frames - 1)));
        }
        double[] box = box(layout, content);
        double[] figureBox = box.clone();
        Detail.Inset inset = Detail.place(layout, box);
        List<Drawing> out = new ArrayList<>();
        for (int i = 0; i < content.size(); i++) {
            List<Mark> all = new ArrayList<>(ground(layout, figureBox));
            all.addAll(content.get(i));
            all.addAll(Detail.paint(layout, inset, frames == 1 ? 0 : (double) i / (frames - 1)));
            out.add(new Drawing(List.copyOf(all), box[0], box[1], box[2], box[3]));
        }
        return out;
    }

    private static List<Mark> content(Layout layout, double t) {
        Layout.Placed now = layout.at(t);
        List<Mark> marks = new ArrayList<>();
        for (Prop p : layout.spec.props()) {
            if (!p.follows()) {
                marks.addAll(PropPainter.paint(p, layout, now));
            }
        }
        figure(marks, now);
        for (Prop p : layout.spec.props()) {
            if (p.follows()) {
                marks.addAll(PropPainter.paint(p, layout, now));
            }
        }
        if ("hold".equals(layout.spec.detail())) {
            marks.addAll(Detail.hold(layout, now));
        }
        marks.addAll(ArrowPainter.paint(layout));
        return marks;
    }

    static void figure(List<Mark> marks, Layout.Placed at) {
        Skeleton s = at.skeleton();
        for (int layer = 0; layer <= 2; layer++) {
            int fill = layer == 0 ? Mark.FAR : Mark.BODY;
            for (Skeleton.Bone b : s.bones()) {
                if (b.layer() == layer) {
                    marks.add(new Mark.Line(at.p(b.from()), at.p(b.to()), b.width() + OUTLINE, Mark.INK));
                }
            }
            if (layer == 1) {
                marks.add(new Mark.Circle(at.p("head"), Skeleton.HEAD + OUTLINE / 2, Mark.INK, 0, Mark.INK));
            }
            for (Skeleton.Bone b : s.bones()) {
                if (b.layer() == layer) {
                    marks.add(new Mark.Line(at.p(b.from()), at.p(b.to()), b.width(), fill));
                }
            }
            if (layer == 1) {
                marks.add(new Mark.Circle(at.p("head"), Skeleton.HEAD - OUTLINE / 2, Mark.BODY, 0, Mark.INK));
                face(marks, at);
            }
        }
    }

    private static void face(List<Mark> marks, Layout.Placed at) {
        Point head = at.p("head");
        double up = head.towards(at.p("crown"));
        if (at.skeleton().view() == View.SIDE) {
            double facing = at.skeleton().facing();
            marks.add(new Mark.Line(head.go(facing, Skeleton.HEAD - 2).go(up, 1), at.p("nose"), 3.2, Mark.INK));
            marks.add(new Mark.Circle(head.go(facing, 5.5).go(up, 3), 1.4, Mark.INK, 0, Mark.INK));
            return;
        }
        Point centre = at.p("nose");
        marks.add(new Mark.Circle(centre.go(up - 90, 4).go(up, 2.5), 1.4, Mark.INK, 0, Mark.INK));
        marks.add(new Mark.Circle(centre.go(up - 90, -4).go(up, 2.5), 1.4, Mark.INK, 0, Mark.INK));
        marks.add(new Mark.Line(centre.go(up, 1), centre.go(up, -3), 1.6, Mark.INK));
    }

    private static List<Mark> ground(Layout layout, double[] box) {
        String g = layout.spec.ground();
        if ("none".equals(g)) {
            return List.of();
        }
        List<Mark> marks = new ArrayList<>();
        if ("top".equals(g)) {
            marks.add(new Mark.Poly(List.of(new Point(box[0] + 2, box[1] + 2), new Point(box[2] - 2, box[1] + 2),
                    new Point(box[2] - 2, box[3] - 2), new Point(box[0] + 2, box[3] - 2)), true, 0xdde6ee, 1.4, Mark.INK));
            return marks;
        }
        marks.add(new Mark.Poly(List.of(new Point(box[0], 0), new Point(box[2], 0), new Point(box[2], box[1]),
                new Point(box[0], box[1])), true, 0xf1efe9, 0, Mark.NONE));
        marks.add(new Mark.Line(new Point(box[0], 0), new Point(box[2], 0), 2.2, Mark.INK));
        if ("mat".equals(g)) {
            double[] x = bodySpan(layout);
            marks.add(new Mark.Poly(List.of(new Point(x[0] - 6, 0), new Point(x[1] + 6, 0), new Point(x[1] + 6, 3),
                    new Point(x[0] - 6, 3)), true, 0xb8c7d6, 1.2, Mark.INK));
        }
        return marks;
    }

    private static double[] bodySpan(Layout layout) {
        Layout.Placed s = layout.at(0);
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (Point p : s.skeleton().joints().values()) {
            lo = Math.min(lo, p.x() + s.dx());
            hi = Math.max(hi, p.x() + s.dx());
        }
        return new double[] {lo - 8, hi + 8};
    }

    private static double[] box(Layout layout, List<List<Mark>> content) {
        double[] b = {Double.MAX_VALUE, 0, -Double.MAX_VALUE, -Double.MAX_VALUE};
        if (layout.spec.focus() != null) {
            Point f = layout.at(0).p(layout.name(layout.spec.focus()));
            double w = layout.spec.focus().matches("(wrist|hand).*") ? 30 : 48;
            return new double[] {f.x() - w, f.y() - w * 0.8, f.x() + w, f.y() + w * 0.7};
        }
        for (List<Mark> marks : content) {
            for (Mark m : marks) {
                extend(b, m);
            }
        }
        double pad = 6;
        b[0] -= pad;
        b[2] += pad;
        b[3] += pad;
        b[1] = "top".equals(layout.spec.ground()) ? b[1] - pad : Math.min(b[1], 0) - 5;
        return b;
    }

    private static void extend(double[] b, Mark m) {
        switch (m) {
            case Mark.Line l -> {
                grow(b, l.a(), l.width() / 2);
                grow(b, l.b(), l.width() / 2);
            }
            case Mark.Circle c -> grow(b, c.c(), c.r());
            case Mark.Poly p -> p.points().forEach(pt -> grow(b, pt, p.stroke()));
        }
    }

    private static void grow(double[] b, Point p, double r) {
        b[0] = Math.min(b[0], p.x() - r);
        b[1] = Math.min(b[1], p.y() - r);
        b[2] = Math.max(b[2], p.x() + r);
        b[3] = Math.max(b[3], p.y() + r);
    }
}
