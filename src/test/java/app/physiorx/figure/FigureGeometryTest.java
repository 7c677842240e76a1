package app.physiorx.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The pose model's geometry and the SVG it writes. */
@Tag("unit")
class FigureGeometryTest {
    private static final List<String[]> CHAINS = List.of(
            new String[] {"shoulderL", "elbowL", "wristL"}, new String[] {"shoulderR", "elbowR", "wristR"},
            new String[] {"hipL", "kneeL", "ankleL", "toeL"}, new String[] {"hipR", "kneeR", "ankleR", "toeR"},
            new String[] {"pelvis", "chest", "neckTop", "head"});

    @Test
    void aMirroredPoseIsTheReflectionOfThePoseWithItsSidesSwapped() {
        for (String slug : List.of("clamshell", "standing-hip-abduction", "straight-leg-raise", "neck-side-bend")) {
            FigureSpec spec = Figures.spec(slug).orElseThrow();
            Skeleton plain = Skeleton.of(spec.view(), spec.end(), false);
            Skeleton mirrored = Skeleton.of(spec.view(), spec.end(), true);
            for (Map.Entry<String, Point> j : plain.joints().entrySet()) {
                String other = swap(j.getKey());
                Point m = mirrored.at(other);
                assertEquals(-j.getValue().x(), m.x(), 1e-9, slug + " " + j.getKey());
                assertEquals(j.getValue().y(), m.y(), 1e-9, slug + " " + j.getKey());
            }
        }
    }

    @Test
    void theSameSideOfAPoseMirroredTwiceIsThePose() {
        Pose p = Figures.spec("bridge").orElseThrow().end();
        assertEquals(p, p.mirrored().mirrored());
        assertEquals(p.get("hipL"), p.mirrored().get("hipR"));
    }

    @Test
    void limbsKeepTheirLengthBetweenTheKeyFramesOfEveryExercise() {
        for (String slug : Figures.slugs()) {
            FigureSpec spec = Figures.spec(slug).orElseThrow();
            Skeleton a = Skeleton.of(spec.view(), spec.start(), false);
            Skeleton b = Skeleton.of(spec.view(), spec.end(), false);
            for (String[] chain : CHAINS) {
                for (int i = 1; i < chain.length; i++) {
                    double start = a.at(chain[i - 1]).distance(a.at(chain[i]));
                    double end = b.at(chain[i - 1]).distance(b.at(chain[i]));
                    if (!foreshortened(spec, chain[i])) {
                        assertEquals(start, end, 1e-6, slug + ": " + chain[i - 1] + "-" + chain[i]);
                    }
                }
            }
        }
    }

    @Test
    void everyPictureIsWellFormedSvgWithoutScriptOrOutsideReference() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String slug : Figures.slugs()) {
            for (String svg : List.of(Figures.startSvg(slug, "A & B", false), Figures.endSvg(slug, "<x>", true),
                    Figures.movingSvg(slug, "\"q\"", "fig-1", false))) {
                Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
                assertEquals("svg", doc.getDocumentElement().getLocalName());
                assertEquals("img", doc.getDocumentElement().getAttribute("role"));
                assertEquals(1, doc.getElementsByTagName("title").getLength());
                assertEquals(0, doc.getElementsByTagName("script").getLength(), slug);
                assertFalse(svg.contains("style="), "the CSP allows no inline style");
                assertFalse(svg.matches("(?s).*href=\"(?!#).*"), "no outside reference");
                assertFalse(svg.contains("<image"), "vector only");
            }
        }
    }

    @Test
    void startAndEndShareOneFrameBox() {
        List<Scene.Drawing> frames = Figures.frames("sit-to-stand", false);
        assertEquals(Figures.FRAMES, frames.size());
        assertEquals(frames.get(0).width(), frames.get(frames.size() - 1).width());
        assertTrue(frames.get(0).height() > 100, "a standing figure is tall");
    }

    private static boolean foreshortened(FigureSpec spec, String joint) {
        String side = joint.endsWith("L") || joint.endsWith("R") ? joint.substring(joint.length() - 1) : "";
        for (Pose p : List.of(spec.start(), spec.end())) {
            if (p.get("foreshorten") != 0 || p.get("shinShorten") != 0 || p.get("armShort" + side) != 0
                    || p.get("foreShort" + side) != 0 || p.get("grip" + side) != 0) {
                return true;
            }
        }
        return joint.equals("neckTop") && (spec.start().get("tuck") != 0 || spec.end().get("tuck") != 0);
    }

    private static String swap(String key) {
        if (key.endsWith("L")) {
            return key.substring(0, key.length() - 1) + "R";
        }
        return key.endsWith("R") ? key.substring(0, key.length() - 1) + "L" : key;
    }
}
