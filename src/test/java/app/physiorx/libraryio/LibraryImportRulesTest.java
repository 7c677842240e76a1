package app.physiorx.libraryio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.exercise.BodyRegion;
import app.physiorx.exercise.DefaultDosage;
import app.physiorx.exercise.ExerciseApi.RelationKind;
import app.physiorx.exercise.ExerciseStatus;
import app.physiorx.exercise.Position;
import app.physiorx.exercise.RepsMode;
import app.physiorx.libraryio.LibraryFile.Document;
import app.physiorx.libraryio.LibraryFile.ExerciseEntry;
import app.physiorx.libraryio.LibraryFile.Item;
import app.physiorx.libraryio.LibraryFile.TemplateEntry;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The import's own rules, its clash names, its CSV cells and its ZIP names, without the app. */
@Tag("unit")
class LibraryImportRulesTest {
    private static final DefaultDosage REPS = new DefaultDosage(null, null, 10, 12, RepsMode.PLAIN, null, null, null, null,
            null, null, null);

    static ExerciseEntry entry(String key, String name, DefaultDosage dosage, List<String> equipment, List<String> steps,
                               List<LibraryFile.Relation> relations) {
        return new ExerciseEntry(key, name, null, null, List.of(BodyRegion.KNEE), null, null, Position.SITTING, null, equipment,
                dosage, steps, List.of(), List.of(), List.of(), List.of(), ExerciseStatus.ACTIVE, relations, List.of());
    }

    private static List<String> fields(Document doc) {
        return ImportRules.check(doc, Map.of()).stream().map(ImportError::field).toList();
    }

    private static Document doc(List<ExerciseEntry> exercises, List<TemplateEntry> templates) {
        return new Document(LibraryFile.FORMAT, 1, null, null, exercises, templates);
    }

    @Test
    void aRangeWhoseMaximumIsBelowItsMinimumIsNamedByRowAndField() {
        DefaultDosage inverted = new DefaultDosage(3, 2, 10, 12, RepsMode.PLAIN, null, null, null, null, null, null, null);
        List<ImportError> errors = ImportRules.check(doc(List.of(entry("a", "One", REPS, List.of(), List.of("Step"), List.of()),
                entry("b", "Two", inverted, List.of(), List.of("Step"), List.of())), List.of()), Map.of());
        assertEquals(List.of(new ImportError(2, "exercises[1].dosage.setsMax",
                "must be at least the matching minimum (give both or neither)")), errors);
    }

    @Test
    void unknownEquipmentPlaceholdersMarkupAndMissingAmountsAreRefused() {
        DefaultDosage nothing = new DefaultDosage(2, 3, null, null, RepsMode.PLAIN, null, null, null, null, null, null, null);
        List<String> fields = fields(doc(List.of(entry("a", "<b>Bold</b>", nothing, List.of("jetpack"),
                List.of("Hold for {forever}."), List.of())), List.of()));
        assertEquals(List.of("exercises[0].name", "exercises[0].steps[0]", "exercises[0].equipment[0]", "exercises[0].dosage"), fields);
    }

    @Test
    void keysAndNamesAreUniqueInTheFileAndReferencesMustResolve() {
        var toNowhere = new LibraryFile.Relation(RelationKind.VARIANT_OF, "zzz", null);
        var toItself = new LibraryFile.Relation(RelationKind.VARIANT_OF, "a", null);
        List<String> fields = fields(doc(List.of(entry("a", "Same", REPS, List.of(), List.of("Step"), List.of(toItself)),
                entry("a", "same", REPS, List.of(), List.of("Step"), List.of(toNowhere))),
                List.of(new TemplateEntry("T", null, null, List.of(), List.of(new Item(null, "no-such-starter", null, null, null,
                        null, null, null, null, null, null))))));
        assertEquals(List.of("exercises[1].key", "exercises[1].name", "exercises[0].relations[0]",
                "exercises[1].relations[0].exercise", "templates[0].items[0].starter"), fields);
    }

