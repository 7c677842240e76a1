package app.physiorx.handout;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.io.IOException;
import java.util.Map;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/** Exercise pictures and the logo made printable (decoded once, cached by key), and the QR code of the patient page. */
final class HandoutPictures {
    /** Decoded pictures by key: decoding a PNG costs more than drawing the rest of a handout. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Image> PICTURES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED_PICTURES = 500;
    /** The QR code of each patient-page address (there is one per installation); BitMatrix is read-only here. */
    private static final java.util.concurrent.ConcurrentHashMap<String, BitMatrix> QR_CODES = new java.util.concurrent.ConcurrentHashMap<>();

    private HandoutPictures() {
    }

    static Image picture(HandoutData.Picture picture) throws IOException {
        Image decoded = PICTURES.get(picture.key());
        if (decoded == null) {
            decoded = Image.getInstance(printable(picture.data()));
            if (PICTURES.size() >= MAX_CACHED_PICTURES) {
                PICTURES.clear();
            }
            PICTURES.put(picture.key(), decoded);
        }
        return Image.getInstance(decoded);
    }

    /**
     * The picture as a JPEG of at most 900 px on white: PDF embeds JPEG data as it is, while a
     * PNG would be re-compressed in every document.
     */
    static byte[] printable(byte[] data) throws IOException {
        java.awt.image.BufferedImage source = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(data));
        if (source == null) {
            throw new IOException("not a picture");
        }
        double scale = Math.min(1.0, 900.0 / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        java.awt.image.BufferedImage rgb = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(source, 0, 0, w, h, null);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        try (javax.imageio.stream.ImageOutputStream ios = javax.imageio.ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new javax.imageio.IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The QR code as vector squares in a form (crisp at any print size). */
    static PdfTemplate qrCode(String url, PdfWriter writer) {
        try {
            BitMatrix matrix = QR_CODES.get(url);
            if (matrix == null) {
                matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 1));
                if (QR_CODES.size() < 16) {
                    QR_CODES.put(url, matrix);
                }
            }
            float module = 3f;
            PdfTemplate template = writer.getDirectContent().createTemplate(matrix.getWidth() * module, matrix.getHeight() * module);
            template.setColorFill(Color.BLACK);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        template.rectangle(x * module, (matrix.getHeight() - 1 - y) * module, module, module);
                    }
                }
            }
            template.fill();
            return template;
        } catch (WriterException e) {
            throw new IllegalStateException("QR code could not be drawn", e);
        }
    }

}
