package app.physiorx.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Spanish of the sentences Java writes about a file given to the library (an imported library file, an uploaded
 * picture or video): each known English sentence matched and said again from {@link LibraryFileMsg}, its names, keys
 * and numbers kept. Any other sentence (a schema validator's own, say) has none: the page shows it in English.
 */
public final class LibraryFileWords {
    /** Each known sentence and its message in LibraryFileMsg; the groups are the message's parameters, in order. */
    private static final List<Map.Entry<Pattern, String>> KNOWN = List.of(
            Map.entry(Pattern.compile("^choose rename or skip for \"(.+)\"$"), "imp_chooseClash"),
            Map.entry(Pattern.compile("^the new name for \"(.+)\" must be plain text of at most 120 characters$"), "imp_newNamePlain"),
            Map.entry(Pattern.compile("^the new name \"(.+)\" is taken too; choose another$"), "imp_newNameTaken"),
            Map.entry(Pattern.compile("^another exercise of this file has the key (.+)$"), "imp_sameKey"),
            Map.entry(Pattern.compile("^an exercise cannot relate to itself$"), "imp_selfRelation"),
            Map.entry(Pattern.compile("^give a name$"), "imp_giveName"),
            Map.entry(Pattern.compile("^another exercise of this file has the name (.+)$"), "imp_sameExerciseName"),
            Map.entry(Pattern.compile("^another template of this file has the name (.+)$"), "imp_sameTemplateName"),
            Map.entry(Pattern.compile("^unknown equipment: (.+)$"), "imp_unknownEquipment"),
            Map.entry(Pattern.compile("^must be at least the matching minimum \\(give both or neither\\)$"), "imp_minMax"),
            Map.entry(Pattern.compile("^give at least repetitions, a hold time or a duration$"), "imp_dosageAtLeast"),
            Map.entry(Pattern.compile("^stage (\\d+) is named twice$"), "imp_stageTwice"),
            Map.entry(Pattern.compile("^\"(.+)\" is archived; choose an active exercise$"), "imp_archived"),
            Map.entry(Pattern.compile("^give repetitions, a hold time or a duration$"), "imp_itemDosage"),
            Map.entry(Pattern.compile("^no exercise of this file has the key (.+)$"), "imp_noKey"),
            Map.entry(Pattern.compile("^no starter exercise has the slug (.+)$"), "imp_noSlug"),
            Map.entry(Pattern.compile("^must not be empty$"), "imp_notEmpty"),
            Map.entry(Pattern.compile("^must be plain text without HTML tags or control characters$"), "imp_plainText"),
            Map.entry(Pattern.compile("^is not a column of this format$"), "imp_notColumn"),
            Map.entry(Pattern.compile("^the header lacks this column$"), "imp_lacksColumn"),
            Map.entry(Pattern.compile("^the CSV could not be read: check its quotes and header$"), "imp_csvUnreadable"),
            Map.entry(Pattern.compile("^an exercise has at most (\\d+) pictures and one video$"), "imp_media"),
            Map.entry(Pattern.compile("^the ZIP has no (.+)$"), "imp_zipLacks"),
            Map.entry(Pattern.compile("^does not match the content of (.+)$"), "imp_shaMismatch"),
            Map.entry(Pattern.compile("^the file is (.+)$"), "imp_fileType"),
            Map.entry(Pattern.compile("^your clinic already has an exercise named \"(.+)\"$"), "imp_clashExercise"),
            Map.entry(Pattern.compile("^your clinic already has a template named \"(.+)\"$"), "imp_clashTemplate"),
            Map.entry(Pattern.compile("^name either an exercise of this file \\(exercise\\) or a starter exercise \\(starter\\), not both$"), "imp_oneOf"),
            Map.entry(Pattern.compile("^is required$"), "imp_required"),
            Map.entry(Pattern.compile("^is not a field of this format: (.+)$"), "imp_notField"),
            Map.entry(Pattern.compile("^choose PICTURE or VIDEO$"), "media_kind"),
            Map.entry(Pattern.compile("^an exercise has at most (\\d+) pictures: remove one first$"), "media_tooMany"),
            Map.entry(Pattern.compile("^choose an MP4 or WebM video$"), "media_video"),
            Map.entry(Pattern.compile("^the video may be at most (\\d+) MB$"), "media_videoSize"),
            Map.entry(Pattern.compile("^choose a PNG or JPEG picture$"), "media_picture"),
            Map.entry(Pattern.compile("^the picture may be at most (\\d+) MB$"), "media_pictureSize"),
            Map.entry(Pattern.compile("^choose a place from 1 to (\\d+)$"), "media_place"),
            Map.entry(Pattern.compile("^only pictures have a place in the order$"), "media_placeOnlyPictures"),
            Map.entry(Pattern.compile("^a caption may be at most (\\d+) characters$"), "media_caption"),
            Map.entry(Pattern.compile("^only MP4 and WebM videos are accepted$"), "media_videoOnly"),
            Map.entry(Pattern.compile("^WebP pictures cannot be checked here: save the picture as PNG or JPEG$"), "media_webp"),
            Map.entry(Pattern.compile("^only PNG and JPEG pictures are accepted$"), "media_pictureOnly"),
            Map.entry(Pattern.compile("^the picture could not be read$"), "media_unreadable"),
            Map.entry(Pattern.compile("^Starter exercises are read-only\\. Copy the exercise to add pictures or a video\\.$"), "media_starter"));

    private LibraryFileWords() {
    }

    /** The Spanish of a known sentence, null for any other. */
    public static String inSpanish(String english) {
        if (english == null) {
            return null;
        }
        for (Map.Entry<Pattern, String> known : KNOWN) {
            Matcher m = known.getKey().matcher(english);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                return say(known.getValue(), args);
            }
        }
        return null;
    }

    /** LibraryFileMsg's message {@code key} in Spanish: each takes only text parameters. */
    private static String say(String key, Object[] args) {
        LibraryFileMsg bundle = MessageBundles.get(LibraryFileMsg.class, Localized.Literal.of("es"));
        Class<?>[] types = new Class<?>[args.length];
        java.util.Arrays.fill(types, String.class);
        try {
            return (String) LibraryFileMsg.class.getMethod(key, types).invoke(bundle, args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no message " + key, e);
        }
    }
}
