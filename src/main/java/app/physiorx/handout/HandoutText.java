package app.physiorx.handout;

import java.util.List;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * The handout's text set in lines by measuring each word in the embedded font, and the pieces a page is made of
 * (lines, drawings, space). A handout's text is short paragraphs in a few styles; breaking them into lines here
 * and writing each line with one text operator per style does in one pass what OpenPDF's general layout (a chunk
 * object per word and attribute, and every card laid out twice: once to measure, once to draw) did in about half
 * of the time of a whole handout.
 */
public final class HandoutText {
    private HandoutText() {
    }

    /** A stretch of text in one style. */
    public record Run(Font font, String text) {
    }

    /** Something that takes a height on the page and draws itself with its top-left corner at (left, top). */
    public interface Piece {
        float height();

        void draw(HandoutPen pen, float left, float top);
    }

    /** Empty space. */
    public record Space(float height) implements Piece {
        @Override
        public void draw(HandoutPen pen, float left, float top) {
        }
    }

    /** A vector form (a drawn figure, the QR code) at a given size, and the space below it. */
    public record Form(PdfTemplate form, float width, float formHeight, float after) implements Piece {
        @Override
        public float height() {
            return formHeight + after;
        }

        @Override
        public void draw(HandoutPen pen, float left, float top) {
            float scale = width / form.getWidth();
            pen.cb().addTemplate(form, scale, 0, 0, formHeight / form.getHeight(), left, top - formHeight);
        }
    }

    /** A picture scaled to fit, and the space below it. */
    public record Picture(Image image, float width, float pictureHeight, float after) implements Piece {
        static Picture fitted(Image image, float maxWidth, float maxHeight, float after) {
            float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
            return new Picture(image, image.getWidth() * scale, image.getHeight() * scale, after);
        }

        @Override
        public float height() {
            return pictureHeight + after;
        }

        @Override
        public void draw(HandoutPen pen, float left, float top) {
            try {
                pen.cb().addImage(image, width, 0, 0, pictureHeight, left, top - pictureHeight);
            } catch (RuntimeException e) {
                // a picture that cannot be drawn is left out; the text carries the instructions
            }
        }
    }

    /** A run placed at {@code x} from the line's left edge. */
    public record Placed(Font font, String text, float x) {
    }

    /** One line of text; {@code height} is its leading. */
    public record Line(List<Placed> runs, float height, float size) implements Piece {
        @Override
        public void draw(HandoutPen pen, float left, float top) {
            // The baseline sits so that the font's ascent and descent are centred in the leading.
            float baseline = top - height / 2 - 0.26f * size;
            PdfContentByte cb = pen.cb();
            cb.beginText();
            float at = 0;
            boolean first = true;
            for (Placed run : runs) {
                pen.use(run.font());
                if (first) {
                    cb.moveText(left + run.x(), baseline);
                    first = false;
                } else {
                    cb.moveText(run.x() - at, 0);
                }
                at = run.x();
                cb.showText(run.text());
            }
            cb.endText();
        }
    }

    /** A piece that opens {@code url} when tapped or clicked in a PDF viewer (the link covers the piece). */
    public record Link(Piece piece, String url, float width) implements Piece {
        @Override
        public float height() {
            return piece.height();
        }

        @Override
        public void draw(HandoutPen pen, float left, float top) {
            piece.draw(pen, left, top);
            pen.cb().setAction(new org.openpdf.text.pdf.PdfAction(url), left, top - piece.height(), left + width, top);
        }
    }

    /** The width of the line's text from its left edge. */
    public static float width(Line line) {
        float right = 0;
        for (Placed run : line.runs()) {
            right = Math.max(right, run.x() + HandoutWidths.points(run.font().getBaseFont(), run.text(), run.font().getSize()));
        }
        return right;
    }

    /** A paragraph in one font. */
    public static List<Line> lines(Font font, String text, float width) {
        return lines(null, 0, List.of(new Run(font, text)), width);
    }

    /**
     * Breaks the runs into lines no wider than {@code width}, at spaces, at line breaks in the text, and inside a
     * word only when the word alone is wider than a line. With a {@code prefix} (a list number or a bullet) the
     * prefix stands at the left edge and every line of the text starts at {@code hang}.
     */
    public static List<Line> lines(Run prefix, float hang, List<Run> runs, float width) {
        HandoutLineBreaker b = new HandoutLineBreaker(width, prefix == null ? 0 : hang);
        if (prefix != null) {
            b.placed.add(new Placed(prefix.font(), prefix.text(), 0));
            b.size = prefix.font().getSize();
        }
        for (Run run : runs) {
            String text = run.text();
            int from = 0;
            for (int i = 0; i < text.length(); i++) { // a line break in the text (\n, \r\n or \r) starts a new line
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    b.add(run.font(), text.substring(from, i));
                    b.breakLine();
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    from = i + 1;
                }
            }
            b.add(run.font(), from == 0 ? text : text.substring(from));
        }
        b.breakLine();
        return b.lines;
    }
}
