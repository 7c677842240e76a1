package app.physiorx.handout;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/** The handout's colours, embedded font and type sizes. */
public final class HandoutStyle {
    public static final Color INK = new Color(29, 42, 51);
    public static final Color MUTED = new Color(91, 107, 118);
    public static final Color BRAND = new Color(11, 110, 110);
    public static final Color WARN = new Color(154, 52, 18);
    public static final Color WARN_BG = new Color(255, 244, 237);
    public static final Color LINE = new Color(190, 203, 211);

    public static final BaseFont REGULAR = font("/fonts/DejaVuSans.ttf");
    /**
     * Bold text is DejaVu Sans drawn with OpenPDF's simulated bold (fill and stroke): embedding
     * a second font subset cost about a third of the time of a whole handout.
     */
    public static final BaseFont BOLD = REGULAR;

    private HandoutStyle() {
    }

    private static BaseFont font(String resource) {
        try (InputStream in = HandoutStyle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the application");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Type sizes, scaled about 1.5× for large print. */
    public record Type(Font title, Font heading, Font body, Font bold, Font small, Font dosage, Font warnHeading) {
        public static Type of(boolean large) {
            float k = large ? 1.5f : 1f;
            return new Type(new Font(BOLD, 18 * k, Font.BOLD, BRAND), new Font(BOLD, 13 * k, Font.BOLD, INK),
                    new Font(REGULAR, 10.5f * k, Font.NORMAL, INK), new Font(BOLD, 10.5f * k, Font.BOLD, INK),
                    new Font(REGULAR, 8.5f * k, Font.NORMAL, MUTED), new Font(BOLD, 11.5f * k, Font.BOLD, BRAND),
                    new Font(BOLD, 11.5f * k, Font.BOLD, WARN));
        }
    }

}
