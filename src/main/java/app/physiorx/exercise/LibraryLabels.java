package app.physiorx.exercise;

import app.physiorx.common.Words;
import app.physiorx.exercise.ExerciseApi.ExerciseDetail;
import app.physiorx.exercise.ExerciseApi.ExerciseSummary;
import app.physiorx.web.LocalWords;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.List;

/**
 * The library's value lists on a staff page in the page's language (the template's locale, the clinic's portal
 * language): {@code {r.shown}} for a body region, movement type, group, way of counting, side, position or piece of
 * equipment, and the facets built from them. English is each value's label as ever; Spanish comes from
 * {@code messages/library_es.properties} (web.LibraryMsg has its keys), positions and equipment from
 * {@code messages/dosage_es.properties}, the words the patients' pages use.
 */
@TemplateExtension
public final class LibraryLabels {
    private LibraryLabels() {
    }

    static boolean spanish(Object locale) {
        return LocalWords.of(locale).getLanguage().equals("es");
    }

    private static String es(String key) {
        return Words.of("library", "es").t(key);
    }

    static String shown(BodyRegion r, @TemplateAttribute("locale") Object locale) {
        return spanish(locale) ? es("region_" + r.name()) : r.label;
    }

    static String shown(MovementType m, @TemplateAttribute("locale") Object locale) {
        return spanish(locale) ? es("movement_" + m.name()) : m.label;
    }

    static String shown(ExerciseGroup g, @TemplateAttribute("locale") Object locale) {
        return spanish(locale) ? es("group_" + g.name()) : g.label;
    }

    /** The way repetitions count; the plain one reads "as given". */
    static String shown(RepsMode m, @TemplateAttribute("locale") Object locale) {
        return spanish(locale) ? es("repsMode_" + m.name()) : m.label.isEmpty() ? "as given" : m.label;
    }

    static String shown(Side s, @TemplateAttribute("locale") Object locale) {
        return spanish(locale) ? Words.of("portalNames", "es").t("side_" + s.name()) : s.label; // the portal's side names
    }

    static String shown(Position p, @TemplateAttribute("locale") Object locale) {
        return spanish(locale) ? DosageWords.of("es").t("position." + p.name()) : p.label;
    }

    static String shown(Equipment q, @TemplateAttribute("locale") Object locale) {
        return spanish(locale) ? DosageWords.of("es").t("equipment." + q.name()) : q.label;
    }

    /** {@code {it.equipmentShown}}: a piece of equipment as an exercise stores it (its English label). */
    static String equipmentShown(String label, @TemplateAttribute("locale") Object locale) {
        return Equipment.parse(label).map(q -> shown(q, locale)).orElse(label);
    }

    /** {@code {r.label.relationShown}}: "Progression of", "Easier version"... */
    static String relationShown(String label, @TemplateAttribute("locale") Object locale) {
        if (!spanish(locale)) {
            return label;
        }
        for (ExerciseApi.RelationKind k : ExerciseApi.RelationKind.values()) {
            String name = k.name().substring(0, k.name().indexOf('_')).toLowerCase(java.util.Locale.ROOT);
            if (label.equals(k.fromLabel)) {
                return es("relation_" + name + "Of");
            }
            if (label.equals(k.toLabel)) {
                return es("relation_" + (k == ExerciseApi.RelationKind.REGRESSION_OF ? "easier" : name));
            }
        }
        return label;
    }

    /**
     * {@code {e.dosage.dosageShown}}: an exercise's default dosage in short ({@link DefaultDosage#summary()}: "2-3 × 10
     * each side · hold 5 s · 2×/day") with the page's words; the numbers and signs stay.
     */
    static String dosageShown(String summary, @TemplateAttribute("locale") Object locale) {
        if (summary == null || !spanish(locale)) {
            return summary;
        }
        String s = summary;
        for (RepsMode m : List.of(RepsMode.EACH_SIDE_ALTERNATING, RepsMode.ALTERNATING_TOTAL, RepsMode.EACH_SIDE)) {
            s = s.replace(" " + m.label, " " + es("repsMode_" + m.name()));
        }
        return s.replaceAll("(\\d) sets\\b", "$1 " + es("dosage_sets")).replaceAll("(\\d) reps\\b", "$1 " + es("dosage_reps"))
                .replaceAll("(^|· )hold ", "$1" + es("dosage_hold") + " ").replace("up to ", es("dosage_upTo") + " ")
                .replace("×/day", "×/" + es("dosage_day"));
    }

