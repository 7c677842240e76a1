package app.physiorx.exercise.media;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/** The records of clinic exercise media: what the API lists, what a published version freezes, what is served. */
public final class MediaApi {
    public static final int MAX_PICTURES = 8;
    public static final int MAX_PICTURE_BYTES = 5 * 1024 * 1024;
    public static final int MAX_CAPTION = 80;

    private MediaApi() {
    }

    /** One current picture or the video of a clinic exercise; {@code url} answers its bytes (Range requests work). */
    public record MediaView(long id, String kind, int position, String caption, String contentType, long sizeBytes,
                            String sha256, Integer width, Integer height, Long posterMediaId, String url,
                            String uploadedBy, OffsetDateTime uploadedAt) {
        public boolean picture() {
            return "PICTURE".equals(kind);
        }
    }

    /** A new caption and/or place among the pictures (1 = first); what is left out stays as it is. */
    public record MediaUpdate(String caption, Integer position) {
    }

    /**
     * Media as a published version froze it: the patient's page and handout show exactly this, and the patient's
     * URL answers only media a current version names. A video's poster is its uploaded poster or else the first picture.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MediaRef(long id, String kind, String caption, String sha256, String contentType,
                           Long posterId, String posterSha256, String posterContentType) {
        public boolean picture() {
            return "PICTURE".equals(kind);
        }

        public boolean video() {
            return "VIDEO".equals(kind);
        }
    }

    /** What serving a stored file needs. */
    public record MediaFile(String sha256, String contentType, long sizeBytes) {
    }

    /** An upload as the API or a form received it: the files are the uploads' temp files (null when left out). */
    public record Upload(java.nio.file.Path file, String kind, String caption, java.nio.file.Path poster) {
    }
}
