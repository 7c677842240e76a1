package app.physiorx.libraryio;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing wrong with an imported file. {@code row}: for JSON the 1-based place of the exercise or template in
 * its list (null for the file as a whole); for CSV the line number (the header is line 1). {@code field}: the
 * path in the JSON ({@code exercises[2].difficulty}) or the CSV column name.
 */
public record ImportError(Integer row, String field, String message) {
    private static final Pattern ROW = Pattern.compile("^(exercises|templates)\\[(\\d+)](.*)$");

    /** An error at a path of the document: its row is read from the path. */
    static ImportError at(String path, String message) {
        Matcher m = ROW.matcher(path);
        return new ImportError(m.matches() ? Integer.parseInt(m.group(2)) + 1 : null, path, message);
    }

    static ImportError file(String message) {
        return new ImportError(null, "file", message);
    }

    /** "exercises", "templates" or null. */
    String section() {
        Matcher m = ROW.matcher(field == null ? "" : field);
        return m.matches() ? m.group(1) : null;
    }

    /** The index in its section, or -1. */
    int index() {
        Matcher m = ROW.matcher(field == null ? "" : field);
        return m.matches() ? Integer.parseInt(m.group(2)) : -1;
    }

    /** The path inside the row: "difficulty", "dosage.repsMax", "steps[1]". */
    String rest() {
        Matcher m = ROW.matcher(field == null ? "" : field);
        return m.matches() ? m.group(3).replaceFirst("^\\.", "") : field;
    }
}