    /** {@code {media.error.mediaErrorShown}}: why an upload was refused, in the page's language when it has words for it. */
    static String mediaErrorShown(String error, @TemplateAttribute("locale") Object locale) {
        String said = spanish(locale) ? app.physiorx.web.LibraryFileWords.inSpanish(error) : null;
        return said == null ? error : said;
    }

    /** {@code {exercise.positionShown}}: the position line with the position's name in the page's language. */
    static String positionShown(ExerciseDetail e, @TemplateAttribute("locale") Object locale) {
        String line = e.positionLine();
        if (!spanish(locale) || e.position() == null || e.positionLabel() == null || !line.startsWith(e.positionLabel())) {
            return line;
        }
        return shown(e.position(), locale) + line.substring(e.positionLabel().length());
    }

    /** What a card says under the name: the group, else the movement type and regions ({@link ExerciseSummary#kind()}). */
    static String kindShown(ExerciseSummary e, @TemplateAttribute("locale") Object locale) {
        return spanish(locale) ? kind(e.group(), e.movement(), e.bodyRegions(), locale) : e.kind();
    }

    /** As {@link #kindShown(ExerciseSummary, Object)} for an exercise's page. */
    static String kindOnPage(ExerciseDetail e, @TemplateAttribute("locale") Object locale) {
        return spanish(locale) ? kind(e.group(), e.movement(), e.bodyRegions(), locale) : e.kind();
    }

    private static String kind(ExerciseGroup group, MovementType movement, List<BodyRegion> regions, Object locale) {
        if (group != null) {
            return shown(group, locale);
        }
        String where = String.join(", ", regions.stream().map(r -> shown(r, locale)).toList());
        return movement == null ? where : where.isEmpty() ? shown(movement, locale) : shown(movement, locale) + " · " + where;
    }

    /** A facet's value with the page's words ("Knee", "Rodilla"); the difficulty's ends say which is which. */
    static String shown(LibraryFacets.Value v, @TemplateAttribute("locale") Object locale) {
        if (!spanish(locale)) {
            return v.label();
        }
        return switch (v.facet()) {
            case "region" -> shown(BodyRegion.valueOf(v.value()), locale);
            case "movement" -> shown(MovementType.valueOf(v.value()), locale);
            case "position" -> shown(Position.valueOf(v.value()), locale);
            case "equipment" -> shown(Equipment.valueOf(v.value()), locale);
            case "difficulty" -> v.value().equals("1") ? es("lib_easiest") : v.value().equals("3") ? es("lib_hardest") : v.value();
            default -> v.label();
        };
    }

    /** A facet's name: "Body region", "Región del cuerpo". */
    static String shown(LibraryFacets.Group g, @TemplateAttribute("locale") Object locale) {
        if (!spanish(locale)) {
            return g.label();
        }
        return es(switch (g.name()) {
            case "region" -> "lib_region";
            case "movement" -> "lib_movement";
            case "position" -> "lib_position";
            case "equipment" -> "lib_equipment";
            default -> "lib_difficulty";
        });
    }

    /** The editor's hint about placeholders ({@link ExerciseText#hint()}) in the page's language. */
    static String placeholderHintShown(String english, @TemplateAttribute("locale") Object locale) {
        if (!spanish(locale)) {
            return english;
        }
        List<String> parts = new java.util.ArrayList<>();
        for (ExerciseText.Placeholder p : ExerciseText.Placeholder.values()) {
            parts.add("{" + p.mark() + "} " + es("placeholder_" + p.name()));
        }
        return io.quarkus.qute.i18n.MessageBundles.get(app.physiorx.web.LibraryMsg.class, io.quarkus.qute.i18n.Localized.Literal.of("es"))
                .form_hint(String.join(", ", parts), "{" + ExerciseText.Placeholder.HOLD.mark() + "|" + es("placeholder_moment") + "}");
    }
}
