package app.physiorx.exercise;

import app.physiorx.exercise.media.MediaApi.MediaView;
import app.physiorx.web.Locations;
import java.util.ArrayList;
import java.util.List;

/**
 * The pictures and video on a clinic exercise's page, with the addresses of their forms (built from
 * {@link ExerciseMediaPage}'s paths) and the upload form's error beside its field.
 */
public record MediaSection(List<Item> pictures, Item video, String upload, String errorField, String error,
                           boolean full) {

    /** One picture or the video; {@code poster} is the video's poster picture (its own or the first picture). */
    public record Item(MediaView media, String src, String poster, String update, String up, String down, String remove,
                       boolean first, boolean last) {
    }

    static MediaSection of(long exerciseId, List<MediaView> media, String errorField, String error) {
        List<MediaView> pictures = media.stream().filter(MediaView::picture).toList();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < pictures.size(); i++) {
            items.add(item(exerciseId, pictures.get(i), null, i == 0, i == pictures.size() - 1));
        }
        MediaView video = media.stream().filter(m -> "VIDEO".equals(m.kind())).findFirst().orElse(null);
        Long posterId = video == null ? null : video.posterMediaId() != null ? video.posterMediaId()
                : pictures.isEmpty() ? null : pictures.getFirst().id();
        return new MediaSection(items, video == null ? null : item(exerciseId, video,
                posterId == null ? null : src(exerciseId, posterId), true, true),
                Locations.of(ExerciseMediaPage.class, exerciseId).toString(), errorField, error,
                pictures.size() >= app.physiorx.exercise.media.MediaApi.MAX_PICTURES);
    }

    private static Item item(long exerciseId, MediaView m, String poster, boolean first, boolean last) {
        return new Item(m, src(exerciseId, m.id()), poster, link("update", exerciseId, m.id()), link("up", exerciseId, m.id()),
                link("down", exerciseId, m.id()), link("remove", exerciseId, m.id()), first, last);
    }

    private static String src(long exerciseId, long mediaId) {
        return link("file", exerciseId, mediaId);
    }

    private static String link(String method, long exerciseId, long mediaId) {
        return Locations.of(ExerciseMediaPage.class, method, exerciseId, mediaId).toString();
    }
}
