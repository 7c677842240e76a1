package app.physiorx.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The problems of a file given to the library, in English: an imported library file (libraryio.ImportRules,
 * ImportClashes, LibraryCsv, LibrarySchema...) and an uploaded picture or video (exercise.media, common.ImageCheck);
 * {@code messages/libraryfile_es.properties} has the Spanish. {@link LibraryFileWords} matches each English sentence
 * and says it again with these. A bundle of its own: one with {@link LibraryMsg}'s messages and these generates a
 * resolver the JVM refuses (Quarkus 3.33).
 */
@MessageBundle(value = "libraryfile", locale = "en")
public interface LibraryFileMsg {
    @Message("choose rename or skip for \"{name}\"")
    String imp_chooseClash(String name);

    @Message("the new name for \"{name}\" must be plain text of at most 120 characters")
    String imp_newNamePlain(String name);

    @Message("the new name \"{name}\" is taken too; choose another")
    String imp_newNameTaken(String name);

    @Message("another exercise of this file has the key {key}")
    String imp_sameKey(String key);

    @Message("an exercise cannot relate to itself")
    String imp_selfRelation();

    @Message("give a name")
    String imp_giveName();

    @Message("another exercise of this file has the name {name}")
    String imp_sameExerciseName(String name);

    @Message("another template of this file has the name {name}")
    String imp_sameTemplateName(String name);

    @Message("unknown equipment: {name}")
    String imp_unknownEquipment(String name);

    @Message("must be at least the matching minimum (give both or neither)")
    String imp_minMax();

    @Message("give at least repetitions, a hold time or a duration")
    String imp_dosageAtLeast();

    @Message("stage {n} is named twice")
    String imp_stageTwice(String n);

    @Message("\"{name}\" is archived; choose an active exercise")
    String imp_archived(String name);

    @Message("give repetitions, a hold time or a duration")
    String imp_itemDosage();

    @Message("no exercise of this file has the key {key}")
    String imp_noKey(String key);

    @Message("no starter exercise has the slug {slug}")
    String imp_noSlug(String slug);

    @Message("must not be empty")
    String imp_notEmpty();

    @Message("must be plain text without HTML tags or control characters")
    String imp_plainText();

    @Message("is not a column of this format")
    String imp_notColumn();

    @Message("the header lacks this column")
    String imp_lacksColumn();

    @Message("the CSV could not be read: check its quotes and header")
    String imp_csvUnreadable();

    @Message("an exercise has at most {n} pictures and one video")
    String imp_media(String n);

    @Message("the ZIP has no {file}")
    String imp_zipLacks(String file);

    @Message("does not match the content of {file}")
    String imp_shaMismatch(String file);

    @Message("the file is {type}")
    String imp_fileType(String type);

    @Message("your clinic already has an exercise named \"{name}\"")
    String imp_clashExercise(String name);

    @Message("your clinic already has a template named \"{name}\"")
    String imp_clashTemplate(String name);

    @Message("name either an exercise of this file (exercise) or a starter exercise (starter), not both")
    String imp_oneOf();

    @Message("is required")
    String imp_required();

    @Message("is not a field of this format: {name}")
    String imp_notField(String name);

    @Message("choose PICTURE or VIDEO")
    String media_kind();

    @Message("an exercise has at most {n} pictures: remove one first")
    String media_tooMany(String n);

    @Message("choose an MP4 or WebM video")
    String media_video();

    @Message("the video may be at most {n} MB")
    String media_videoSize(String n);

    @Message("choose a PNG or JPEG picture")
    String media_picture();

    @Message("the picture may be at most {n} MB")
    String media_pictureSize(String n);

    @Message("choose a place from 1 to {n}")
    String media_place(String n);

    @Message("only pictures have a place in the order")
    String media_placeOnlyPictures();

    @Message("a caption may be at most {n} characters")
    String media_caption(String n);

    @Message("only MP4 and WebM videos are accepted")
    String media_videoOnly();

    @Message("WebP pictures cannot be checked here: save the picture as PNG or JPEG")
    String media_webp();

    @Message("only PNG and JPEG pictures are accepted")
    String media_pictureOnly();

    @Message("the picture could not be read")
    String media_unreadable();

    @Message("Starter exercises are read-only. Copy the exercise to add pictures or a video.")
    String media_starter();
}
