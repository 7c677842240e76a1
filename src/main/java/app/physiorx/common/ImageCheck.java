package app.physiorx.common;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Uploaded pictures (exercise images, clinic logos): PNG or JPEG, at most 2 MB. The type is read
 * from the content (magic bytes, then the header's size, then a full decode), never from the file name or the declared type.
 */
public final class ImageCheck {
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final int MAX_SIDE = 6000;

    private ImageCheck() {
    }

    /** image/png or image/jpeg from the first bytes; anything else is refused. */
    public static String detectType(byte[] data) {
        return detectType(data, MAX_BYTES, "image");
    }

    /** As {@link #detectType(byte[])} with another limit and the field to name (clinic exercise pictures: 5 MB, "file"). */
    public static String detectType(byte[] data, int maxBytes, String field) {
        if (data == null || data.length == 0) {
            throw InvalidInputException.field(field, "choose a PNG or JPEG picture");
        }
        if (data.length > maxBytes) {
            throw InvalidInputException.field(field, "the picture may be at most " + maxBytes / (1024 * 1024) + " MB");
        }
        if (data.length > 8 && (data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G'
                && data[4] == 0x0D && data[5] == 0x0A && data[6] == 0x1A && data[7] == 0x0A) {
            return "image/png";
        }
        if (data.length > 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (data.length > 12 && data[0] == 'R' && data[1] == 'I' && data[2] == 'F' && data[3] == 'F'
                && data[8] == 'W' && data[9] == 'E' && data[10] == 'B' && data[11] == 'P') {
            throw InvalidInputException.field(field, "WebP pictures cannot be checked here: save the picture as PNG or JPEG");
        }
        throw InvalidInputException.field(field, "only PNG and JPEG pictures are accepted");
    }

    /**
     * Decodes the picture (refusing broken or huge ones) and answers it. The size is read from the header
     * first, so a small file that declares a huge picture is refused before any pixel is decoded.
     */
    public static BufferedImage decode(byte[] data) {
        return decode(data, "image");
    }

    /** As {@link #decode(byte[])}, naming {@code field} when the picture is refused. */
    public static BufferedImage decode(byte[] data, String field) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                throw InvalidInputException.field(field, "the picture could not be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                checkSize(reader.getWidth(0), reader.getHeight(0), field);
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw InvalidInputException.field(field, "the picture could not be read");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException p) {
                throw p;
            }
            throw InvalidInputException.field(field, "the picture could not be read");
        }
    }

    /** Width and height as the header declares them, without decoding; refused above the allowed size. */
    public static void checkSize(int width, int height) {
        checkSize(width, height, "image");
    }

    /** As {@link #checkSize(int, int)}, naming {@code field}. */
    public static void checkSize(int width, int height, String field) {
        if (width <= 0 || height <= 0) {
            throw InvalidInputException.field(field, "the picture could not be read");
        }
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw InvalidInputException.field(field, "the picture may be at most " + MAX_SIDE + " pixels on a side");
        }
    }
}
