package app.physiorx.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped catalog against the facts table of the seed (read from the table, compared field by field). */
@QuarkusTest
class StarterCatalogFactsTest {
    private static final Pattern RANGE = Pattern.compile("(\\d+)(?:-(\\d+))?");
    private static final Path SHARED_FACTS = Path.of("..", "shared", "seed", "exercise-facts.md");

    record Row(int number, String name, String qualifier, String group, String position, String equipment, String reps,
               String sets, String hold, String duration, String timesPerDay, String relations) {
    }

    static List<Row> rows;

    @BeforeAll
    static void readTable() throws IOException {
        List<String> lines;
        try (InputStream in = StarterCatalogFactsTest.class.getResourceAsStream("/seed/exercise-facts-table.md")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("|")).toList();
        }
        if (Files.exists(SHARED_FACTS)) {
            List<String> shared = Files.readAllLines(SHARED_FACTS).stream().filter(l -> l.startsWith("|")).toList();
            assertEquals(shared, lines, "src/test/resources/seed/exercise-facts-table.md no longer matches " + SHARED_FACTS);
        }
        rows = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            String[] c = line.substring(1, line.length() - 1).split("\\|");
            for (int i = 0; i < c.length; i++) {
                c[i] = c[i].strip();
            }
            String name = c[1];
            String qualifier = null;
            int paren = name.indexOf(" (");
            if (paren > 0) {
                qualifier = name.substring(paren + 2, name.length() - 1);
                name = name.substring(0, paren);
            }
            rows.add(new Row(Integer.parseInt(c[0]), name, qualifier, c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10]));
        }
    }

    private static Map<String, JsonPath> catalogByName() {
        // the seed's eleven are the starter exercises with a group; the broad catalog of issue 16 has none
        List<Map<String, Object>> items = new ArrayList<>();
        for (String group : List.of("CORE_AND_BACK", "SHOULDER_STRENGTHENING", "NECK_STRENGTHENING")) {
            items.addAll(Api.as("therapist1").queryParam("size", 100).queryParam("group", group).get("/api/exercises")
                    .then().statusCode(200).extract().jsonPath().getList("items"));
        }
        Map<String, JsonPath> byName = new HashMap<>();
        for (Map<String, Object> item : items) {
            if (Boolean.TRUE.equals(item.get("starter"))) {
                JsonPath detail = Api.as("therapist1").get("/api/exercises/" + item.get("id"))
                        .then().statusCode(200).extract().jsonPath();
                byName.put((String) item.get("name"), detail);
            }
        }
        return byName;
    }

    private static Integer[] range(String text) {
        if (text.equals("-")) {
            return new Integer[] {null, null};
        }
        Matcher m = RANGE.matcher(text);
        assertTrue(m.find(), text);
        int min = Integer.parseInt(m.group(1));
        int max = m.group(2) == null ? min : Integer.parseInt(m.group(2));
        if (text.startsWith("up to")) {
            return new Integer[] {1, max};
        }
        if (text.contains("min")) {
            return new Integer[] {min * 60, max * 60};
        }
        return new Integer[] {min, max};
    }

    private static void assertRange(String table, JsonPath e, String minPath, String maxPath, String what) {
        Integer[] expected = range(table);
        assertEquals(expected[0], e.get(minPath), what + " min");
        assertEquals(expected[1], e.get(maxPath), what + " max");
    }

    private static String position(String table) {
        String t = table.toLowerCase(Locale.ROOT);
        if (t.startsWith("lying on back")) return "LYING_ON_BACK";
        if (t.startsWith("lying face down")) return "LYING_FACE_DOWN";
        if (t.startsWith("sitting or standing")) return "SITTING_OR_STANDING";
        if (t.startsWith("sitting")) return "SITTING";
        if (t.startsWith("standing")) return "STANDING";
        throw new AssertionError("unknown position " + table);
    }

    @Test
    void catalogHoldsExactlyTheElevenExercisesOfTheFacts() {
        Map<String, JsonPath> catalog = catalogByName();
        assertEquals(11, rows.size());
        assertEquals(rows.stream().map(Row::name).sorted().toList(), catalog.keySet().stream().sorted().toList());
    }

    @Test
    void everyExerciseCarriesTheFactsOfItsRow() {
        Map<String, JsonPath> catalog = catalogByName();
        Map<Integer, String> names = new HashMap<>();
        rows.forEach(r -> names.put(r.number(), r.name()));
        for (Row row : rows) {
            JsonPath e = catalog.get(row.name());
            assertNotNull(e, row.name());
            String what = row.name() + ": ";
            // group, with a qualifier such as "(posture)" kept as a tag
            String group = row.group().replaceAll(" \\(.*\\)", "");
            assertEquals(group, e.getString("groupLabel"), what + "group");
            if (row.group().contains("(")) {
                String tag = row.group().replaceAll(".*\\((.*)\\)", "$1");
                assertTrue(e.getList("tags").contains(tag), what + "tag " + tag);
            }
            if (row.qualifier() != null) {
                for (String part : row.qualifier().split(" with ")) {
                    assertTrue(e.getList("tags").contains(part), what + "tag " + part);
                }
            }
            assertEquals(position(row.position()), e.getString("position"), what + "position");
            List<String> equipment = e.getList("equipment");
            if (row.equipment().startsWith("none")) {
                assertEquals(List.of(), equipment, what + "equipment");
            } else {
                assertEquals(List.of(row.equipment().replaceAll(" \\(.*\\)", "")), equipment, what + "equipment");
                if (row.equipment().contains("(or weight)")) {
                    assertTrue(e.getList("variations", String.class).stream().anyMatch(v -> v.contains("weight")), what + "weight option");
                }
            }
            assertRange(row.sets(), e, "dosage.setsMin", "dosage.setsMax", what + "sets");
            assertRange(row.reps(), e, "dosage.repsMin", "dosage.repsMax", what + "reps");
            String mode = row.reps().contains("each side") ? "EACH_SIDE_ALTERNATING"
                    : row.reps().contains("total, alternating") ? "ALTERNATING_TOTAL" : "PLAIN";
            assertEquals(mode, e.getString("dosage.repsMode"), what + "reps mode");
            if (row.reps().contains("down and up")) {
                assertTrue(e.getString("dosage.note").contains("down and up"), what + "alternation note");
            }
            assertRange(row.hold(), e, "dosage.holdMinSeconds", "dosage.holdMaxSeconds", what + "hold");
            assertRange(row.duration(), e, "dosage.durationMinSeconds", "dosage.durationMaxSeconds", what + "duration");
            assertRange(row.timesPerDay(), e, "dosage.timesPerDayMin", "dosage.timesPerDayMax", what + "times per day");
            assertTrue(e.getList("steps").size() >= 3, what + "numbered steps");
            assertTrue(!e.getList("cues").isEmpty() || !e.getList("precautions").isEmpty(), what + "cues");

            List<Map<String, Object>> relations = e.getList("relations");
            Matcher progression = Pattern.compile("progression of #(\\d+)").matcher(row.relations());
            if (progression.find()) {
                String base = names.get(Integer.parseInt(progression.group(1)));
                assertTrue(relations.stream().anyMatch(r -> "PROGRESSION_OF".equals(r.get("kind"))
                        && base.equals(r.get("name")) && "Progression of".equals(r.get("label"))), what + "progression of " + base);
            } else if (row.relations().startsWith("variant")) {
                String variants = row.relations().replaceAll(".*the same (on |against )?", "");
                for (String v : variants.split(", ")) {
                    assertTrue(e.getList("variations", String.class).stream()
                            .anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(v.strip())), what + "variant " + v);
                }
            } else {
                // no base among the seed's exercises (the broad catalog of issue 16 may add easier rungs of its own)
                assertTrue(relations.stream().noneMatch(r -> "Progression of".equals(r.get("label"))
                        && names.containsValue((String) r.get("name"))), what + "no base");
            }
        }
    }

    @Test
    void progressionsAreShownOnBothExercises() {
        Map<String, JsonPath> catalog = catalogByName();
        List<Map<String, Object>> squeeze = catalog.get("Scapular Squeeze").getList("relations");
        assertTrue(squeeze.stream().anyMatch(r -> "Progression".equals(r.get("label"))
                && "Prone Shoulder Blade Retraction".equals(r.get("name"))), squeeze.toString());
        List<Map<String, Object>> lowRow = catalog.get("Low Row with Resistance Bands").getList("relations");
        assertTrue(lowRow.stream().anyMatch(r -> "Wide Row with Resistance Bands".equals(r.get("name"))), lowRow.toString());
    }

    @Test
    void upperBackPainTemplateHasAllElevenWithTheProgressionsAsALaterStage() {
        List<Map<String, Object>> templates = Api.as("therapist2").get("/api/templates").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Object id = templates.stream().filter(t -> "Upper back pain".equals(t.get("name"))).findFirst().orElseThrow().get("id");
        JsonPath t = Api.as("therapist2").get("/api/templates/" + id).then().statusCode(200).extract().jsonPath();
        List<String> names = t.getList("items.exerciseName");
        assertEquals(rows.stream().map(Row::name).toList(), names);
        List<Integer> stages = t.getList("items.stage");
        for (int i = 0; i < names.size(); i++) {
            boolean progression = names.get(i).startsWith("Prone Shoulder") || names.get(i).startsWith("Wide Row");
            assertEquals(progression ? 2 : 1, stages.get(i), names.get(i));
        }
        assertNull(t.get("items[0].holdSeconds"));
        assertEquals(2, (int) t.getInt("items[0].sets"), "dosage pre-fills from the low end of the range");
    }
}
