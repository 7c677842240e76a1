package app.physiorx.exercise.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.physiorx.common.InvalidInputException;
import app.physiorx.support.Videos;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class VideoCheckTest {
    @TempDir
    Path dir;

    private String check(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("upload"), bytes);
        return VideoCheck.detectType(file, "file");
    }

    private void refused(byte[] bytes, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> check(bytes));
        assertEquals("file", e.fields().getFirst().field());
        assertEquals(message, e.fields().getFirst().message());
    }

    @Test
    void anMp4WithFtypAndMoovBoxesIsAnMp4() throws IOException {
        assertEquals("video/mp4", check(Videos.mp4(200)));
    }

    @Test
    void aWebmEbmlHeaderIsAWebm() throws IOException {
        assertEquals("video/webm", check(Videos.webm(100)));
    }

    @Test
    void textRenamedAsAVideoIsRefused() {
        refused("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "only MP4 and WebM videos are accepted");
    }

    @Test
    void anFtypWithoutAMoovBoxIsRefused() {
        refused(Videos.mp4WithoutMoov(), "only MP4 and WebM videos are accepted");
    }

    @Test
    void aBoxReachingPastTheEndOfTheFileIsRefused() {
        byte[] mp4 = Videos.mp4(200);
        refused(Arrays.copyOf(mp4, mp4.length - 10), "only MP4 and WebM videos are accepted");
    }

    @Test
    void anFtypWithoutAnMp4BrandIsRefused() {
        byte[] mp4 = Videos.mp4(20);
        byte[] qt = mp4.clone();
        System.arraycopy("qt  ".getBytes(StandardCharsets.US_ASCII), 0, qt, 8, 4);
        System.arraycopy("qt  ".getBytes(StandardCharsets.US_ASCII), 0, qt, 16, 4);
        System.arraycopy("qt  ".getBytes(StandardCharsets.US_ASCII), 0, qt, 20, 4);
        refused(qt, "only MP4 and WebM videos are accepted");
    }

    @Test
    void anEbmlFileOfAnotherDocTypeIsRefused() {
        refused(Videos.ebml("matroska", 50), "only MP4 and WebM videos are accepted");
    }

    @Test
    void anEmptyFileAsksForAVideo() {
        refused(new byte[0], "choose an MP4 or WebM video");
    }

    @Test
    void aLargeBoxSizeIsReadFrom64Bits() throws IOException {
        byte[] mp4 = Videos.mp4(40);
        int mdat = mp4.length - 48;
        ByteBuffer large = ByteBuffer.allocate(mp4.length + 8);
        large.put(mp4, 0, mdat).putInt(1).put("mdat".getBytes(StandardCharsets.US_ASCII)).putLong(56).put(new byte[40]);
        assertEquals("video/mp4", check(large.array()));
    }

    @Test
    void rangesAreReadAsHttpSaysAndRefusedOutsideTheFile() {
        assertEquals(new MediaResponses.Range(0, 99), MediaResponses.parse("bytes=0-99", 1000));
        assertEquals(new MediaResponses.Range(900, 999), MediaResponses.parse("bytes=-100", 1000));
        assertEquals(new MediaResponses.Range(0, 999), MediaResponses.parse("bytes=-5000", 1000));
        assertEquals(new MediaResponses.Range(500, 999), MediaResponses.parse("bytes=500-", 1000));
        assertEquals(new MediaResponses.Range(990, 999), MediaResponses.parse("bytes=990-5000", 1000));
        assertNull(MediaResponses.parse("bytes=1000-", 1000));
        assertNull(MediaResponses.parse("bytes=50-10", 1000));
        assertNull(MediaResponses.parse("bytes=-0", 1000));
        assertNull(MediaResponses.parse("items=0-10", 1000));
        assertNull(MediaResponses.parse("bytes=99999999999999999999-", 1000));
    }
}
