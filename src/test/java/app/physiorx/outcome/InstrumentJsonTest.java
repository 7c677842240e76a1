package app.physiorx.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.common.DomainException.InvalidField;
import app.physiorx.common.InvalidInputException;
import app.physiorx.outcome.Instrument.Direction;
import app.physiorx.outcome.Instrument.Item;
import app.physiorx.outcome.Instrument.Method;
import app.physiorx.outcome.Instrument.Option;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading and writing FHIR Questionnaires: the built-ins, the example import, the round trip and each refusal. */
@Tag("unit")
class InstrumentJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The text of a resource under src/main/resources/outcome/, such as "nprs" for nprs.json. */
    static String resource(String name) {
        try (InputStream in = InstrumentJsonTest.class.getResourceAsStream("/outcome/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no resource outcome/" + name + ".json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Instrument builtIn(String name) {
        return InstrumentJson.read(resource(name));
    }

    @ParameterizedTest(name = "{0}.json reads as {1}")
    @CsvSource({
            "nprs,           nprs,         1, SUM,     1, 2,  0.30, LOWER,  0, false",
            "psfs,           psfs,         5, MEAN,    3, 2,      , HIGHER, 1, true",
            "groc,           groc,         1, SUM,     1, 2,      , HIGHER, 0, false",
            "example-import, desk-comfort, 4, PERCENT, 3, 10,     , LOWER,  1, false",
    })
    void eachBuiltInAndTheExampleReadWithTheirScoringRule(String file, String code, int items, Method method, int minAnswered,
                                                          BigDecimal mcid, BigDecimal mcidPercent, Direction better,
                                                          int decimals, boolean namedActivities) {
        Instrument instrument = builtIn(file);
        assertEquals(code, instrument.code());
        assertEquals(1, instrument.version());
        assertEquals(items, instrument.items().size());
        assertEquals(new Instrument.Scoring(method, minAnswered, mcid, mcidPercent, better, decimals), instrument.scoring());
        assertEquals(namedActivities, instrument.namedActivities());
    }

    @Test
    void theNprsIsOneRequiredZeroToTenItemWithItsEndsLabelled() {
        Item pain = builtIn("nprs").items().getFirst();
        assertEquals(new Item("pain", pain.text(), 0, 10, List.of(), true, false, "No pain at all",
                "The most pain I could picture"), pain);
        assertNull(builtIn("nprs").credit());
    }

    @Test
    void thePsfsHasFiveActivitySlotsTheFirstThreeRequiredAndCarriesItsCitation() {
        Instrument psfs = builtIn("psfs");
        assertEquals(List.of(true, true, true, false, false), psfs.items().stream().map(Item::required).toList());
        assertTrue(psfs.items().stream().allMatch(i -> i.activity() && i.min() == 0 && i.max() == 10 && i.options().isEmpty()));
        assertTrue(psfs.credit().startsWith("Patient-Specific Functional Scale: Stratford P, Gill C, Westaway M, Binkley J."));
        assertTrue(psfs.credit().endsWith("Physiotherapy Canada 1995;47:258-263."));
    }

    @Test
    void theGrocOffersFifteenLabelledChoicesFromMinusSevenToSeven() {
        Item change = builtIn("groc").items().getFirst();
        assertEquals(IntStream.rangeClosed(-7, 7).boxed().toList(), change.options().stream().map(Option::value).toList());
        assertEquals(new Option(-7, "A very great deal worse"), change.options().getFirst());
        assertEquals(new Option(0, "About the same"), change.options().get(7));
        assertEquals(new Option(7, "A very great deal better"), change.options().getLast());
        assertEquals(-7, change.min());
        assertEquals(7, change.max());
    }

    @Test
    void theExampleImportHasFourOptionalChoiceItemsScoredZeroToFour() {
        Instrument example = builtIn("example-import");
        assertEquals("Desk work comfort", example.title());
        for (Item item : example.items()) {
            assertFalse(item.required());
            assertEquals(0, item.min());
            assertEquals(4, item.max());
            assertEquals(5, item.options().size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nprs", "psfs", "groc", "example-import"})
    void writingAndReadingBackGivesAnEqualInstrument(String file) {
        Instrument instrument = builtIn(file);
        assertEquals(instrument, InstrumentJson.read(InstrumentJson.write(instrument)));
    }

    @Test
    void aNameIsLowerCasedIntoTheCode() {
        assertEquals("desk-comfort", InstrumentJson.read(edited(q -> q.put("name", "Desk-Comfort"))).code());
    }

    @Test
    void aVersionGivenAsANumberIsAcceptedToo() {
        assertEquals(3, InstrumentJson.read(edited(q -> q.put("version", 3))).version());
    }

    @ParameterizedTest(name = "not a questionnaire: {0}")
    @ValueSource(strings = {"{not json", "[1, 2]", "\"Questionnaire\"", ""})
    void somethingThatIsNotAJsonObjectIsRefusedAsTheQuestionnaire(String json) {
        assertEquals("questionnaire", refusedField(json));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("another resource type", "resourceType", q -> q.put("resourceType", "Patient")),
                refusal("no name", "name", q -> q.remove("name")),
                refusal("a name with spaces", "name", q -> q.put("name", "desk comfort")),
                refusal("no title", "title", q -> q.remove("title")),
                refusal("a blank title", "title", q -> q.put("title", "  ")),
                refusal("no version", "version", q -> q.remove("version")),
                refusal("a decimal version", "version", q -> q.put("version", "1.2")),
                refusal("version 0", "version", q -> q.put("version", "0")),
                refusal("a negative version", "version", q -> q.put("version", -1)),
                refusal("no items", "item", q -> q.remove("item")),
                refusal("an empty item list", "item", q -> q.putArray("item")),
                refusal("an item without linkId", "item[2]", q -> item(q, 2).remove("linkId")),
                refusal("a duplicate linkId", "item.neck", q -> item(q, 1).put("linkId", "neck")),
                refusal("a string item", "item.back", q -> item(q, 1).put("type", "string")),
                refusal("a group item", "item.neck", q -> item(q, 0).put("type", "group")),
                refusal("an item without text", "item.hands", q -> item(q, 2).remove("text")),
                refusal("a choice without options", "item.neck", q -> item(q, 0).remove("answerOption")),
                refusal("options as valueInteger", "item.neck", q -> option(q, 0, 1).removeAll().put("valueInteger", 1)),
                refusal("an option code that is not a number", "item.neck", q -> coding(q, 0, 1).put("code", "one")),
                refusal("an option without display", "item.neck", q -> coding(q, 0, 1).remove("display")),
                refusal("two options with one code", "item.neck", q -> coding(q, 0, 1).put("code", "0")),
                refusal("no scoring extension", "extension.scoring", q -> q.remove("extension")),
                refusal("an unknown method", "extension.scoring.method", q -> part(q, "method").put("valueCode", "median")),
                refusal("a missing mcid", "extension.scoring.mcid", q -> parts(q).remove(index(q, "mcid"))),
                refusal("a negative mcid", "extension.scoring.mcid", q -> part(q, "mcid").put("valueDecimal", -1)),
                refusal("an mcid that is text", "extension.scoring.mcid", q -> part(q, "mcid").put("valueDecimal", "10")),
                refusal("mcidPercent as a percentage", "extension.scoring.mcidPercent",
                        q -> parts(q).addObject().put("url", "mcidPercent").put("valueDecimal", 30)),
                refusal("minAnswered 0", "extension.scoring.minAnswered", q -> part(q, "minAnswered").put("valueInteger", 0)),
                refusal("minAnswered above the items", "extension.scoring.minAnswered",
                        q -> part(q, "minAnswered").put("valueInteger", 5)),
                refusal("an unknown direction", "extension.scoring.better", q -> part(q, "better").put("valueCode", "sideways")),
                refusal("negative decimals", "extension.scoring.decimals",
                        q -> parts(q).addObject().put("url", "decimals").put("valueInteger", -1)));
    }

    @ParameterizedTest(name = "{0} is refused on {1}")
    @MethodSource("refusals")
    void eachRuleBrokenInTheExampleIsRefusedOnItsField(String name, String field, Consumer<ObjectNode> edit) {
        assertEquals(field, refusedField(edited(edit)));
    }

    static Stream<Arguments> nprsRefusals() {
        return Stream.of(
                refusal("no minValue", "item.pain", q -> extensions(item(q, 0)).remove(0)),
                refusal("no maxValue", "item.pain", q -> extensions(item(q, 0)).remove(1)),
                refusal("a decimal minValue", "item.pain", q -> ((ObjectNode) extensions(item(q, 0)).get(0)).put("valueInteger", 0.5)),
                refusal("minValue above maxValue", "item.pain",
                        q -> ((ObjectNode) extensions(item(q, 0)).get(0)).put("valueInteger", 11)),
                refusal("a lowLabel that is not a string", "item.pain",
                        q -> ((ObjectNode) extensions(item(q, 0)).get(2)).remove("valueString")));
    }

    @ParameterizedTest(name = "{0} is refused on {1}")
    @MethodSource("nprsRefusals")
    void anIntegerItemNeedsAWholeNumberRange(String name, String field, Consumer<ObjectNode> edit) {
        assertEquals(field, refusedField(edited("nprs", edit)));
    }

    @Test
    void aRefusalSaysWhatToDoInPlainWords() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> InstrumentJson.read(edited(q -> part(q, "method").put("valueCode", "median"))));
        assertEquals(List.of(new InvalidField("extension.scoring.method",
                "The scoring method \"median\" is not known; use sum, mean or percent.")), e.fields());
    }

    // --- helpers: edit the example's JSON tree, then read it

    private static Arguments refusal(String name, String field, Consumer<ObjectNode> edit) {
        return Arguments.of(name, field, edit);
    }

    private static String edited(Consumer<ObjectNode> edit) {
        return edited("example-import", edit);
    }

    private static String edited(String file, Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(resource(file));
            edit.accept(root);
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String refusedField(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InstrumentJson.read(json));
        assertEquals(1, e.fields().size());
        assertFalse(e.getMessage().isBlank());
        return e.fields().getFirst().field();
    }

    private static ObjectNode item(ObjectNode q, int index) {
        return (ObjectNode) q.get("item").get(index);
    }

    private static ArrayNode extensions(ObjectNode node) {
        return (ArrayNode) node.get("extension");
    }

    private static ObjectNode option(ObjectNode q, int item, int option) {
        return (ObjectNode) item(q, item).get("answerOption").get(option);
    }

    private static ObjectNode coding(ObjectNode q, int item, int option) {
        return (ObjectNode) option(q, item, option).get("valueCoding");
    }

    private static ArrayNode parts(ObjectNode q) {
        return (ArrayNode) q.get("extension").get(0).get("extension");
    }

    private static int index(ObjectNode q, String url) {
        ArrayNode parts = parts(q);
        for (int i = 0; i < parts.size(); i++) {
            if (url.equals(parts.get(i).get("url").asText())) {
                return i;
            }
        }
        throw new IllegalArgumentException("no scoring part " + url);
    }

    private static ObjectNode part(ObjectNode q, String url) {
        return (ObjectNode) parts(q).get(index(q, url));
    }
}
