package app.physiorx.exercise.media;

import app.physiorx.common.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * A video's type read from its structure, never from its name: an MP4 is an ISO-BMFF file whose first box is
 * {@code ftyp} naming an MP4 brand and whose top-level boxes (walked to the end, each inside the file) include
 * {@code moov}; a WebM starts with an EBML header whose DocType is {@code webm}. Anything else is refused.
 */
public final class VideoCheck {
    public static final long MAX_BYTES = 100L * 1024 * 1024;
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1");
    private static final int MAX_BOXES = 10_000;

    private VideoCheck() {
    }

    /** video/mp4 or video/webm, or a 400 naming {@code field}. */
    public static String detectType(Path file, String field) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            if (size == 0) {
                throw InvalidInputException.field(field, "choose an MP4 or WebM video");
            }
            if (size > MAX_BYTES) {
                throw InvalidInputException.field(field, "the video may be at most 100 MB");
            }
            ByteBuffer head = read(in, 0, (int) Math.min(size, 4096));
            if (isWebm(head)) {
                return "video/webm";
            }
            if (isMp4(in, size)) {
                return "video/mp4";
            }
            throw InvalidInputException.field(field, "only MP4 and WebM videos are accepted");
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
    }

    static boolean isMp4(FileChannel in, long size) throws IOException {
        long offset = 0;
        boolean moov = false;
        for (int n = 0; offset < size && n < MAX_BOXES; n++) {
            if (size - offset < 8) {
                return false;
            }
            ByteBuffer header = read(in, offset, (int) Math.min(16, size - offset));
            long boxSize = Integer.toUnsignedLong(header.getInt(0));
            String type = new String(new byte[]{header.get(4), header.get(5), header.get(6), header.get(7)}, StandardCharsets.ISO_8859_1);
            int headerSize = 8;
            if (boxSize == 1) {
                if (header.limit() < 16) {
                    return false;
                }
                boxSize = header.getLong(8);
                headerSize = 16;
            } else if (boxSize == 0) {
                boxSize = size - offset;
            }
            if (boxSize < headerSize || boxSize > size - offset) {
                return false;
            }
            if (n == 0 && (!type.equals("ftyp") || !mp4Brand(in, offset + headerSize, boxSize - headerSize))) {
                return false;
            }
            moov |= type.equals("moov");
            offset += boxSize;
        }
        return moov && offset == size;
    }

    private static boolean mp4Brand(FileChannel in, long start, long length) throws IOException {
        if (length < 8 || length > 1024 || length % 4 != 0) {
            return false;
        }
        ByteBuffer body = read(in, start, (int) length);
        for (int i = 0; i + 4 <= length; i += 4) {
            if (i == 4) {
                continue; // the minor version
            }
            String brand = new String(new byte[]{body.get(i), body.get(i + 1), body.get(i + 2), body.get(i + 3)},
                    StandardCharsets.ISO_8859_1);
            if (MP4_BRANDS.contains(brand)) {
                return true;
            }
        }
        return false;
    }

    /** An EBML header (ID 1A 45 DF A3) whose DocType element (42 82) reads "webm". */
    static boolean isWebm(ByteBuffer head) {
        if (head.limit() < 5 || head.getInt(0) != 0x1A45DFA3) {
            return false;
        }
        int[] pos = {4};
        long headerSize = vint(head, pos, true);
        long end = Math.min(head.limit(), pos[0] + headerSize);
        if (headerSize < 0 || pos[0] + headerSize > head.limit()) {
            return false;
        }
        while (pos[0] < end) {
            long id = vint(head, pos, false);
            long length = vint(head, pos, true);
            if (id < 0 || length < 0 || pos[0] + length > end) {
                return false;
            }
            if (id == 0x4282) {
                byte[] value = new byte[(int) length];
                head.get(pos[0], value);
                return new String(value, StandardCharsets.US_ASCII).replace("\0", "").equals("webm");
            }
            pos[0] += (int) length;
        }
        return false;
    }

    /** An EBML variable-length integer at pos (moved past it); the length marker kept for IDs; -1 if broken. */
    private static long vint(ByteBuffer b, int[] pos, boolean dropMarker) {
        if (pos[0] >= b.limit()) {
            return -1;
        }
        int first = b.get(pos[0]) & 0xFF;
        int length = Integer.numberOfLeadingZeros(first) - 23;
        if (first == 0 || length > 8 || pos[0] + length > b.limit()) {
            return -1;
        }
        long value = dropMarker ? first & (0xFF >> length) : first;
        for (int i = 1; i < length; i++) {
            value = (value << 8) | (b.get(pos[0] + i) & 0xFF);
        }
        pos[0] += length;
        return value;
    }

    private static ByteBuffer read(FileChannel in, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && in.read(buffer, offset + buffer.position()) > 0) {
            // fill
        }
        buffer.flip();
        return buffer;
    }
}
