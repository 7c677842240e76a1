package app.physiorx.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Close-ups of what the whole figure cannot show, drawn in the figure's style (outlined body parts, props, arrow)
 * from the same pose as the figure, so SVG and PDF draw them alike and a mirrored figure gets a mirrored close-up:
 * {@code hand} (the hand seen palm-on with its fingers and thumb: spread, fist, thumb to fingertip),
 * {@code palm} (the forearm seen from above, palm up or down, with a turning arrow around its axis),
 * {@code sole} (the foot seen from the front, its sole tilting in or out against a band),
 * {@code twist} (the trunk seen from above, the shoulders turning over the pelvis), {@code knees} (lying on the
 * back seen from the feet, the bent knees tipping to one side while the shoulders stay) in a round inset beside the
 * figure; and {@code hold} (a hand pressed on the head, the push arrow stopped at a bar by an arrow back: no motion).
 */
final class Detail {
    static final Set<String> KINDS = Set.of("hand", "palm", "sole", "twist", "knees", "hold");
    static final int PALM = 0xf1cdb3, LEADER = 0x8a94a0;
    static final double LINE = 2.4;

    private Detail() {
    }

    /** Where a round close-up sits: centre and radius in body units; {@code mirror} flips it left for right. */
    record Inset(Point c, double r, boolean mirror, Point leaderTo, double low, double top) {
        /** A point of the close-up, in units of its radius from its centre (u to the right, v up). */
        Point p(double u, double v) {
            return new Point(c.x() + (mirror ? -u : u) * r, c.y() + v * r);
        }

        double w(double units) {
            return units * r;
        }

        /** A direction of the close-up (degrees) as drawn. */
        double dir(double degrees) {
            return mirror ? 180 - degrees : degrees;
        }
    }

    static boolean hasInset(FigureSpec spec) {
        return spec.detail() != null && !"hold".equals(spec.detail());
    }

    /**
     * The close-up's place beside the figure's box, on the side the figure faces (so a mirrored figure gets the
     * mirrored picture), widening the box; null when the spec has none.
     */
    static Inset place(Layout layout, double[] box) {
        if (!hasInset(layout.spec)) {
            return null;
        }
        double h = box[3] - box[1];
        double r = Math.max(20, Math.min(44, h * 0.48));
        double cy = box[1] + h / 2;
        Point c;
        if (layout.mirrored) {
            c = new Point(box[0] - r - 4, cy);
            box[0] -= 2 * r + 8;
        } else {
            c = new Point(box[2] + r + 4, cy);
            box[2] += 2 * r + 8;
        }
        box[3] = Math.max(box[3], cy + r + 3);
        box[1] = Math.min(box[1], cy - r - 3);
        String joint = switch (layout.spec.detail()) {
            case "sole" -> "ankleL";
            case "twist" -> "chest";
            case "knees" -> "kneeL";
            default -> "handL";
        };
        return new Inset(c, r, layout.mirrored, layout.at(0).p(layout.name(joint)), box[1], box[3]);
    }

    /** The close-up at moment {@code t} (0 start, 1 end), or nothing. */
    static List<Mark> paint(Layout layout, Inset in, double t) {
        if (in == null) {
            return List.of();
        }
        Pose pose = layout.spec.start().towards(layout.spec.end(), Math.min(1, t));
        List<Mark> m = new ArrayList<>();
        double x = in.c().x() + (in.mirror() ? 1 : -1) * (in.r() + 4);
        double x2 = in.c().x() + (in.mirror() ? -1 : 1) * (in.r() + 4);
        m.add(new Mark.Poly(List.of(new Point(x, in.low()), new Point(x2, in.low()), new Point(x2, in.top()),
                new Point(x, in.top())), true, 0xffffff, 0, Mark.NONE));
        Point edge = in.c().go(in.c().towards(in.leaderTo()), in.r());
        if (in.leaderTo().distance(in.c()) > in.r() + 6) {
            m.add(new Mark.Line(edge, in.leaderTo(), 1, LEADER));
        }
        m.add(new Mark.Circle(in.c(), in.r(), 0xffffff, 1.6, LEADER));
        switch (layout.spec.detail()) {
            case "hand" -> HandDetail.hand(m, in, pose, layout.spec.props());
            case "palm" -> HandDetail.palm(m, in, pose, bothWays(layout.spec));
            case "sole" -> sole(m, in, pose, layout.spec);
            case "twist" -> twist(m, in, pose, layout.spec);
            case "knees" -> knees(m, in, pose, layout.spec);
            default -> throw new IllegalStateException(layout.spec.detail());
        }
        return m;
    }

