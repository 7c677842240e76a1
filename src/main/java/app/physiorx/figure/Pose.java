package app.physiorx.figure;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One key frame of a figure: joint angles in degrees. Keys are {@code trunk} (direction of the spine,
 * 90 = upright), {@code neck}, {@code tuck} (head slid back), {@code turn} (head turned, front view), and per
 * side with suffix L or R: {@code shoulder}, {@code elbow}, {@code wrist}, {@code hip}, {@code knee}, {@code ankle},
 * {@code grip} (0 open hand, 1 fist), {@code armShort}/{@code foreShort} (upper arm or forearm pointing at the viewer,
 * drawn that much shorter); for the close-ups ({@link Detail}) {@code spread} (fingers fanned, 0 to 1), {@code thumb}
 * (thumb tip to the little finger, 0 to 1), {@code palm} (forearm turned, 0 palm down, 1 palm up) and {@code sole}
 * (foot tilted, degrees, positive sole turned in). Unsided: {@code twist} (shoulders turned over the pelvis, degrees), {@code curve} (back rounded, negative arched), {@code foreshorten} and
 * {@code shinShorten} (front view: thigh or shin pointing at the viewer). A key without suffix sets both sides. Missing angles are 0.
 */
public record Pose(Map<String, Double> angles) {
    public static final String[] SIDED = {"shoulder", "elbow", "wrist", "hip", "knee", "ankle", "grip", "armShort",
        "foreShort", "spread", "thumb", "palm", "sole"};

    public Pose {
        angles = Map.copyOf(expand(angles));
    }

    public static Pose of(Map<String, Double> angles) {
        return new Pose(angles);
    }

    public double get(String key) {
        Double v = angles.get(key);
        return v == null ? 0 : v;
    }

    /** This pose with some angles changed: the base posture plus the joints that move. */
    public Pose with(Map<String, Double> changes) {
        Map<String, Double> all = new HashMap<>(angles);
        all.putAll(expand(changes));
        return new Pose(all);
    }

    /** The same pose done with the other side: left and right angles swapped. */
    public Pose mirrored() {
        Map<String, Double> swapped = new HashMap<>();
        angles.forEach((k, v) -> swapped.put(otherSide(k), v));
        return new Pose(swapped);
    }

    /** The pose a fraction {@code t} of the way from this one to {@code end}, joint by joint. */
    public Pose towards(Pose end, double t) {
        Map<String, Double> mixed = new TreeMap<>();
        java.util.Set<String> keys = new java.util.HashSet<>(angles.keySet());
        keys.addAll(end.angles.keySet());
        for (String k : keys) {
            mixed.put(k, get(k) + (end.get(k) - get(k)) * t);
        }
        return new Pose(mixed);
    }

    /** "hipL" for "hipR" and back; a name without a side stays. */
    public static String otherSide(String key) {
        if (key.endsWith("L")) {
            return key.substring(0, key.length() - 1) + "R";
        }
        if (key.endsWith("R")) {
            return key.substring(0, key.length() - 1) + "L";
        }
        return key;
    }

    private static Map<String, Double> expand(Map<String, Double> raw) {
        Map<String, Double> out = new HashMap<>();
        raw.forEach((k, v) -> {
            if (java.util.Arrays.asList(SIDED).contains(k)) {
                out.putIfAbsent(k + "L", v);
                out.putIfAbsent(k + "R", v);
            }
        });
        raw.forEach((k, v) -> {
            if (!java.util.Arrays.asList(SIDED).contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
