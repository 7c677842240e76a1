package app.physiorx.handout;

import app.physiorx.figure.Figures;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/** An exercise's drawn start and end positions as one vector form (lines and curves, no image data). */
final class HandoutFigures {
    static final float WIDTH = 250, HEIGHT = 96;

    private HandoutFigures() {
    }

    /** The pair drawn into a form XObject, or null when the exercise has no poses. */
    static Image pair(PdfWriter writer, String slug, boolean mirrored) {
        PdfTemplate form = writer.getDirectContent().createTemplate(WIDTH, HEIGHT);
        if (!Figures.drawPair(form, slug, mirrored, 0, 0, WIDTH, HEIGHT)) {
            return null;
        }
        try {
            Image image = Image.getInstance(form);
            image.setWidthPercentage(0);
            image.scaleAbsolute(WIDTH, HEIGHT);
            image.setSpacingAfter(4);
            image.setAlt("Start and end position");
            return image;
        } catch (BadElementException e) {
            return null;
        }
    }
}
