package app.physiorx.figure;

/**
 * Places the figure of a spec on the ground: the start frame rests its lowest part on the floor (or mat, or
 * whatever lifts it), and later frames either do the same, keeping the pelvis over the same spot, or keep the
 * anchor joint where it was in the start frame (the feet in a sit-to-stand).
 */
final class Layout {
    final FigureSpec spec;
    final boolean mirrored;
    private final Placed start;

    /** A skeleton moved to its place in the picture. */
    record Placed(Skeleton skeleton, double dx, double dy) {
        Point p(String joint) {
            return skeleton.at(joint).plus(dx, dy);
        }
    }

    Layout(FigureSpec spec, boolean mirrored) {
        this.spec = spec;
        this.mirrored = mirrored;
        Skeleton s = Skeleton.of(spec.view(), spec.start(), mirrored);
        this.start = new Placed(s, 0, groundLevel() - lowest(s));
    }

    int facingSign() {
        return mirrored ? -1 : 1;
    }

    /** The joint as named in this picture: a mirrored figure works the other side. */
    String name(String joint) {
        return mirrored ? Pose.otherSide(joint) : joint;
    }

    double mirrorX(double dx) {
        return mirrored ? -dx : dx;
    }

    Placed at(double t) {
        if (t <= 0) {
            return start;
        }
        Skeleton s = Skeleton.of(spec.view(), spec.start().towards(spec.end(), Math.min(1, t)), mirrored);
        String anchor = spec.anchor();
        if (anchor != null) {
            Point was = start.p(name(anchor));
            Point now = s.at(name(anchor));
            return new Placed(s, was.x() - now.x(), was.y() - now.y());
        }
        return new Placed(s, 0, groundLevel() - lowest(s));
    }

    double groundLevel() {
        double level = "mat".equals(spec.ground()) ? 3 : 0;
        for (Prop p : spec.props()) {
            if (p.lift() != null) {
                level += p.lift();
            }
        }
        return level;
    }

    static double lowest(Skeleton s) {
        double low = s.at("head").y() - Skeleton.HEAD;
        for (Skeleton.Bone b : s.bones()) {
            low = Math.min(low, Math.min(s.at(b.from()).y(), s.at(b.to()).y()) - b.width() / 2);
        }
        return low;
    }
}
