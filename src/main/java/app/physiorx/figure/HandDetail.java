package app.physiorx.figure;

import java.util.ArrayList;
import java.util.List;

/** The close-ups of the hand ({@link Detail}): the hand palm-on with its fingers, and the forearm turning palm up or down. */
final class HandDetail {
    /** Index to little finger: where each starts (across the palm), its length, its lean and how far it fans out. */
    private static final double[] BASE = {0.24, 0.08, -0.08, -0.24}, LENGTH = {0.46, 0.52, 0.48, 0.38},
            LEAN = {4, 1, -2, -6}, FAN = {16, 5, -7, -20};
    private static final double FINGER = 0.13;

    private HandDetail() {
    }

    /** The fingertips of the left hand in close-up units (thumb side to the right), index first. */
    static double[][] fingertips(Pose pose) {
        double[][] tips = new double[4][];
        for (int i = 0; i < 4; i++) {
            tips[i] = finger(pose, i)[2];
        }
        return tips;
    }

    /** One finger as three points (base, middle joint, tip): spread fans it out, grip folds it onto the palm. */
    static double[][] finger(Pose pose, int i) {
        double grip = pose.get("gripL");
        double dir = Math.toRadians(90 - LEAN[i] - FAN[i] * pose.get("spreadL"));
        double[] base = {BASE[i], 0.04};
        double near = LENGTH[i] * 0.55 * (1 - 0.7 * grip);
        double far = LENGTH[i] * 0.45 * Math.cos(Math.PI * 0.92 * grip);
        double[] mid = {base[0] + Math.cos(dir) * near, base[1] + Math.sin(dir) * near};
        double[] tip = {mid[0] + Math.cos(dir) * far, mid[1] + Math.sin(dir) * far};
        return new double[][] {base, mid, tip};
    }

    /** The thumb as three points: out to the side when open, across the fist, its tip on the little finger's in opposition. */
    static double[][] thumb(Pose pose) {
        double[] base = {0.3, -0.4};
        double[] open = {0.72, 0.0};
        double[] fist = {-0.02, -0.1};
        double[] little = fingertips(pose)[3];
        double g = pose.get("gripL");
        double o = pose.get("thumbL");
        double[] tip = new double[2];
        for (int k = 0; k < 2; k++) {
            double t = open[k] + (fist[k] - open[k]) * g;
            tip[k] = t + (little[k] + (k == 0 ? 0.06 : -0.04) - t) * o;
        }
        double[] mid = {(base[0] + tip[0]) / 2 + 0.14, (base[1] + tip[1]) / 2 - 0.06};
        return new double[][] {base, mid, tip};
    }

    static void hand(List<Mark> m, Detail.Inset in, Pose pose, List<Prop> props) {
        Detail.part(m, in.p(0, -0.76), in.p(0, -0.55), in.w(0.4), Mark.BODY);
        m.add(new Mark.Poly(List.of(in.p(-0.32, -0.58), in.p(0.32, -0.58), in.p(0.35, 0.06), in.p(-0.34, 0.06)), true,
                Mark.BODY, 2.2, Mark.INK));
        boolean ball = props.stream().anyMatch(p -> p.type().equals("ball") && String.valueOf(p.at()).startsWith("hand"));
        if (ball) {
            m.add(new Mark.Circle(in.p(0, -0.22), in.w(0.34), 0xf4d9a0, 2, Mark.INK));
        }
        for (int i = 3; i >= 0; i--) {
            double[][] f = finger(pose, i);
            Detail.part(m, in.p(f[0][0], f[0][1]), in.p(f[1][0], f[1][1]), in.w(FINGER), Mark.BODY);
            Detail.part(m, in.p(f[1][0], f[1][1]), in.p(f[2][0], f[2][1]), in.w(FINGER * 0.92), Mark.BODY);
        }
        double[][] t = thumb(pose);
        Detail.part(m, in.p(t[0][0], t[0][1]), in.p(t[1][0], t[1][1]), in.w(0.15), Mark.BODY);
        Detail.part(m, in.p(t[1][0], t[1][1]), in.p(t[2][0], t[2][1]), in.w(0.14), Mark.BODY);
        boolean band = props.stream().anyMatch(p -> p.type().equals("band") && String.valueOf(p.to()).startsWith("hand"));
        if (band) {
            double[] a = finger(pose, 0)[1];
            double[] b = finger(pose, 3)[1];
            m.add(new Mark.Poly(List.of(in.p(a[0] + 0.1, a[1] + 0.05), in.p(b[0] - 0.1, b[1] + 0.05),
                    in.p(b[0] - 0.1, b[1] - 0.04), in.p(a[0] + 0.1, a[1] - 0.04)), true, Mark.NONE, 2.4, 0x2e7d32));
        }
    }

    /** Which way the palm faces in the forearm close-up: up from half-way through the turn. */
    static boolean palmUp(Pose pose) {
        return pose.get("palmL") >= 0.5;
    }

    /** Where the thumb lies across the forearm close-up: -1 on one side (palm down), 1 on the other (palm up). */
    static double thumbSide(Pose pose) {
        return -Math.cos(Math.PI * pose.get("palmL"));
    }

    /**
     * The forearm from above, the hand to the right: palm up shows the palm (warm, with its creases), palm down the
     * back of the hand (knuckles and nails); the hand narrows when seen edge-on half-way, and the thumb changes side.
     * A curved arrow winds around the forearm.
     */
    static void palm(List<Mark> m, Detail.Inset in, Pose pose, boolean both) {
        double k = Math.max(0.22, Math.abs(thumbSide(pose)));
        double s = thumbSide(pose);
        boolean up = palmUp(pose);
        int fill = up ? Detail.PALM : Mark.BODY;
        Detail.part(m, in.p(-0.8, 0), in.p(-0.12, 0), in.w(0.34), Mark.BODY);
        Detail.part(m, in.p(0.02, s * 0.2), in.p(0.3, s * 0.36), in.w(0.11), Mark.BODY);
        for (int i = 0; i < 4; i++) {
            double y = (0.15 - 0.1 * i) * k;
            Detail.part(m, in.p(0.3, y), in.p(0.74 - (i == 3 ? 0.08 : 0), y), in.w(0.08), fill);
            if (!up) {
                Point tip = in.p(0.7 - (i == 3 ? 0.08 : 0), y);
                m.add(new Mark.Line(tip, tip, in.w(0.06), Mark.INK));
            }
        }
        m.add(new Mark.Poly(List.of(in.p(-0.14, -0.2 * k), in.p(0.33, -0.23 * k), in.p(0.33, 0.23 * k), in.p(-0.14, 0.2 * k)),
                true, fill, 2.2, Mark.INK));
        if (up) {
            m.add(new Mark.Line(in.p(-0.02, 0.1 * k), in.p(0.24, 0.02 * k), 1.2, Mark.INK));
            m.add(new Mark.Line(in.p(0.0, -0.1 * k), in.p(0.24, -0.08 * k), 1.2, Mark.INK));
        } else {
            for (int i = 0; i < 4; i++) {
                m.add(new Mark.Circle(in.p(0.3, (0.15 - 0.1 * i) * k), in.w(0.035), Mark.INK, 0, Mark.INK));
            }
        }
        List<Point> path = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            double a = Math.toRadians(-70 + 140 * i / 10.0);
            path.add(in.p(-0.55 + 0.16 * Math.cos(a), 0.52 * Math.sin(a)));
        }
        Detail.arrow(m, in, path, both);
    }
}