    @Test
    void aTemplateItemWithoutAnAmountTakesItFromItsExerciseOrIsRefused() {
        DefaultDosage holdOnly = new DefaultDosage(null, null, null, null, RepsMode.PLAIN, 0, 0, 30, 60, null, null, null);
        Item bare = new Item("a", null, 1, 2, null, null, null, null, null, null, null);
        assertTrue(fields(doc(List.of(entry("a", "Reps", REPS, List.of(), List.of("Step"), List.of())),
                List.of(new TemplateEntry("T", null, null, List.of(), List.of(bare))))).isEmpty());
        Item none = new Item("a", null, 1, 2, null, 0, 0, null, null, null, null);
        DefaultDosage zero = new DefaultDosage(null, null, null, null, RepsMode.PLAIN, 0, 0, 0, 0, null, null, null);
        assertEquals(List.of("templates[0].items[0]"), fields(doc(List.of(entry("a", "Zero", zero, List.of(), List.of("Step"), List.of())),
                List.of(new TemplateEntry("T", null, null, List.of(), List.of(none))))));
        assertFalse(holdOnly.invertedRanges().contains("holdMaxSeconds"));
    }

    @Test
    void aClashIsRenamedWithTheImportedSuffixThatNobodyUsesYet() {
        Document file = doc(List.of(entry("a", "Bridge", REPS, List.of(), List.of("Step"), List.of()),
                entry("b", "Bridge (imported)", REPS, List.of(), List.of("Step"), List.of())), List.of());
        var clashes = new ImportClashes(Map.of("bridge", 7L), List.of(), new LibraryImportService.Options(false, null, Map.of()))
                .resolve(file);
        assertEquals("Bridge (imported 2)", clashes.clashes().getFirst().suggestedName());
        var renamed = new ImportClashes(Map.of("bridge", 7L), List.of(), new LibraryImportService.Options(false, "rename", Map.of()))
                .resolve(file);
        assertEquals(List.of("Bridge (imported 2)", "Bridge (imported)"), renamed.exercises().stream().map(ExerciseEntry::name).toList());
        var skipped = new ImportClashes(Map.of("bridge", 7L), List.of(), new LibraryImportService.Options(false, null,
                Map.of("exercise:BRIDGE", "skip"))).resolve(file);
        assertEquals(Map.of("a", 7L), skipped.existing());
        assertEquals(1, skipped.skipped());
    }

    @Test
    void csvCellsThatLookLikeFormulasAreDefusedAndComeBackAsWritten() throws Exception {
        for (String s : List.of("=SUM(A1)", "+1", "-2", "@me", "plain")) {
            assertEquals(s, LibraryCsv.uncell(LibraryCsv.cell(s)));
        }
        assertEquals("'=SUM(A1)", LibraryCsv.cell("=SUM(A1)"));
        ExerciseEntry e = entry("k", "Pipe | name", REPS, List.of("chair"), List.of("First | with a bar", "Second"),
                List.of(new LibraryFile.Relation(RelationKind.PROGRESSION_OF, null, "chin-tuck")));
        StringWriter out = new StringWriter();
        LibraryCsv.write(List.of(e), out);
        assertTrue(out.toString().contains("1. First \\| with a bar | 2. Second"), out.toString());
        var parsed = LibraryCsv.read(new StringReader(out.toString()));
        ExerciseEntry back = new ObjectMapper().findAndRegisterModules().treeToValue(parsed.document().get("exercises").get(0),
                ExerciseEntry.class);
        assertEquals(List.of("First | with a bar", "Second"), back.steps());
        assertEquals("chin-tuck", back.relations().getFirst().starter());
        assertEquals(List.of(2), parsed.lines());
        assertTrue(LibrarySchema.check(parsed.document()).isEmpty(), LibrarySchema.check(parsed.document()).toString());
    }

    @Test
    void zipNamesThatLeaveTheArchiveAreRefused() {
        for (String bad : List.of("../evil", "media/../../etc/passwd", "/etc/passwd", "C:/x", "media\\x", "./library.json")) {
            assertFalse(LibraryZip.safeName(bad), bad);
        }
        assertTrue(LibraryZip.safeName("media/wall-slide-1.png"));
    }

    @Test
    void theSchemaNamesTheRowAndFieldOfABadValue() throws Exception {
        var node = new ObjectMapper().readTree("""
                {"format": "physiorx-library", "version": 1, "templates": [], "exercises": [
                  {"key": "a", "name": "A", "bodyRegions": ["KNEE"], "position": "SITTING", "difficulty": 4,
                   "dosage": {"repsMode": "PLAIN"}, "steps": ["x"]}]}""");
        List<ImportError> errors = LibrarySchema.check(node);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(new ImportError(1, "exercises[0].difficulty", errors.getFirst().message()), errors.getFirst());
        var missing = LibrarySchema.check(new ObjectMapper().readTree("{\"format\": \"physiorx-library\", \"version\": 1, \"exercises\": []}"));
        assertEquals("templates", missing.getFirst().field());
    }
}