    static boolean bothWays(FigureSpec spec) {
        return spec.arrow() != null && Boolean.TRUE.equals(spec.arrow().both());
    }

    /** A body part as the figure draws one: an inked outline around a filled stroke. */
    static void part(List<Mark> m, Point a, Point b, double width, int fill) {
        m.add(new Mark.Line(a, b, width + 2, Mark.INK));
        m.add(new Mark.Line(a, b, width, fill));
    }

    /** An arrow along {@code path} with a head at its end (and at its start when {@code both}). */
    static void arrow(List<Mark> m, Inset in, List<Point> path, boolean both) {
        double size = Math.min(7, in.w(0.22));
        m.add(new Mark.Poly(List.copyOf(path), false, Mark.NONE, 2.2, Mark.ARROW));
        m.add(head(path.get(path.size() - 2), path.get(path.size() - 1), size));
        if (both) {
            m.add(head(path.get(1), path.get(0), size));
        }
    }

    static Mark head(Point from, Point tip, double size) {
        double dir = from.towards(tip);
        Point base = tip.go(dir, -size);
        return new Mark.Poly(List.of(tip.go(dir, 2), base.go(dir + 90, size * 0.58), base.go(dir - 90, size * 0.58)), true,
                Mark.ARROW, 0.8, Mark.ARROW);
    }

    /** The point turned {@code degrees} around {@code centre} (counter-clockwise, in close-up units). */
    static double[] turn(double u, double v, double cu, double cv, double degrees) {
        double r = Math.toRadians(degrees);
        double du = u - cu;
        double dv = v - cv;
        return new double[] {cu + du * Math.cos(r) - dv * Math.sin(r), cv + du * Math.sin(r) + dv * Math.cos(r)};
    }

    /** The foot from the front, the shin upright, the big toe on the inner side (to the left for the left foot). */
    static void sole(List<Mark> m, Inset in, Pose pose, FigureSpec spec) {
        double tilt = pose.get("soleL");
        double end = spec.end().get("soleL");
        double side = end >= 0 ? 1 : -1;
        double[][] outline = {{-0.5, -0.34}, {0.42, -0.34}, {0.44, -0.2}, {0.16, -0.02}, {-0.16, -0.02}, {-0.52, -0.16}};
        m.add(new Mark.Line(in.p(-0.85, -0.4), in.p(0.85, -0.4), 1.2, LEADER));
        part(m, in.p(0, 0.8), in.p(0, 0.02), in.w(0.3), Mark.BODY);
        List<Point> foot = new ArrayList<>();
        for (double[] q : outline) {
            foot.add(footPoint(in, q[0], q[1], tilt));
        }
        m.add(new Mark.Poly(foot, true, Mark.BODY, 2.2, Mark.INK));
        double[][] toes = {{-0.42, 0.085}, {-0.24, 0.07}, {-0.09, 0.065}, {0.06, 0.06}, {0.2, 0.055}};
        for (double[] toe : toes) {
            m.add(new Mark.Circle(footPoint(in, toe[0], -0.27, tilt), in.w(toe[1]), Mark.BODY, 1.4, Mark.INK));
        }
        Point anchor = in.p(side * 0.86, -0.3);
        Point hook = footPoint(in, side > 0 ? 0.44 : -0.52, -0.27, tilt);
        m.add(new Mark.Line(hook, anchor, 2.4, 0x2e7d32));
        m.add(new Mark.Circle(anchor, 3, Mark.INK, 0, Mark.INK));
        double lifted = side > 0 ? -0.62 : 0.56;
        List<Point> path = new ArrayList<>();
        for (int i = 0; i <= 8; i++) {
            path.add(footPoint(in, lifted, -0.36, spec.start().get("soleL") + (end - spec.start().get("soleL")) * i / 8.0));
        }
        arrow(m, in, path, bothWays(spec));
    }

    /** A point of the foot tilted about the ankle: a sole turned in lifts the inner (big toe) edge. */
    static Point footPoint(Inset in, double u, double v, double tilt) {
        double[] q = turn(u, v, 0, 0.02, -tilt);
        return in.p(q[0], q[1]);
    }

