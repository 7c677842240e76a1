package app.physiorx.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
public class ImageCheckTest {

    /** A valid PNG signature and IHDR declaring the size, a tiny IDAT (a few compressed bytes), IEND. */
    public static byte[] pngDeclaring(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 2, 0, 0, 0}); // 8-bit RGB, no interlace
        chunk(out, "IHDR", ihdr.toByteArray());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[64]);
        deflater.finish();
        byte[] idat = new byte[128];
        int n = deflater.deflate(idat);
        chunk(out, "IDAT", java.util.Arrays.copyOf(idat, n));
        chunk(out, "IEND", new byte[0]);
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    @Test
    void aSmallPngDeclaringTwelveThousandPixelsASideIsRefusedFromItsHeader() throws IOException {
        byte[] bomb = pngDeclaring(12_000, 12_000);
        assertTrue(bomb.length < 200, "the crafted file is " + bomb.length + " bytes");
        assertEquals("image/png", ImageCheck.detectType(bomb));
        // decoding would need about 430 MB for the pixels alone; the header check refuses first
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ImageCheck.decode(bomb));
        assertTrue(refused.getMessage().contains("6000 pixels"), refused.getMessage());
    }

    @Test
    void aWideButFlatPngIsRefusedToo() throws IOException {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> ImageCheck.decode(pngDeclaring(60_000, 1)));
        assertTrue(refused.getMessage().contains("6000 pixels"), refused.getMessage());
    }

    @Test
    void aPictureWithinTheSizeIsStillDecoded() throws IOException {
        var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        var decoded = ImageCheck.decode(png.toByteArray());
        assertEquals(40, decoded.getWidth());
        assertEquals(30, decoded.getHeight());
    }
}
