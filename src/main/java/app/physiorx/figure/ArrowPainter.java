package app.physiorx.figure;

import java.util.ArrayList;
import java.util.List;

/** The movement arrow: the path a joint travels between the key frames, or a straight push for a hold. */
final class ArrowPainter {
    private static final int SAMPLES = 10;
    private static final double WIDTH = 2.6;

    private ArrowPainter() {
    }

    static List<Mark> paint(Layout layout) {
        Arrow a = layout.spec.arrow();
        if (a == null || a.joint() == null) {
            return List.of();
        }
        double dx = layout.mirrorX(a.dx() == null ? 0 : a.dx());
        double dy = a.dy() == null ? 0 : a.dy();
        List<Point> path = new ArrayList<>();
        if (a.dir() != null) {
            double dir = layout.mirrored ? 180 - a.dir() : a.dir();
            Point from = layout.at(0).p(layout.name(a.joint())).plus(dx, dy);
            path.add(from);
            path.add(from.go(dir, a.len() == null ? 16 : a.len()));
        } else {
            for (int i = 0; i <= SAMPLES; i++) {
                path.add(layout.at((double) i / SAMPLES).p(layout.name(a.joint())).plus(dx, dy));
            }
        }
        double length = 0;
        for (int i = 1; i < path.size(); i++) {
            length += path.get(i - 1).distance(path.get(i));
        }
        if (length < 4) {
            return List.of();
        }
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark.Poly(trim(path), false, Mark.NONE, WIDTH, Mark.ARROW));
        marks.add(head(path.get(path.size() - 2), path.get(path.size() - 1)));
        if (Boolean.TRUE.equals(a.both())) {
            marks.add(head(path.get(1), path.get(0)));
        }
        return marks;
    }

    /** The path without its last few units, so the line ends inside the head. */
    private static List<Point> trim(List<Point> path) {
        List<Point> out = new ArrayList<>(path);
        Point last = out.get(out.size() - 1);
        Point before = out.get(out.size() - 2);
        out.set(out.size() - 1, last.go(last.towards(before), Math.min(4, last.distance(before))));
        return out;
    }

    private static Mark head(Point from, Point tip) {
        double dir = from.towards(tip);
        Point base = tip.go(dir, -8);
        return new Mark.Poly(List.of(tip, base.go(dir + 90, 4.5), base.go(dir - 90, 4.5)), true, Mark.ARROW, 0.8, Mark.ARROW);
    }
}