    /** The trunk from above, facing up the page: the pelvis and thighs stay, the shoulders and head turn. */
    static void twist(List<Mark> m, Inset in, Pose pose, FigureSpec spec) {
        double turn = pose.get("twist");
        for (double u : new double[] {-0.2, 0.2}) {
            part(m, in.p(u, -0.05), in.p(u, 0.5), in.w(0.18), Mark.FAR);
        }
        m.add(new Mark.Poly(oval(in, 0, -0.05, 0.4, 0.18), true, Mark.FAR, 2.2, Mark.INK));
        double[] a = turn(-0.7, 0, 0, 0, turn);
        double[] b = turn(0.7, 0, 0, 0, turn);
        part(m, in.p(a[0], a[1]), in.p(b[0], b[1]), in.w(0.3), Mark.BODY);
        Point head = in.p(0, 0);
        double facing = in.dir(90 + turn);
        m.add(new Mark.Circle(head, in.w(0.2) + 1.3, Mark.INK, 0, Mark.INK));
        m.add(new Mark.Circle(head, in.w(0.2) - 1.3, Mark.BODY, 0, Mark.INK));
        m.add(new Mark.Line(head.go(facing, in.w(0.16)), head.go(facing, in.w(0.3)), 3.2, Mark.INK));
        double from = spec.start().get("twist");
        double to = spec.end().get("twist");
        List<Point> path = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            double[] q = turn(0, 0.8, 0, 0, from + (to - from) * i / 10.0);
            path.add(in.p(q[0], q[1]));
        }
        arrow(m, in, path, bothWays(spec));
    }

    static List<Point> oval(Inset in, double u, double v, double ru, double rv) {
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            double a = Math.toRadians(i * 15);
            out.add(in.p(u + ru * Math.cos(a), v + rv * Math.sin(a)));
        }
        return out;
    }

    /** Lying on the back seen from the feet: the floor, the shoulders flat on it, the knees up and tipping over. */
    static void knees(List<Mark> m, Inset in, Pose pose, FigureSpec spec) {
        double tip = pose.get("twist");
        m.add(new Mark.Line(in.p(-0.95, -0.45), in.p(0.95, -0.45), 2.2, Mark.INK));
        part(m, in.p(-0.62, -0.3), in.p(0.62, -0.3), in.w(0.24), Mark.FAR);
        m.add(new Mark.Poly(oval(in, 0, -0.28, 0.34, 0.15), true, Mark.BODY, 2.2, Mark.INK));
        for (double u : new double[] {-0.16, 0.16}) {
            double[] knee = turn(u * 0.4, 0.42, 0, -0.28, tip);
            double[] hip = turn(u, -0.28, 0, -0.28, tip * 0.35);
            part(m, in.p(hip[0], hip[1]), in.p(knee[0], knee[1]), in.w(0.2), Mark.BODY);
        }
        double from = spec.start().get("twist");
        double to = spec.end().get("twist");
        List<Point> path = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            double[] q = turn(0, 0.66, 0, -0.28, from + (to - from) * i / 10.0);
            path.add(in.p(q[0], q[1]));
        }
        arrow(m, in, path, bothWays(spec));
    }

    /**
     * The hand pressed flat on the head and the "no motion" cue: the push arrow ends at a bar that an arrow from
     * the other side pushes back against.
     */
    static List<Mark> hold(Layout layout, Layout.Placed now) {
        List<Mark> m = new ArrayList<>();
        Arrow a = layout.spec.arrow();
        for (String s : new String[] {"L", "R"}) {
            String hand = layout.name("hand" + s);
            Point h = now.p(hand);
            if (h.distance(now.p("head")) <= Skeleton.HEAD + 8) {
                Point w = now.p(layout.name("wrist" + s));
                part(m, w, h.go(w.towards(h), 4), 7.5, Mark.BODY);
            }
        }
        if (a == null || a.dir() == null) {
            return m;
        }
        double dir = layout.mirrored ? 180 - a.dir() : a.dir();
        double len = a.len() == null ? 16 : a.len();
        Point from = layout.at(0).p(layout.name(a.joint())).plus(layout.mirrorX(a.dx() == null ? 0 : a.dx()),
                a.dy() == null ? 0 : a.dy());
        Point tip = from.go(dir, len);
        Point bar = tip.go(dir, 2.5);
        m.add(new Mark.Line(bar.go(dir + 90, 6), bar.go(dir - 90, 6), 2.6, Mark.INK));
        Point back = bar.go(dir, 2.5);
        m.add(new Mark.Line(back.go(dir, len * 0.8), back.go(dir, 4), 2.4, Mark.ARROW));
        m.add(head(back.go(dir, 8), back, 7));
        return m;
    }
}
