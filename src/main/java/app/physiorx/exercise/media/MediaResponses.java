package app.physiorx.exercise.media;

import app.physiorx.exercise.media.MediaApi.MediaFile;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored file as an HTTP answer, streamed from disk: the whole file (200) or one byte range (206 with
 * Content-Range; a suffix range "-500" is the last 500 bytes), 416 for a range outside the file or not understood,
 * 304 when the ETag (the SHA-256) matches. Always nosniff and privately cached: media belong to one clinic.
 */
public final class MediaResponses {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private MediaResponses() {
    }

    /** A satisfiable range, both ends included. */
    record Range(long start, long end) {
        long length() {
            return end - start + 1;
        }
    }

    public static Response serve(Path file, MediaFile media, String rangeHeader, String ifNoneMatch) {
        long size = size(file);
        String etag = "\"" + media.sha256() + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return headers(Response.notModified(), media, etag).build();
        }
        if (rangeHeader == null || rangeHeader.isBlank() || rangeHeader.contains(",")) {
            return headers(Response.ok(body(file, 0, size)), media, etag).header("Content-Length", size).build();
        }
        Range range = parse(rangeHeader, size);
        if (range == null) {
            return headers(Response.status(416), media, etag).header("Content-Range", "bytes */" + size).build();
        }
        return headers(Response.status(206).entity(body(file, range.start(), range.length())), media, etag)
                .header("Content-Range", "bytes " + range.start() + "-" + range.end() + "/" + size)
                .header("Content-Length", range.length()).build();
    }

    /** The range of "bytes=a-b", "bytes=a-" or "bytes=-n" within a file of {@code size} bytes; null if none fits. */
    static Range parse(String header, long size) {
        Matcher m = RANGE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty()) || size == 0) {
            return null;
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                return suffix == 0 ? null : new Range(Math.max(0, size - suffix), size - 1);
            }
            long start = Long.parseLong(m.group(1));
            long end = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            return start >= size || end < start ? null : new Range(start, end);
        } catch (NumberFormatException e) {
            return null; // more digits than a long holds
        }
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder r, MediaFile media, String etag) {
        return r.type(media.contentType()).header("ETag", etag).header("Accept-Ranges", "bytes")
                .header("Cache-Control", "private, max-age=300").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline");
    }

    private static StreamingOutput body(Path file, long start, long length) {
        return out -> copy(file, start, length, out);
    }

    private static void copy(Path file, long start, long length, OutputStream out) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            WritableByteChannel target = Channels.newChannel(out);
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            long position = start;
            long left = length;
            while (left > 0) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), left));
                int n = in.read(buffer, position);
                if (n < 0) {
                    break;
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    target.write(buffer);
                }
                position += n;
                left -= n;
            }
        }
    }

    private static long size(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
