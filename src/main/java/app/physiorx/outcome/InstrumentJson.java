package app.physiorx.outcome;

import app.physiorx.common.InvalidInputException;
import app.physiorx.outcome.Instrument.Direction;
import app.physiorx.outcome.Instrument.Item;
import app.physiorx.outcome.Instrument.Method;
import app.physiorx.outcome.Instrument.Option;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and writes an {@link Instrument} as a FHIR R4 {@code Questionnaire}.
 *
 * <p>The form this accepts (and {@link #write} produces):
 * <ul>
 *   <li>{@code resourceType} "Questionnaire"; {@code name} the code (lower-cased; letters, digits and hyphens);
 *       {@code title}; {@code version} a whole number 1 or more (as text, as FHIR has it, or as a number);
 *       {@code copyright} the credit line, optional.</li>
 *   <li>One extension {@value #SCORING} with nested extensions {@code method} (valueCode sum|mean|percent),
 *       {@code minAnswered} (valueInteger), {@code mcid} (valueDecimal, 0 or more), {@code mcidPercent}
 *       (valueDecimal above 0 and at most 1, optional), {@code better} (valueCode lower|higher) and
 *       {@code decimals} (valueInteger 0 to 4, optional, 1 when left out).</li>
 *   <li>{@code item}: each with a unique {@code linkId}, {@code text}, {@code type} and optional {@code required}.
 *       An {@code integer} item gives its range with the standard {@value #MIN_VALUE} and {@value #MAX_VALUE}
 *       extensions (valueInteger). A {@code choice} item lists {@code answerOption}s, each as
 *       {@code valueCoding} with {@code code} the scored whole number written as text ("-7", "0", "3") and
 *       {@code display} the words shown; no other answerOption form is accepted. Optional item extensions:
 *       {@value #LOW_LABEL} and {@value #HIGH_LABEL} (valueString) and {@value #ACTIVITY} (valueBoolean, a
 *       PSFS-style activity slot; any such item makes the instrument {@code namedActivities}).</li>
 * </ul>
 * Other Questionnaire elements (status, description, ...) are ignored on reading. Every refusal is an
 * {@link InvalidInputException} on the field it is about: {@code questionnaire}, {@code resourceType},
 * {@code name}, {@code title}, {@code version}, {@code item}, {@code item.<linkId>} (or {@code item[<index>]}
 * while the linkId is unknown) and {@code extension.scoring[.<part>]}.
 */
public final class InstrumentJson {
    public static final String SCORING = "https://physiorx.org/fhir/StructureDefinition/scoring";
    public static final String ACTIVITY = "https://physiorx.org/fhir/StructureDefinition/activity";
    public static final String LOW_LABEL = "https://physiorx.org/fhir/StructureDefinition/lowLabel";
    public static final String HIGH_LABEL = "https://physiorx.org/fhir/StructureDefinition/highLabel";
    public static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    public static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

    private static final int MAX_DECIMALS = 4;
    private static final Pattern CODE = Pattern.compile("[a-z0-9-]+");
    private static final Pattern WHOLE = Pattern.compile("[1-9][0-9]{0,8}");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private InstrumentJson() {
    }

    /** Reads a Questionnaire; refuses anything outside the form described on this class, naming the place. */
    public static Instrument read(String json) {
        JsonNode root;
        try {
            root = json == null ? null : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw refuse("questionnaire", "This is not a JSON file. Export the questionnaire as FHIR JSON and try again.");
        }
        if (root == null || !root.isObject()) {
            throw refuse("questionnaire", "This is not a FHIR Questionnaire: expected a JSON object.");
        }
        if (!"Questionnaire".equals(root.path("resourceType").asText(null))) {
            throw refuse("resourceType", "This is not a FHIR Questionnaire: resourceType must be \"Questionnaire\".");
        }
        String code = code(root.get("name"));
        String title = text(root.get("title"), "title", "Give the questionnaire a title.");
        int version = version(root.get("version"));
        String credit = root.hasNonNull("copyright") ? text(root.get("copyright"), "copyright",
                "The copyright line must be text.") : null;
        List<Item> items = items(root.get("item"));
        Instrument.Scoring scoring = scoring(extension(root, SCORING), items);
        boolean named = items.stream().anyMatch(Item::activity);
        return new Instrument(code, version, title, credit, items, scoring, named);
    }

    private static String code(JsonNode name) {
        String raw = text(name, "name", "Give the questionnaire a name: a short code such as \"neck-comfort\".");
        String code = raw.toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw refuse("name", "The name \"" + raw + "\" may use only letters, digits and hyphens, such as \"neck-comfort\".");
        }
        return code;
    }

    private static int version(JsonNode node) {
        String value = node == null ? null : node.isTextual() ? node.asText().trim() : node.isIntegralNumber() ? node.asText() : null;
        if (value == null || value.isEmpty()) {
            throw refuse("version", "Give the questionnaire a version: a whole number such as \"1\".");
        }
        if (!WHOLE.matcher(value).matches()) {
            throw refuse("version", "The version \"" + value + "\" must be a whole number 1 or more, such as \"1\" or \"2\".");
        }
        return Integer.parseInt(value);
    }

    private static List<Item> items(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw refuse("item", "The questionnaire has no questions. Add at least one item.");
        }
        List<Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String linkId = text(item.get("linkId"), "item[" + i + "]", "Question " + (i + 1) + " has no linkId.");
            if (!seen.add(linkId)) {
                throw refuse("item." + linkId, "Two questions have the linkId \"" + linkId + "\". Each needs its own.");
            }
            items.add(item(item, linkId));
        }
        return List.copyOf(items);
    }

    private static Item item(JsonNode node, String linkId) {
        String field = "item." + linkId;
        String text = text(node.get("text"), field, "Question \"" + linkId + "\" has no text.");
        JsonNode required = node.get("required");
        if (required != null && !required.isBoolean()) {
            throw refuse(field, "Question \"" + linkId + "\": required must be true or false.");
        }
        boolean activity = bool(extension(node, ACTIVITY), field);
        String low = label(extension(node, LOW_LABEL), field);
        String high = label(extension(node, HIGH_LABEL), field);
        String type = node.path("type").asText("");
        List<Option> options = switch (type) {
            case "integer" -> List.of();
            case "choice" -> options(node.get("answerOption"), linkId);
            default -> throw refuse(field, "Question \"" + linkId + "\" has the type \"" + type
                    + "\"; only \"integer\" and \"choice\" questions can be scored.");
        };
        int min;
        int max;
        if (options.isEmpty()) {
            min = whole(extension(node, MIN_VALUE), field, "Question \"" + linkId + "\" needs a lowest value (minValue extension).");
            max = whole(extension(node, MAX_VALUE), field, "Question \"" + linkId + "\" needs a highest value (maxValue extension).");
            if (min >= max) {
                throw refuse(field, "Question \"" + linkId + "\": the lowest value must be below the highest.");
            }
        } else {
            min = options.stream().mapToInt(Option::value).min().orElseThrow();
            max = options.stream().mapToInt(Option::value).max().orElseThrow();
        }
        return new Item(linkId, text, min, max, options, required != null && required.asBoolean(), activity, low, high);
    }

    private static List<Option> options(JsonNode node, String linkId) {
        String field = "item." + linkId;
        if (node == null || !node.isArray() || node.size() < 2) {
            throw refuse(field, "Choice question \"" + linkId + "\" needs at least two answerOptions.");
        }
        List<Option> options = new ArrayList<>();
        Set<Integer> values = new HashSet<>();
        for (JsonNode option : node) {
            JsonNode coding = option.get("valueCoding");
            String code = coding == null ? null : coding.path("code").asText(null);
            String display = coding == null ? null : coding.path("display").asText(null);
            if (code == null || !code.matches("-?[0-9]{1,6}") || display == null || display.isBlank()) {
                throw refuse(field, "Each answer of question \"" + linkId + "\" must be a valueCoding whose code is the "
                        + "scored whole number (such as \"3\") and whose display is the words shown.");
            }
            int value = Integer.parseInt(code);
            if (!values.add(value)) {
                throw refuse(field, "Question \"" + linkId + "\" has two answers with the code \"" + code + "\".");
            }
            options.add(new Option(value, display.strip()));
        }
        return List.copyOf(options);
    }

    private static Instrument.Scoring scoring(JsonNode scoring, List<Item> items) {
        String field = "extension.scoring";
        if (scoring == null) {
            throw refuse(field, "The questionnaire has no scoring rule (the extension " + SCORING + ").");
        }
        Method method = switch (code(extension(scoring, "method"), field + ".method")) {
            case "sum" -> Method.SUM;
            case "mean" -> Method.MEAN;
            case "percent" -> Method.PERCENT;
            case String other -> throw refuse(field + ".method", "The scoring method \"" + other
                    + "\" is not known; use sum, mean or percent.");
        };
        if (method == Method.PERCENT && items.stream().anyMatch(i -> i.min() < 0 || i.max() <= 0)) {
            throw refuse(field + ".method", "Percent scoring needs questions whose answers are 0 or more.");
        }
        int minAnswered = whole(extension(scoring, "minAnswered"), field + ".minAnswered",
                "Say how many questions must be answered for a score (minAnswered).");
        if (minAnswered < 1 || minAnswered > items.size()) {
            throw refuse(field + ".minAnswered", "minAnswered must be from 1 to " + items.size()
                    + " (the number of questions); it is " + minAnswered + ".");
        }
        BigDecimal mcid = decimal(extension(scoring, "mcid"), field + ".mcid");
        if (mcid == null || mcid.signum() < 0) {
            throw refuse(field + ".mcid", "Give the smallest change that matters (mcid) as a number of score points, 0 or more.");
        }
        BigDecimal mcidPercent = decimal(extension(scoring, "mcidPercent"), field + ".mcidPercent");
        if (mcidPercent != null && (mcidPercent.signum() <= 0 || mcidPercent.compareTo(BigDecimal.ONE) > 0)) {
            throw refuse(field + ".mcidPercent", "mcidPercent is a share of the first score above 0 and at most 1, such as 0.30 for 30 %.");
        }
        Direction better = switch (code(extension(scoring, "better"), field + ".better")) {
            case "lower" -> Direction.LOWER;
            case "higher" -> Direction.HIGHER;
            case String other -> throw refuse(field + ".better", "Say which way is better as \"lower\" or \"higher\", not \""
                    + other + "\".");
        };
        JsonNode decimalsExtension = extension(scoring, "decimals");
        int decimals = decimalsExtension == null ? 1 : whole(decimalsExtension, field + ".decimals", "decimals must be a whole number.");
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw refuse(field + ".decimals", "decimals must be from 0 to " + MAX_DECIMALS + "; it is " + decimals + ".");
        }
        return new Instrument.Scoring(method, minAnswered, mcid, mcidPercent, better, decimals);
    }

    /** Writes the Questionnaire {@link #read} reads back to an equal instrument. */
    public static String write(Instrument instrument) {
        ObjectNode root = JSON.createObjectNode();
        root.put("resourceType", "Questionnaire");
        root.put("name", instrument.code());
        root.put("title", instrument.title());
        root.put("version", Integer.toString(instrument.version()));
        root.put("status", "active");
        if (instrument.credit() != null) {
            root.put("copyright", instrument.credit());
        }
        Instrument.Scoring s = instrument.scoring();
        ObjectNode scoring = root.putArray("extension").addObject().put("url", SCORING);
        ArrayNode parts = scoring.putArray("extension");
        parts.addObject().put("url", "method").put("valueCode", s.method().name().toLowerCase(Locale.ROOT));
        parts.addObject().put("url", "minAnswered").put("valueInteger", s.minAnswered());
        parts.addObject().put("url", "mcid").put("valueDecimal", s.mcid());
        if (s.mcidPercent() != null) {
            parts.addObject().put("url", "mcidPercent").put("valueDecimal", s.mcidPercent());
        }
        parts.addObject().put("url", "better").put("valueCode", s.better().name().toLowerCase(Locale.ROOT));
        parts.addObject().put("url", "decimals").put("valueInteger", s.decimals());
        ArrayNode items = root.putArray("item");
        for (Item item : instrument.items()) {
            writeItem(items.addObject(), item);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write questionnaire " + instrument.code(), e);
        }
    }

    private static void writeItem(ObjectNode node, Item item) {
        node.put("linkId", item.linkId());
        node.put("text", item.text());
        node.put("type", item.options().isEmpty() ? "integer" : "choice");
        node.put("required", item.required());
        ArrayNode extensions = JSON.createArrayNode();
        if (item.options().isEmpty()) {
            extensions.addObject().put("url", MIN_VALUE).put("valueInteger", item.min());
            extensions.addObject().put("url", MAX_VALUE).put("valueInteger", item.max());
        }
        if (item.lowLabel() != null) {
            extensions.addObject().put("url", LOW_LABEL).put("valueString", item.lowLabel());
        }
        if (item.highLabel() != null) {
            extensions.addObject().put("url", HIGH_LABEL).put("valueString", item.highLabel());
        }
        if (item.activity()) {
            extensions.addObject().put("url", ACTIVITY).put("valueBoolean", true);
        }
        if (!extensions.isEmpty()) {
            node.set("extension", extensions);
        }
        if (!item.options().isEmpty()) {
            ArrayNode options = node.putArray("answerOption");
            for (Option option : item.options()) {
                options.addObject().putObject("valueCoding").put("code", Integer.toString(option.value()))
                        .put("display", option.label());
            }
        }
    }

    /** The first extension with this url on the node (top-level or nested), or null. */
    private static JsonNode extension(JsonNode node, String url) {
        for (JsonNode extension : node.path("extension")) {
            if (url.equals(extension.path("url").asText(null))) {
                return extension;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field, String missing) {
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            throw refuse(field, missing);
        }
        if (!node.isTextual()) {
            throw refuse(field, missing + " It must be text.");
        }
        return node.asText().strip();
    }

    private static String code(JsonNode extension, String field) {
        JsonNode value = extension == null ? null : extension.get("valueCode");
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw refuse(field, "The scoring rule needs " + field.substring(field.lastIndexOf('.') + 1) + " as a valueCode.");
        }
        return value.asText().strip().toLowerCase(Locale.ROOT);
    }

    private static int whole(JsonNode extension, String field, String missing) {
        JsonNode value = extension == null ? null : extension.get("valueInteger");
        if (value == null) {
            throw refuse(field, missing);
        }
        if (!value.isInt()) {
            throw refuse(field, "Expected a whole number (valueInteger) but found " + value + ".");
        }
        return value.intValue();
    }

    private static BigDecimal decimal(JsonNode extension, String field) {
        JsonNode value = extension == null ? null : extension.get("valueDecimal");
        if (extension != null && (value == null || !value.isNumber())) {
            throw refuse(field, "Expected a number (valueDecimal) but found " + (value == null ? "nothing" : value) + ".");
        }
        return value == null ? null : value.decimalValue();
    }

    private static boolean bool(JsonNode extension, String field) {
        if (extension == null) {
            return false;
        }
        JsonNode value = extension.get("valueBoolean");
        if (value == null || !value.isBoolean()) {
            throw refuse(field, "The activity extension needs valueBoolean true or false.");
        }
        return value.booleanValue();
    }

    private static String label(JsonNode extension, String field) {
        if (extension == null) {
            return null;
        }
        return text(extension.get("valueString"), field, "A scale label (lowLabel or highLabel) needs a valueString.");
    }

    private static InvalidInputException refuse(String field, String message) {
        return InvalidInputException.field(field, message);
    }
}
