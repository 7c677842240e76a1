package app.physiorx.handout;

import static app.physiorx.handout.HandoutStyle.MUTED;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/** "Page x of y" at the foot of every page; y is filled in when the document closes. */
public final class HandoutPageNumbers extends PdfPageEventHelper {
    private final Font font;
    private final app.physiorx.common.Words words;
    private PdfTemplate total;

    public HandoutPageNumbers(Font font) {
        this(font, app.physiorx.common.Words.of("handout", "en"));
    }

    public HandoutPageNumbers(Font font, app.physiorx.common.Words words) {
        this.font = font;
        this.words = words;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 20);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        String text = words.say("page", Integer.toString(writer.getPageNumber()));
        float size = font.getSize();
        float width = font.getBaseFont().getWidthPoint(text, size);
        float x = (document.right() + document.left()) / 2 - width / 2;
        float y = document.bottom() - 28;
        cb.beginText();
        cb.setFontAndSize(font.getBaseFont(), size);
        cb.setColorFill(MUTED);
        cb.setTextMatrix(x, y);
        cb.showText(text);
        cb.endText();
        cb.addTemplate(total, x + width, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font.getBaseFont(), font.getSize());
        total.setColorFill(MUTED);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
