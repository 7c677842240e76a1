package app.physiorx.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every exercise of the catalog has poses, and every pose uses only known joints and props. */
@Tag("unit")
class FigureCatalogTest {
    static final List<String> ORIGINAL = List.of("knee-to-chest", "thoracic-mobilization", "thoracic-extension-on-the-wall",
            "opposite-arm-and-leg-raises", "scapular-squeeze", "prone-shoulder-blade-retraction",
            "low-row-with-resistance-bands", "wide-row-with-resistance-bands", "neck-flexion-and-extension",
            "isometric-lateral-neck-flexion", "wall-angels");
    static final Set<String> ANGLES = Set.of("trunk", "neck", "tuck", "turn", "foreshorten", "shinShorten", "curve",
            "twist");

    @Test
    void everyCatalogExerciseHasPoses() throws IOException {
        Set<String> missing = new TreeSet<>(FigureContactSheetTest.catalog().keySet());
        missing.removeAll(Figures.slugs());
        assertEquals(Set.of(), missing, "exercises without poses");
    }

    @Test
    void posesNameOnlyKnownJointsAndProps() {
        for (String slug : Figures.slugs()) {
            FigureSpec spec = Figures.spec(slug).orElseThrow();
            for (Pose p : List.of(spec.start(), spec.end())) {
                for (String key : p.angles().keySet()) {
                    String joint = key.replaceAll("[LR]$", "");
                    assertTrue(ANGLES.contains(key) || List.of(Pose.SIDED).contains(joint), slug + ": unknown angle " + key);
                }
            }
            for (Prop prop : spec.props()) {
                assertTrue(Prop.TYPES.contains(prop.type()), slug + ": unknown prop " + prop.type());
            }
            assertTrue(spec.arrow() != null, slug + ": no arrow");
            assertEquals(Figures.FRAMES, Figures.frames(slug, false).size(), slug);
        }
    }
}
