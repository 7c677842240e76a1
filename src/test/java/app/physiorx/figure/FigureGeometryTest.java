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

    @Test
    void theForearmCloseUpShowsTheBackOfTheHandAtTheStartAndThePalmAtTheEndWithTheThumbOnTheOtherSide() {
        for (String slug : List.of("forearm-rotation", "weighted-forearm-rotation")) {
            FigureSpec spec = Figures.spec(slug).orElseThrow();
            assertEquals("palm", spec.detail(), slug);
            assertFalse(HandDetail.palmUp(spec.start()), slug);
            assertTrue(HandDetail.palmUp(spec.end()), slug);
            assertTrue(HandDetail.thumbSide(spec.start()) < 0 && HandDetail.thumbSide(spec.end()) > 0, slug);
            for (boolean mirrored : new boolean[] {false, true}) {
                List<Scene.Drawing> frames = Figures.frames(slug, mirrored);
                assertEquals(0, palmFills(frames.get(0)), slug + " starts palm down");
                assertTrue(palmFills(frames.get(frames.size() - 1)) > 0, slug + " ends palm up");
            }
        }
    }

    @Test
    void inEveryIsometricNeckExerciseTheHandTouchesTheHeadAndThePushIsStoppedAtABar() {
        for (String slug : List.of("isometric-neck-flexion", "isometric-neck-extension", "isometric-lateral-neck-flexion",
                "isometric-neck-rotation")) {
            FigureSpec spec = Figures.spec(slug).orElseThrow();
            assertEquals("hold", spec.detail(), slug);
            Layout layout = new Layout(spec, false);
            Layout.Placed at = layout.at(0);
            double gap = at.p("handL").distance(at.p("head")) - Skeleton.HEAD;
            assertTrue(gap > -2 && gap < 6, slug + ": hand " + gap + " units off the head");
            List<Mark> cue = Detail.hold(layout, at);
            assertTrue(cue.stream().anyMatch(m -> m instanceof Mark.Line l && l.color() == Mark.BODY), slug + ": the palm is drawn");
            long bars = cue.stream().filter(m -> m instanceof Mark.Line l && l.color() == Mark.INK && l.width() == 2.6).count();
            long back = cue.stream().filter(m -> m instanceof Mark.Poly p && p.color() == Mark.ARROW).count();
            assertEquals(1, bars, slug + ": one stop bar");
            assertEquals(1, back, slug + ": one arrow pushing back");
        }
    }

    @Test
    void theFootCloseUpLiftsTheInnerEdgeInInversionAndTheOuterEdgeInEversion() {
        Detail.Inset in = new Detail.Inset(new Point(0, 0), 30, false, new Point(0, 0), -40, 40);
        FigureSpec inversion = Figures.spec("band-ankle-inversion").orElseThrow();
        FigureSpec eversion = Figures.spec("band-ankle-eversion").orElseThrow();
        double inner = -0.5;
        double outer = 0.42;
        assertTrue(lift(in, inversion, inner) > 5, "inversion lifts the big-toe edge");
        assertTrue(lift(in, inversion, outer) < 0);
        assertTrue(lift(in, eversion, outer) > 4, "eversion lifts the little-toe edge");
        assertTrue(lift(in, eversion, inner) < 0);
    }

    @Test
    void theHandCloseUpSpreadsTheFingersClosesTheFistAndBringsTheThumbToTheLittleFinger() {
        FigureSpec spread = Figures.spec("finger-spread").orElseThrow();
        assertTrue(fingerSpan(spread.end()) > fingerSpan(spread.start()) * 1.3, "fingers fan out");
        FigureSpec squeeze = Figures.spec("ball-squeeze").orElseThrow();
        for (int i = 0; i < 4; i++) {
            assertTrue(HandDetail.fingertips(squeeze.end())[i][1] < HandDetail.fingertips(squeeze.start())[i][1] - 0.3,
                    "finger " + i + " folds onto the palm");
        }
        FigureSpec thumb = Figures.spec("thumb-opposition").orElseThrow();
        double[] tip = HandDetail.thumb(thumb.end())[2];
        double[] little = HandDetail.fingertips(thumb.end())[3];
        assertTrue(Math.hypot(tip[0] - little[0], tip[1] - little[1]) < 0.12, "thumb tip on the little finger's");
        double[] open = HandDetail.thumb(thumb.start())[2];
        assertTrue(Math.hypot(open[0] - little[0], open[1] - little[1]) > 0.6, "thumb away at the start");
    }

    @Test
    void aCloseUpSitsOnTheSideTheFigureFacesAndAMirroredFigureIsItsExactReflection() {
        for (String slug : Figures.slugs()) {
            FigureSpec spec = Figures.spec(slug).orElseThrow();
            if (!Detail.hasInset(spec)) {
                continue;
            }
            Scene.Drawing plain = Figures.frames(slug, false).get(0);
            Scene.Drawing mirrored = Figures.frames(slug, true).get(0);
            Layout layout = new Layout(spec, false);
            assertTrue(plain.maxX() > layout.at(0).p(spec.focus() != null ? spec.focus() : "pelvis").x() + 30, slug);
            assertEquals(-plain.maxX(), mirrored.minX(), 1e-6, slug);
            assertEquals(-plain.minX(), mirrored.maxX(), 1e-6, slug);
            assertEquals(plain.marks().size(), mirrored.marks().size(), slug);
            for (Mark m : plain.marks()) {
                if (m instanceof Mark.Poly p && p.fill() == 0xffffff) {
                    p.points().forEach(pt -> assertTrue(pt.x() >= plain.minX() - 1e-6 && pt.x() <= plain.maxX() + 1e-6
                            && pt.y() >= plain.minY() - 1e-6 && pt.y() <= plain.maxY() + 1e-6, slug + ": the close-up stays in its box"));
                }
            }
        }
    }

    @Test
    void theTrunkCloseUpsTurnTheShouldersOrTipTheKnees() {
        assertEquals("twist", Figures.spec("seated-thoracic-rotation").orElseThrow().detail());
        assertTrue(Figures.spec("seated-thoracic-rotation").orElseThrow().end().get("twist") >= 30);
        assertEquals("knees", Figures.spec("lower-trunk-rotation").orElseThrow().detail());
        assertTrue(Math.abs(Figures.spec("lower-trunk-rotation").orElseThrow().end().get("twist")) >= 30);
    }

    @Test
    void aZoomedPictureShowsNothingOutsideItsBoxInSvgOrPdf() throws Exception {
        Scene.Drawing d = Figures.frames("forearm-rotation", false).get(0);
        String svg = Figures.startSvg("forearm-rotation", "Forearm Rotation", false);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        org.w3c.dom.Element inner = (org.w3c.dom.Element) doc.getDocumentElement().getElementsByTagName("svg").item(0);
        String[] viewBox = doc.getDocumentElement().getAttribute("viewBox").split(" ");
        assertEquals(viewBox[2], inner.getAttribute("width"));
        assertEquals(viewBox[3], inner.getAttribute("height"));
        assertEquals("hidden", inner.getAttribute("overflow"));
        org.openpdf.text.pdf.PdfContentByte cb = new org.openpdf.text.pdf.PdfContentByte(null);
        PdfFigure.draw(cb, d, 0, 0, 200, 100);
        String content = cb.toString();
        assertTrue(content.matches("(?s)q\\s[^\\n]*re\\sW\\sn\\s.*"), "clipped to the box first: " + content.substring(0, 60));
    }

    private static long palmFills(Scene.Drawing d) {
        return d.marks().stream().filter(m -> m instanceof Mark.Poly p && p.fill() == Detail.PALM).count();
    }

    private static double lift(Detail.Inset in, FigureSpec spec, double edge) {
        return Detail.footPoint(in, edge, -0.34, spec.end().get("soleL")).y()
                - Detail.footPoint(in, edge, -0.34, spec.start().get("soleL")).y();
    }

    private static double fingerSpan(Pose p) {
        double[][] tips = HandDetail.fingertips(p);
        return Math.abs(tips[0][0] - tips[3][0]);
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
