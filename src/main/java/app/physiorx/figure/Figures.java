package app.physiorx.figure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * The drawn pictures of the catalog's exercises by slug, for pages (inline SVG) and the handout (PDF paths).
 * Poses are read once; each exercise's frames are worked out once and kept. Thread-safe.
 */
public final class Figures {
    /** In-between frames of the moving picture, start and end included. */
    public static final int FRAMES = 7;
    private static final Map<String, FigureSpec> SPECS = PoseCatalog.load();
    private static final Map<String, List<Scene.Drawing>> DRAWN = new ConcurrentHashMap<>();

    private Figures() {
    }

    public static Set<String> slugs() {
        return SPECS.keySet();
    }

    public static Optional<FigureSpec> spec(String slug) {
        return Optional.ofNullable(slug == null ? null : SPECS.get(slug));
    }

    public static boolean has(String slug) {
        return slug != null && SPECS.containsKey(slug);
    }

    /** Every frame of the exercise, start first, end last; mirrored for the other side. */
    public static List<Scene.Drawing> frames(String slug, boolean mirrored) {
        FigureSpec spec = SPECS.get(slug);
        if (spec == null) {
            return List.of();
        }
        return DRAWN.computeIfAbsent(slug + (mirrored ? "|m" : ""), k -> Scene.frames(spec, mirrored, FRAMES));
    }

    /** "Start position of Chin Tuck" as an inline SVG, or "" when the exercise has no pose. */
    public static String startSvg(String slug, String name, boolean mirrored) {
        return startPicture(slug, "Start position of " + name, mirrored);
    }

    public static String endSvg(String slug, String name, boolean mirrored) {
        return endPicture(slug, "End position of " + name, mirrored);
    }

    /** The figure moving between its key frames; {@code id} must be unique on the page. */
    public static String movingSvg(String slug, String name, String id, boolean mirrored) {
        return movingPicture(slug, "Start position of " + name + ", moving to the end position", id, mirrored);
    }

    /** The start position with its accessible name as given (in the reader's language), or "". */
    public static String startPicture(String slug, String label, boolean mirrored) {
        List<Scene.Drawing> f = frames(slug, mirrored);
        return f.isEmpty() ? "" : SvgFigure.picture(f.get(0), label);
    }

    public static String endPicture(String slug, String label, boolean mirrored) {
        List<Scene.Drawing> f = frames(slug, mirrored);
        return f.isEmpty() ? "" : SvgFigure.picture(f.get(f.size() - 1), label);
    }

    public static String movingPicture(String slug, String label, String id, boolean mirrored) {
        List<Scene.Drawing> f = frames(slug, mirrored);
        return f.isEmpty() ? "" : SvgFigure.animated(f, label, id);
    }

    /**
     * Draws start and end side by side in the box, with a small gap; returns false (drawing nothing) when the
     * exercise has no pose.
     */
    public static boolean drawPair(PdfContentByte cb, String slug, boolean mirrored, float x, float y, float w, float h) {
        List<Scene.Drawing> f = frames(slug, mirrored);
        if (f.isEmpty()) {
            return false;
        }
        float gap = 8;
        float half = (w - gap) / 2;
        PdfFigure.draw(cb, f.get(0), x, y, half, h);
        PdfFigure.draw(cb, f.get(f.size() - 1), x + half + gap, y, half, h);
        return true;
    }
}
