package app.physiorx.libraryio;

import app.physiorx.web.LocalWords;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems of an imported file on the export and import page in the page's language: English as the import
 * wrote them; in Spanish each of the import's own sentences (ImportRules, ImportClashes, LibraryCsv, LibrarySchema...)
 * said again from web.LibraryImportMsg, with its names and keys kept. A sentence not known here (the schema validator's
 * own, a placeholder's) stays English and its cell says so ({@code lang="en"}).
 */
@TemplateExtension
public final class ImportErrorWords {
    /** Each known sentence and its message in web.LibraryImportMsg; the groups are the message's parameters, in order. */
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
            Map.entry(Pattern.compile("^is not a field of this format: (.+)$"), "imp_notField"));

    private ImportErrorWords() {
    }

    /** {@code {e.messageShown}}: the problem in the page's language, or in English when it has no Spanish. */
    static String messageShown(ImportError e, @TemplateAttribute("locale") Object locale) {
        String spanish = spanish(locale) ? inSpanish(e.message()) : null;
        return spanish == null ? e.message() : spanish;
    }

    /** {@code {e.messageLang}}: "en" for a problem left in English on a Spanish page, else null. */
    static String messageLang(ImportError e, @TemplateAttribute("locale") Object locale) {
        return spanish(locale) && inSpanish(e.message()) == null ? "en" : null;
    }

    private static boolean spanish(Object locale) {
        return LocalWords.of(locale).getLanguage().equals("es");
    }

    /** The Spanish of a known sentence, null for any other. */
    static String inSpanish(String english) {
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

    private static String say(String key, Object[] args) {
        Object bundle = MessageBundles.get(app.physiorx.web.LibraryImportMsg.class, Localized.Literal.of("es"));
        try {
            Class<?>[] types = new Class<?>[args.length];
            java.util.Arrays.fill(types, String.class);
            return (String) app.physiorx.web.LibraryImportMsg.class.getMethod(key, types).invoke(bundle, args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no message " + key, e);
        }
    }
}
