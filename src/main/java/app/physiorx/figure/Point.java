package app.physiorx.figure;

/** A point of the drawing, y pointing up, in body units (a standing figure is about 170 units tall). */
public record Point(double x, double y) {

    /** The point {@code length} units away in direction {@code degrees} (0 = right, 90 = up). */
    public Point go(double degrees, double length) {
        double r = Math.toRadians(degrees);
        return new Point(x + Math.cos(r) * length, y + Math.sin(r) * length);
    }

    public Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    public double distance(Point o) {
        return Math.hypot(x - o.x, y - o.y);
    }

    /** Direction from this point to {@code o}, in degrees. */
    public double towards(Point o) {
        return Math.toDegrees(Math.atan2(o.y - y, o.x - x));
    }

    public Point mirrored() {
        return new Point(-x, y);
    }
}
