package app.physiorx.libraryio;

import app.physiorx.exercise.DefaultDosage;
import app.physiorx.libraryio.LibraryFile.ExerciseEntry;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * Exercises as CSV, one row each, written and read with Apache Commons CSV (UTF-8, a header row). A list cell
 * joins its items with " | " (a "|" inside an item is written "\|"); steps are numbered ("1. ..."); relations are
 * "KIND key" or "KIND starter:slug". Cells are defused like the audit CSV: a first character of = + - @, tab, CR
 * or LF gets a ' before it, which reading takes off again.
 */
final class LibraryCsv {
    static final String SEPARATOR = " | ";
    private static final Pattern SPLIT = Pattern.compile("\\s*(?<!\\\\)\\|\\s*");
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,3}\\.\\s+");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Column name to the JSON field it fills (a dotted path for the dosage). */
    static final Map<String, String> COLUMNS = columns();
    private static final String[] HEADER = COLUMNS.keySet().toArray(String[]::new);
    private static final List<String> LISTS = List.of("bodyRegions", "equipment", "steps", "cues", "precautions", "variations",
            "tags", "relations");
    private static final List<String> NUMBERS = List.of("difficulty", "dosage.setsMin", "dosage.setsMax", "dosage.repsMin",
            "dosage.repsMax", "dosage.holdMinSeconds", "dosage.holdMaxSeconds", "dosage.durationMinSeconds",
            "dosage.durationMaxSeconds", "dosage.timesPerDayMin", "dosage.timesPerDayMax");

    private LibraryCsv() {
    }

    private static Map<String, String> columns() {
        String[] pairs = {"key", "key", "name", "name", "subtitle", "subtitle", "group", "group", "body_regions", "bodyRegions",
                "movement", "movement", "difficulty", "difficulty", "position", "position", "position_detail", "positionDetail",
                "equipment", "equipment", "sets_min", "dosage.setsMin", "sets_max", "dosage.setsMax", "reps_min", "dosage.repsMin",
                "reps_max", "dosage.repsMax", "reps_mode", "dosage.repsMode", "hold_min_seconds", "dosage.holdMinSeconds",
                "hold_max_seconds", "dosage.holdMaxSeconds", "duration_min_seconds", "dosage.durationMinSeconds",
                "duration_max_seconds", "dosage.durationMaxSeconds", "times_per_day_min", "dosage.timesPerDayMin",
                "times_per_day_max", "dosage.timesPerDayMax", "dosage_note", "dosage.note", "steps", "steps", "cues", "cues",
                "precautions", "precautions", "variations", "variations", "tags", "tags", "status", "status",
                "relations", "relations"};
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    static void write(List<ExerciseEntry> exercises, Writer out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.MINIMAL)
                .setRecordSeparator("\n").get())) {
            printer.printRecord((Object[]) HEADER);
            for (ExerciseEntry e : exercises) {
                DefaultDosage d = e.dosage();
                List<String> steps = new ArrayList<>();
                for (int i = 0; i < e.steps().size(); i++) {
                    steps.add((i + 1) + ". " + e.steps().get(i));
                }
                Object[] row = {e.key(), e.name(), e.subtitle(), e.group(), join(e.bodyRegions(), Enum::name), e.movement(),
                        e.difficulty(), e.position(), e.positionDetail(), join(e.equipment(), s -> s), d.setsMin(), d.setsMax(),
                        d.repsMin(), d.repsMax(), d.repsMode(), d.holdMinSeconds(), d.holdMaxSeconds(), d.durationMinSeconds(),
                        d.durationMaxSeconds(), d.timesPerDayMin(), d.timesPerDayMax(), d.note(), join(steps, s -> s),
                        join(e.cues(), s -> s), join(e.precautions(), s -> s), join(e.variations(), s -> s),
                        join(e.tags(), s -> s), e.status(), join(e.relations(), r -> r.kind().name() + " "
                        + (r.exercise() != null ? r.exercise() : "starter:" + r.starter()))};
                printer.printRecord(Arrays.stream(row).map(v -> cell(v == null ? null : v.toString())).toArray());
            }
        }
    }

    private static <T> String join(List<T> values, Function<T, String> text) {
        return values == null ? "" : String.join(SEPARATOR, values.stream().map(text).map(s -> s.replace("|", "\\|")).toList());
    }

    /** The value, with a ' before it when its first character could start a formula. */
    static String cell(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        return "=+-@\t\r\n".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    static String uncell(String s) {
        return s.length() > 1 && s.charAt(0) == '\'' && "=+-@\t\r\n".indexOf(s.charAt(1)) >= 0 ? s.substring(1) : s;
    }

    /** The CSV as a library document (exercises only) and the line each exercise came from. */
    record Parsed(ObjectNode document, List<Integer> lines, List<ImportError> errors) {
    }

    static Parsed read(Reader in) throws IOException {
        ObjectNode doc = JSON.objectNode().put("format", LibraryFile.FORMAT).put("version", LibraryFile.VERSION);
        ArrayNode exercises = doc.putArray("exercises");
        doc.putArray("templates");
        List<Integer> lines = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(false)
                .setIgnoreEmptyLines(true).get().parse(in)) {
            List<String> unknown = parser.getHeaderNames().stream().filter(h -> !COLUMNS.containsKey(h)).toList();
            for (String column : unknown) {
                errors.add(new ImportError(1, column, "is not a column of this format"));
            }
            for (String column : List.of("key", "name", "body_regions", "position", "steps")) {
                if (!parser.getHeaderNames().contains(column)) {
                    errors.add(new ImportError(1, column, "the header lacks this column"));
                }
            }
            for (CSVRecord record : parser) {
                lines.add((int) parser.getCurrentLineNumber());
                exercises.add(exercise(record));
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            errors.add(ImportError.file("the CSV could not be read: check its quotes and header"));
        }
        return new Parsed(doc, lines, errors);
    }

    private static ObjectNode exercise(CSVRecord record) {
        ObjectNode e = JSON.objectNode();
        ObjectNode dosage = JSON.objectNode();
        for (Map.Entry<String, String> column : COLUMNS.entrySet()) {
            if (!record.isMapped(column.getKey()) || !record.isSet(column.getKey())) {
                continue;
            }
            String raw = record.get(column.getKey()).strip();
            String field = column.getValue();
            ObjectNode target = field.startsWith("dosage.") ? dosage : e;
            String name = field.startsWith("dosage.") ? field.substring(7) : field;
            if (LISTS.contains(field)) {
                ArrayNode array = target.putArray(name);
                for (String item : raw.isEmpty() ? List.<String>of() : List.of(SPLIT.split(raw))) {
                    addItem(array, field, uncell(item).replace("\\|", "|"));
                }
            } else if (!raw.isEmpty()) {
                String value = uncell(raw);
                if (NUMBERS.contains(field) && value.matches("-?\\d{1,9}")) {
                    target.put(name, Integer.parseInt(value));
                } else {
                    target.put(name, value);
                }
            }
        }
        if (!dosage.has("repsMode")) {
            dosage.put("repsMode", "PLAIN");
        }
        e.set("dosage", dosage);
        return e;
    }

    private static void addItem(ArrayNode array, String field, String item) {
        if (field.equals("steps")) {
            array.add(NUMBER.matcher(item).replaceFirst(""));
        } else if (field.equals("relations")) {
            String[] parts = item.split("\\s+", 2);
            ObjectNode r = array.addObject().put("kind", parts[0]);
            String ref = parts.length > 1 ? parts[1] : "";
            if (ref.startsWith("starter:")) {
                r.put("starter", ref.substring(8));
            } else {
                r.put("exercise", ref);
            }
        } else {
            array.add(item);
        }
    }

    /** An error of the document said as the CSV's line and column. */
    static ImportError onLine(ImportError error, List<Integer> lines) {
        int index = error.index();
        if (index < 0 || index >= lines.size()) {
            return error;
        }
        String rest = error.rest();
        String head = rest.replaceAll("\\[\\d+].*$", "");
        String column = COLUMNS.entrySet().stream()
                .filter(c -> c.getValue().equals(head) || rest.startsWith(c.getValue() + ".") && !c.getValue().equals("dosage"))
                .map(Map.Entry::getKey).findFirst().orElse(head.equals("dosage") ? "reps_min" : head);
        return new ImportError(lines.get(index), column, error.message());
    }
}
