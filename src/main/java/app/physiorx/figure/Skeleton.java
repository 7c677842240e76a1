package app.physiorx.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figure's joints worked out from a pose (forward kinematics, pelvis at the origin) and its bones in
 * drawing order. Side view: the figure faces right and its left side is nearest. A mirrored figure is the
 * exact reflection, its joints renamed left for right: the same exercise done with the other side.
 */
public record Skeleton(View view, Map<String, Point> joints, List<Bone> bones, double facing) {
    public static final double TRUNK = 50, SHOULDER_DROP = 6, NECK = 8, HEAD = 11, UPPER_ARM = 29, FOREARM = 26,
            HAND = 9, THIGH = 42, SHIN = 41, FOOT = 15, HEEL = 4, SHOULDER_HALF = 17, HIP_HALF = 9;

    /** A limb or body part drawn as a rounded stroke; layer 0 is behind the body, 1 the body, 2 in front. */
    public record Bone(String from, String to, double width, int layer) {
    }

    public Point at(String joint) {
        Point p = joints.get(joint);
        if (p == null) {
            throw new IllegalArgumentException("no joint " + joint);
        }
        return p;
    }

    public static Skeleton of(View view, Pose pose, boolean mirrored) {
        Skeleton s = view == View.SIDE ? side(pose, "L") : front(pose);
        return mirrored ? s.reflected() : s;
    }

    private Skeleton reflected() {
        Map<String, Point> flipped = new LinkedHashMap<>();
        joints.forEach((k, v) -> flipped.put(Pose.otherSide(k), v.mirrored()));
        List<Bone> swapped = bones.stream()
                .map(b -> new Bone(Pose.otherSide(b.from()), Pose.otherSide(b.to()), b.width(), b.layer())).toList();
        return new Skeleton(view, flipped, swapped, 180 - facing);
    }

    private static Skeleton side(Pose p, String near) {
        Map<String, Point> j = new LinkedHashMap<>();
        double trunk = p.get("trunk");
        Point pelvis = new Point(0, 0);
        j.put("pelvis", pelvis);
        j.put("chest", pelvis.go(trunk, TRUNK));
        j.put("mid", pelvis.go(trunk, TRUNK / 2).go(trunk + 90, p.get("curve")));
        Point shoulder = pelvis.go(trunk, TRUNK - SHOULDER_DROP);
        double neckDir = trunk + p.get("neck");
        head(j, j.get("chest"), neckDir, neckDir - 90, trunk - 90, p.get("tuck"));
        for (String s : new String[] {"L", "R"}) {
            arm(j, p, s, shoulder, trunk - 180 + p.get("shoulder" + s), 1);
            double thigh = trunk - 180 + p.get("hip" + s);
            j.put("hip" + s, pelvis);
            leg(j, p, s, thigh, thigh - p.get("knee" + s), 90);
        }
        String far = near.equals("L") ? "R" : "L";
        List<Bone> bones = new ArrayList<>();
        limbs(bones, far, 0);
        body(bones);
        limbs(bones, near, 2);
        return new Skeleton(View.SIDE, j, bones, trunk - 90 + p.get("neck"));
    }

    private static Skeleton front(Pose p) {
        Map<String, Point> j = new LinkedHashMap<>();
        double trunk = p.get("trunk");
        Point pelvis = new Point(0, 0);
        j.put("pelvis", pelvis);
        j.put("chest", pelvis.go(trunk, TRUNK));
        j.put("mid", pelvis.go(trunk, TRUNK / 2));
        double neckDir = trunk - p.get("neck");
        head(j, j.get("chest"), neckDir, Double.NaN, 0, 0);
        j.put("nose", j.get("head").go(neckDir - 90, Math.sin(Math.toRadians(p.get("turn"))) * 7));
        for (String s : new String[] {"L", "R"}) {
            int sign = s.equals("L") ? 1 : -1;
            Point shoulder = pelvis.go(trunk, TRUNK - SHOULDER_DROP).go(trunk - 90, sign * SHOULDER_HALF);
            arm(j, p, s, shoulder, trunk - 180 + sign * p.get("shoulder" + s), sign);
            Point hip = pelvis.go(trunk - 90, sign * HIP_HALF);
            j.put("hip" + s, hip);
            double thigh = trunk - 180 + sign * p.get("hip" + s);
            legFront(j, p, s, hip, thigh, sign);
        }
        List<Bone> bones = new ArrayList<>();
        bones.add(new Bone("hipL", "hipR", 16, 1));
        for (String s : new String[] {"L", "R"}) {
            bones.add(new Bone("hip" + s, "knee" + s, 14, 1));
            bones.add(new Bone("knee" + s, "ankle" + s, 11, 1));
            bones.add(new Bone("heel" + s, "toe" + s, 7, 1));
        }
        body(bones);
        bones.add(new Bone("shoulderL", "shoulderR", 12, 1));
        limbArms(bones, "L", 2);
        limbArms(bones, "R", 2);
        return new Skeleton(View.FRONT, j, bones, Double.NaN);
    }

