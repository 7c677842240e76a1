package app.physiorx.exercise.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.common.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class MediaStoreTest {
    @TempDir
    Path dir;

    private MediaStore.Stored put(MediaStore store, String text) {
        return store.put(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1000, new IllegalStateException("too big"));
    }

    @Test
    void filesAreNamedByTheSha256OfTheirBytesAndTheSameBytesAreStoredOnce() throws IOException {
        MediaStore store = new MediaStore(dir);
        MediaStore.Stored first = put(store, "abc");
        MediaStore.Stored again = put(store, "abc");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", first.sha256());
        assertEquals(first, again);
        assertEquals(3, first.sizeBytes());
        assertArrayEquals("abc".getBytes(StandardCharsets.UTF_8), store.read(first.sha256()));
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "one file, no temp file left behind");
        }
    }

    @Test
    void aStoredFileIsNeverOverwritten() throws IOException {
        MediaStore store = new MediaStore(dir);
        MediaStore.Stored stored = put(store, "abc");
        Path file = store.open(stored.sha256());
        Files.writeString(file, "tampered");
        put(store, "abc");
        assertEquals("tampered", Files.readString(file), "the store does not write over a file it holds");
    }

    @Test
    void moreThanTheLimitIsRefusedAndLeavesNothing() throws IOException {
        MediaStore store = new MediaStore(dir);
        IllegalStateException tooBig = new IllegalStateException("too big");
        assertThrows(IllegalStateException.class, () -> store.put(new ByteArrayInputStream(new byte[2000]), 1000, tooBig));
        try (Stream<Path> files = Files.walk(dir)) {
            assertTrue(files.noneMatch(Files::isRegularFile));
        }
    }

    @Test
    void onlyHashesAreLookedUpNeverNames() {
        MediaStore store = new MediaStore(dir);
        assertThrows(IllegalArgumentException.class, () -> store.open("../../etc/passwd"));
        assertThrows(NotFoundException.class, () -> store.open("0".repeat(64)));
    }
}
