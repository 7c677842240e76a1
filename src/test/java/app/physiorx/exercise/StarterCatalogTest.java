package app.physiorx.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The starter catalog in the database is exactly its JSON (src/main/resources/catalog/starter), which bin/catalog-sql
 * turns into V17, so the migration can never drift from the content; and the catalog keeps its promises (size,
 * regions, ladders both ways, templates within each exercise's bounds, no dosage number in the text).
 */
@QuarkusTest
class StarterCatalogTest {
    private static final Path CATALOG = Path.of("src", "main", "resources", "catalog", "starter");
    private static final Map<String, String> REGION = Map.of("SHOULDER", "SHOULDERS", "HIP", "HIPS");
    /** The brief's check plus V11's: a number with a unit a dosage field controls. */
    private static final Pattern DOSAGE_NUMBER = Pattern.compile(
            "\\b\\d+ *(to \\d+ *)?(seconds?|secs?|minutes?|mins?|times|reps|repetitions|sets|lifts)\\b", Pattern.CASE_INSENSITIVE);
    private static final int FIRST_CATALOG = 11;

    static List<JsonNode> exercises = new ArrayList<>();
    static List<JsonNode> templates = new ArrayList<>();
    static List<JsonNode> existingLadders = new ArrayList<>();

    @Inject
    EntityManager em;

    @BeforeAll
    static void readJson() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(CATALOG)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                List<JsonNode> into = name.startsWith("exercises-") ? exercises : name.startsWith("templates-") ? templates
                        : name.equals("relations-existing.json") ? existingLadders : null;
                if (into != null) {
                    json.readTree(f.toFile()).forEach(into::add);
                }
            }
        }
    }

    private List<Object[]> rows(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> r = em.createNativeQuery(sql).getResultList();
        return r;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && !array.isNull()) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static List<String> array(Object value) {
        return value == null ? List.of() : Arrays.asList((String[]) value);
    }

    private static Integer bound(JsonNode dosage, String key, int i) {
        JsonNode r = dosage.get(key);
        return r == null || r.isNull() ? null : r.get(i).asInt();
    }

    private static Integer number(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static String textOrNull(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    @Test
    void everyExerciseOfTheJsonIsInTheDatabaseWithAllItsFacts() {
        Map<String, Object[]> bySlug = new HashMap<>();
        for (Object[] r : rows("""
                select slug, name, subtitle, body_regions, movement, position, position_detail, equipment, difficulty,
                       sets_min, sets_max, reps_min, reps_max, reps_mode, hold_min_seconds, hold_max_seconds,
                       duration_min_seconds, duration_max_seconds, times_per_day_min, times_per_day_max, dosage_note,
                       steps, cues, precautions, tags
                from exercise where clinic_id is null""")) {
            bySlug.put((String) r[0], r);
        }
        assertEquals(exercises.size() + FIRST_CATALOG, bySlug.size(), "starter exercises: the JSON's and the first eleven");
        for (JsonNode e : exercises) {
            String slug = e.get("slug").asText();
            Object[] r = Objects.requireNonNull(bySlug.get(slug), slug);
            JsonNode d = e.get("dosage");
            List<Object> expected = Arrays.asList(e.get("name").asText(), textOrNull(e, "subtitle"),
                    texts(e.get("regions")).stream().map(x -> REGION.getOrDefault(x, x)).toList(), e.get("movement").asText(),
                    e.get("position").asText(), textOrNull(e, "positionDetail"), texts(e.get("equipment")),
                    e.get("difficulty").asInt(), bound(d, "sets", 0), bound(d, "sets", 1), bound(d, "reps", 0), bound(d, "reps", 1),
                    d.hasNonNull("repsMode") ? d.get("repsMode").asText() : "PLAIN", bound(d, "holdSeconds", 0),
                    bound(d, "holdSeconds", 1), bound(d, "durationSeconds", 0), bound(d, "durationSeconds", 1),
                    bound(d, "timesPerDay", 0), bound(d, "timesPerDay", 1), textOrNull(d, "note"), texts(e.get("steps")),
                    texts(e.get("cues")), texts(e.get("precautions")), texts(e.get("tags")));
            List<Object> actual = Arrays.asList(r[1], r[2], array(r[3]), r[4], r[5], r[6], array(r[7]), number(r[8]),
                    number(r[9]), number(r[10]), number(r[11]), number(r[12]), r[13], number(r[14]), number(r[15]),
                    number(r[16]), number(r[17]), number(r[18]), number(r[19]), r[20], array(r[21]), array(r[22]),
                    array(r[23]), array(r[24]));
            assertEquals(expected, actual, slug);
        }
    }

    @Test
    void theCatalogIsBroadEveryRegionHasFiveAndNamesAreUnique() {
        assertTrue(exercises.size() >= 150, "at least 150 new starter exercises: " + exercises.size());
        Map<BodyRegion, Integer> perRegion = new EnumMap<>(BodyRegion.class);
        Set<String> names = new HashSet<>();
        for (Object[] r : rows("select name, body_regions, movement, difficulty from exercise where clinic_id is null")) {
            assertTrue(names.add(((String) r[0]).toLowerCase()), "unique name: " + r[0]);
            array(r[1]).forEach(x -> perRegion.merge(BodyRegion.valueOf(x), 1, Integer::sum));
            MovementType.valueOf((String) r[2]);
            assertTrue(number(r[3]) >= 1 && number(r[3]) <= 3, r[0] + " difficulty");
        }
        for (BodyRegion region : BodyRegion.values()) {
            assertTrue(perRegion.getOrDefault(region, 0) >= 5, region + " has " + perRegion.get(region));
        }
    }

    @Test
    void everyProgressionIsStoredBothWaysAndEveryExerciseIsInALadder() {
        Set<String> expected = new TreeSet<>();
        List<JsonNode> ladders = new ArrayList<>(exercises);
        ladders.addAll(existingLadders);
        for (JsonNode e : ladders) {
            String harder = e.has("slug") ? e.get("slug").asText() : e.get("exercise").asText();
            for (String easier : texts(e.get("progressionOf"))) {
                expected.add(harder + " PROGRESSION_OF " + easier);
                expected.add(easier + " REGRESSION_OF " + harder);
            }
        }
        // the first catalog's two progressions (V3), now both ways as well
        for (String[] p : new String[][] {{"prone-shoulder-blade-retraction", "scapular-squeeze"},
                {"wide-row-with-resistance-bands", "low-row-with-resistance-bands"}}) {
            expected.add(p[0] + " PROGRESSION_OF " + p[1]);
            expected.add(p[1] + " REGRESSION_OF " + p[0]);
        }
        Set<String> stored = new TreeSet<>();
        rows("""
                select f.slug, r.kind, t.slug from exercise_relation r
                join exercise f on f.id = r.from_id and f.clinic_id is null
                join exercise t on t.id = r.to_id and t.clinic_id is null""")
                .forEach(r -> stored.add(r[0] + " " + r[1] + " " + r[2]));
        assertEquals(expected, stored);
        List<Object[]> outside = rows("""
                select e.slug from exercise e where e.clinic_id is null and not exists
                  (select 1 from exercise_relation r where r.kind = 'PROGRESSION_OF' and e.id in (r.from_id, r.to_id))""");
        assertEquals(List.of(), outside.stream().map(o -> (Object) (o instanceof Object[] a ? a[0] : o)).toList(),
                "starter exercises in no ladder");
    }

    @Test
    void everyTemplateOfTheJsonIsInTheDatabaseWithItsStagesAndItems() {
        assertTrue(templates.size() >= 15, "at least 15 templates: " + templates.size());
        for (JsonNode t : templates) {
            String slug = t.get("slug").asText();
            List<Object[]> head = rows("select name, condition, description, id from protocol_template where clinic_id is null and slug = '"
                    + slug.replace("'", "''") + "'");
            assertEquals(1, head.size(), slug);
            assertEquals(List.of(t.get("name").asText(), t.get("condition").asText(), t.get("description").asText()),
                    Arrays.asList(head.get(0)[0], head.get(0)[1], head.get(0)[2]), slug);
            long id = ((Number) head.get(0)[3]).longValue();
            List<String> stages = new ArrayList<>();
            List<String> items = new ArrayList<>();
            int stage = 0;
            for (JsonNode s : t.get("stages")) {
                stage++;
                stages.add(stage + "|" + s.get("name").asText() + "|" + textOrNull(s, "fromWeek") + "|" + textOrNull(s, "note"));
                for (JsonNode i : s.get("items")) {
                    items.add(item(i.get("exercise").asText(), stage, textOrNull(i, "sets"), textOrNull(i, "reps"),
                            textOrNull(i, "holdSeconds"), textOrNull(i, "durationSeconds"), textOrNull(i, "timesPerDay"),
                            textOrNull(i, "daysPerWeek"), textOrNull(i, "side")));
                }
            }
            assertEquals(stages, rows("select stage, name, from_week, note from protocol_template_stage where template_id = " + id
                    + " order by stage").stream().map(r -> r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3]).toList(), slug);
            assertEquals(items, rows("""
                    select e.slug, i.stage, i.sets, i.reps, i.hold_seconds, i.duration_seconds, i.times_per_day, i.days_per_week, i.side
                    from protocol_template_item i join exercise e on e.id = i.exercise_id
                    where i.template_id = %d order by i.position""".formatted(id)).stream()
                    .map(r -> item((String) r[0], number(r[1]), s(r[2]), s(r[3]), s(r[4]), s(r[5]), s(r[6]), s(r[7]), s(r[8])))
                    .toList(), slug);
        }
    }

    private static String s(Object o) {
        return o == null ? null : o.toString();
    }

    private static String item(String slug, int stage, String... values) {
        return slug + "|" + stage + "|" + String.join("|", Arrays.stream(values).map(String::valueOf).toList());
    }

    @Test
    void everyStarterTemplateItemIsInsideItsExercisesBounds() {
        List<Object[]> outside = rows("""
                select t.name, e.slug from protocol_template_item i
                join protocol_template t on t.id = i.template_id and t.clinic_id is null
                join exercise e on e.id = i.exercise_id
                where e.clinic_id is not null
                   or (i.sets is not null and (e.sets_min is null or i.sets not between e.sets_min and e.sets_max))
                   or (i.reps is not null and (e.reps_min is null or i.reps not between e.reps_min and e.reps_max))
                   or (i.hold_seconds is not null and (e.hold_min_seconds is null or i.hold_seconds not between e.hold_min_seconds and e.hold_max_seconds))
                   or (i.duration_seconds is not null and (e.duration_min_seconds is null
                       or i.duration_seconds not between e.duration_min_seconds and e.duration_max_seconds))
                   or (i.times_per_day is not null and (e.times_per_day_min is null
                       or i.times_per_day not between e.times_per_day_min and e.times_per_day_max))""");
        assertEquals(List.of(), outside.stream().map(r -> r[0] + ": " + r[1]).toList());
    }

    @Test
    void noStarterTextWritesADosageNumberAndEveryPlaceholderIsKnown() {
        List<String> found = new ArrayList<>();
        for (Object[] r : rows("select slug, steps, cues, precautions, dosage_note from exercise where clinic_id is null")) {
            List<String> texts = new ArrayList<>(array(r[1]));
            texts.addAll(array(r[2]));
            texts.addAll(array(r[3]));
            if (r[4] != null) {
                texts.add((String) r[4]);
            }
            for (String text : texts) {
                if (DOSAGE_NUMBER.matcher(text).find() || ExerciseText.problem(text).isPresent()) {
                    found.add(r[0] + ": " + text);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theMigrationIsWhatTheGeneratorWritesFromTheJson() throws Exception {
        Process check = new ProcessBuilder("python3", "bin/catalog-sql", "--check").redirectErrorStream(true).start();
        String out = new String(check.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, check.waitFor(), "bin/catalog-sql --check: " + out);
    }
}