    private static void head(Map<String, Point> j, Point neckBase, double neckDir, double facing, double forward,
                             double tuck) {
        j.put("neckBase", neckBase);
        Point neckTop = neckBase.go(neckDir, NECK).go(forward, -tuck);
        j.put("neckTop", neckTop);
        Point head = neckTop.go(neckDir, HEAD - 1);
        j.put("head", head);
        j.put("crown", head.go(neckDir, HEAD));
        if (!Double.isNaN(facing)) {
            j.put("nose", head.go(facing, HEAD + 3).go(neckDir, -1));
        }
    }

    private static void arm(Map<String, Point> j, Pose p, String s, Point shoulder, double armDir, int sign) {
        j.put("shoulder" + s, shoulder);
        Point elbow = shoulder.go(armDir, UPPER_ARM * (1 - p.get("armShort" + s)));
        double forearm = armDir + sign * p.get("elbow" + s);
        Point wrist = elbow.go(forearm, FOREARM * (1 - p.get("foreShort" + s)));
        j.put("elbow" + s, elbow);
        j.put("wrist" + s, wrist);
        double grip = p.get("grip" + s);
        j.put("hand" + s, wrist.go(forearm + sign * p.get("wrist" + s), HAND * (1 - 0.45 * grip)));
    }

    private static void leg(Map<String, Point> j, Pose p, String s, double thigh, double shin, double footTurn) {
        Point knee = j.get("pelvis").go(thigh, THIGH);
        Point ankle = knee.go(shin, SHIN);
        double foot = shin + footTurn + p.get("ankle" + s);
        j.put("knee" + s, knee);
        j.put("ankle" + s, ankle);
        j.put("toe" + s, ankle.go(foot, FOOT));
        j.put("heel" + s, ankle.go(foot, -HEEL));
    }

    private static void legFront(Map<String, Point> j, Pose p, String s, Point hip, double thigh, int sign) {
        Point knee = hip.go(thigh, THIGH * (1 - p.get("foreshorten")));
        double shin = thigh + sign * p.get("knee" + s);
        Point ankle = knee.go(shin, SHIN * (1 - p.get("shinShorten")));
        j.put("knee" + s, knee);
        j.put("ankle" + s, ankle);
        j.put("heel" + s, ankle.go(shin, 3));
        j.put("toe" + s, ankle.go(shin + sign * (70 + p.get("ankle" + s)), 9));
    }

    private static void body(List<Bone> bones) {
        bones.add(new Bone("pelvis", "mid", 24, 1));
        bones.add(new Bone("mid", "chest", 24, 1));
        bones.add(new Bone("neckBase", "neckTop", 9, 1));
    }

    private static void limbs(List<Bone> bones, String s, int layer) {
        bones.add(new Bone("pelvis", "knee" + s, 15, layer));
        bones.add(new Bone("knee" + s, "ankle" + s, 11, layer));
        bones.add(new Bone("heel" + s, "toe" + s, 7, layer));
        limbArms(bones, s, layer);
    }

    private static void limbArms(List<Bone> bones, String s, int layer) {
        bones.add(new Bone("shoulder" + s, "elbow" + s, 10, layer));
        bones.add(new Bone("elbow" + s, "wrist" + s, 8, layer));
        bones.add(new Bone("wrist" + s, "hand" + s, 7, layer));
    }
}
