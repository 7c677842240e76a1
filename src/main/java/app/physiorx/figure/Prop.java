package app.physiorx.figure;

import java.util.Set;

/**
 * A thing in the picture, placed by a joint of the figure: {@code at} is the joint, {@code dx}/{@code dy} move it,
 * {@code to} is a second joint (a band's or strap's other end, a roller's far end), {@code size} its length or
 * radius, {@code angle} its direction, {@code lift} how much it raises the figure off the floor, {@code moves}
 * whether it follows the figure between the frames (a hand-held weight) or stays put (a wall).
 */
public record Prop(String type, String at, String to, Double dx, Double dy, Double size, Double angle, Double lift,
                   Boolean moves) {
    public static final Set<String> TYPES = Set.of("wall", "chair", "table", "step", "band", "ball", "roller", "stick",
            "towel", "dumbbell", "pillow", "bed");

    public double dxOr(double d) {
        return dx == null ? d : dx;
    }

    public double dyOr(double d) {
        return dy == null ? d : dy;
    }

    public double sizeOr(double d) {
        return size == null ? d : size;
    }

    public boolean follows() {
        return moves != null ? moves : Set.of("band", "stick", "dumbbell").contains(type) || (type.equals("towel") && to != null);
    }
}
