package app.physiorx.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Tiny videos made from bytes for upload tests (a box or element structure, no real frames: nobody's footage). */
public final class Videos {
    private Videos() {
    }

    /** An ISO-BMFF file: ftyp (isom, mp41), moov, and an mdat of {@code payload} bytes. */
    public static byte[] mp4(int payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        box(out, "ftyp", concat(ascii("isom"), new byte[]{0, 0, 2, 0}, ascii("isom"), ascii("mp41")));
        box(out, "moov", new byte[16]);
        byte[] data = new byte[payload];
        for (int i = 0; i < payload; i++) {
            data[i] = (byte) i;
        }
        box(out, "mdat", data);
        return out.toByteArray();
    }

    /** ftyp and mdat without moov: not a playable MP4. */
    public static byte[] mp4WithoutMoov() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        box(out, "ftyp", concat(ascii("isom"), new byte[]{0, 0, 2, 0}, ascii("isom")));
        box(out, "mdat", new byte[64]);
        return out.toByteArray();
    }

    /** An EBML header naming {@code docType}, then a Segment of {@code payload} bytes. */
    public static byte[] ebml(String docType, int payload) {
        byte[] type = ascii(docType);
        byte[] header = concat(new byte[]{0x42, (byte) 0x86, (byte) 0x81, 0x01},
                new byte[]{0x42, (byte) 0x82, (byte) (0x80 | type.length)}, type,
                new byte[]{0x42, (byte) 0x87, (byte) 0x81, 0x02});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) (0x80 | header.length)});
        out.writeBytes(header);
        out.writeBytes(new byte[]{0x18, 0x53, (byte) 0x80, 0x67, 0x01, 0, 0, 0, 0, 0, 0, (byte) payload});
        out.writeBytes(new byte[payload]);
        return out.toByteArray();
    }

    public static byte[] webm(int payload) {
        return ebml("webm", payload);
    }

    private static void box(ByteArrayOutputStream out, String type, byte[] body) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(8 + body.length).array());
        out.writeBytes(ascii(type));
        out.writeBytes(body);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
