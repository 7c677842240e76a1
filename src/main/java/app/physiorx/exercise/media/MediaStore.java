package app.physiorx.exercise.media;

import app.physiorx.common.NotFoundException;
import app.physiorx.config.PhysioRxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The media store: a folder of files named by the SHA-256 of their bytes ({@code ab/abcdef...}). A file is written
 * to a temp file, forced to disk, then moved into place atomically; the same bytes are stored once, and a stored file
 * is never overwritten. Files are found only by a hash the database recorded, never by a name from a request.
 */
@ApplicationScoped
public class MediaStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private final Path root;

    @jakarta.inject.Inject
    public MediaStore(PhysioRxConfig config) {
        this(Path.of(config.media().dir()));
    }

    MediaStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** What was stored: its hash and size. */
    public record Stored(String sha256, long sizeBytes) {
    }

    /** Stores the bytes of {@code in} (read once, at most {@code maxBytes}, else {@code tooBig} is thrown). */
    public Stored put(InputStream in, long maxBytes, RuntimeException tooBig) {
        try {
            Files.createDirectories(root.resolve("tmp"));
            Path temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
            try {
                Stored stored = copy(in, temp, maxBytes, tooBig);
                place(temp, stored.sha256());
                return stored;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the media store could not write", e);
        }
    }

    /** Stores a file (an upload's temp file); the file itself is left where it is. */
    public Stored put(Path file, long maxBytes, RuntimeException tooBig) {
        try (InputStream in = Files.newInputStream(file)) {
            return put(in, maxBytes, tooBig);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
    }

    private static Stored copy(InputStream in, Path temp, long maxBytes, RuntimeException tooBig) throws IOException {
        MessageDigest digest = sha256();
        long size = 0;
        try (DigestInputStream source = new DigestInputStream(in, digest);
             FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = source.read(buffer)) > 0; ) {
                size += n;
                if (size > maxBytes) {
                    throw tooBig;
                }
                out.write(java.nio.ByteBuffer.wrap(buffer, 0, n));
            }
            out.force(true);
        }
        return new Stored(HexFormat.of().formatHex(digest.digest()), size);
    }

    private void place(Path temp, String sha) throws IOException {
        Path target = file(sha);
        if (Files.exists(target)) {
            return; // the same bytes are already stored: never overwritten
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the media folder must allow atomic moves from its tmp folder", e);
        } catch (FileAlreadyExistsException e) {
            // stored meanwhile by another upload of the same bytes
        }
    }

    /** The stored file of a hash the database recorded; 404 when it is missing. */
    public Path open(String sha256) {
        Path file = file(sha256);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("The file");
        }
        return file;
    }

    /** The bytes of a stored picture (pictures are small; videos are streamed from {@link #open(String)}). */
    public byte[] read(String sha256) {
        try {
            return Files.readAllBytes(open(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("the media store could not read", e);
        }
    }

    private Path file(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
