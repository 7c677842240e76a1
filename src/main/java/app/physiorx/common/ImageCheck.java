package app.physiorx.common;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Uploaded pictures (exercise images, clinic logos): PNG or JPEG, at most 2 MB. The type is read
 * from the content (magic bytes, then a full decode), never from the file name or the declared type.
 */
public final class ImageCheck {
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final int MAX_SIDE = 6000;

    private ImageCheck() {
    }

    /** image/png or image/jpeg from the first bytes; anything else is refused. */
    public static String detectType(byte[] data) {
        if (data == null || data.length == 0) {
            throw InvalidInputException.field("image", "choose a PNG or JPEG picture");
        }
        if (data.length > MAX_BYTES) {
            throw InvalidInputException.field("image", "the picture may be at most 2 MB");
        }
        if (data.length > 8 && (data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G'
                && data[4] == 0x0D && data[5] == 0x0A && data[6] == 0x1A && data[7] == 0x0A) {
            return "image/png";
        }
        if (data.length > 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        throw InvalidInputException.field("image", "only PNG and JPEG pictures are accepted");
    }

    /** Decodes the picture fully (refusing broken or huge ones) and answers it. */
    public static BufferedImage decode(byte[] data) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
            if (image == null) {
                throw InvalidInputException.field("image", "the picture could not be read");
            }
            if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
                throw InvalidInputException.field("image", "the picture may be at most " + MAX_SIDE + " pixels on a side");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException p) {
                throw p;
            }
            throw InvalidInputException.field("image", "the picture could not be read");
        }
    }
}
