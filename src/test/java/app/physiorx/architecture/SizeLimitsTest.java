package app.physiorx.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Classes split by responsibility stay that way: no main source file over 400 lines, no method over 60. A Qute message
 * bundle ({@code @MessageBundle}: one sentence per method, no logic) is a list of a page's words, not a
 * responsibility, and is left out of the file limit.
 * Methods are found by their declaration at member indentation (four spaces) and end at the brace that
 * closes at that indentation, which is how every class here is formatted.
 */
@Tag("unit")
class SizeLimitsTest {
    static final int MAX_CLASS_LINES = 400;
    static final int MAX_METHOD_LINES = 60;
    private static final Pattern METHOD = Pattern.compile(
            "^    (?:(?:public|private|protected|static|final|synchronized|default|abstract)\\s+)*(?:<[^>]+>\\s+)?"
                    + "[\\w<>\\[\\], .?]+\\s+\\w+\\s*\\([^;]*$");

    @Test
    void noMainClassIsLongerThan400Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path file : mainSources()) {
            List<String> text = Files.readAllLines(file);
            long lines = text.size();
            if (lines > MAX_CLASS_LINES && text.stream().noneMatch(l -> l.startsWith("@MessageBundle("))) {
                tooLong.add(file.getFileName() + " (" + lines + " lines)");
            }
        }
        assertTrue(tooLong.isEmpty(), "split these by responsibility: " + tooLong);
    }

    /**
     * Quarkus 3.33 resolves a bundle's messages in generated groups of 300, and a bundle with more fails to load
     * (VerifyError in its {@code _resolve_0}, where the first group hands on to the next): every test then fails at
     * boot. Past 300, start another bundle.
     */
    @Test
    void noMessageBundleHasMoreThan300Messages() throws IOException {
        List<String> tooMany = new ArrayList<>();
        for (Path file : mainSources()) {
            List<String> text = Files.readAllLines(file);
            long messages = text.stream().filter(l -> l.strip().startsWith("@Message(")).count();
            if (text.stream().anyMatch(l -> l.startsWith("@MessageBundle(")) && messages > 300) {
                tooMany.add(file.getFileName() + " (" + messages + " messages)");
            }
        }
        assertTrue(tooMany.isEmpty(), "start another message bundle: " + tooMany);
    }

    @Test
    void noMainMethodIsLongerThan60Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path file : mainSources()) {
            tooLong.addAll(longMethods(file.getFileName().toString(), Files.readAllLines(file)));
        }
        assertTrue(tooLong.isEmpty(), "split these methods: " + tooLong);
    }

    @Test
    void theMethodCheckCountsAMethodFromItsDeclarationToItsClosingBrace() {
        List<String> lines = new ArrayList<>(List.of("class A {", "    public int f(int x) {"));
        for (int i = 0; i < 60; i++) {
            lines.add("        x++;");
        }
        lines.addAll(List.of("        return x;", "    }", "}"));
        assertEquals(List.of("A.java:2 (63 lines)"), longMethods("A.java", lines));
        assertEquals(List.of(), longMethods("A.java", lines.subList(0, 20)));
    }

    static List<String> longMethods(String name, List<String> lines) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!METHOD.matcher(line).matches() || line.strip().matches("^(return|new|if|for|while|switch|throw)\\b.*")) {
                continue;
            }
            int open = i;
            while (open < lines.size() && !lines.get(open).contains("{") && !lines.get(open).strip().endsWith(";")) {
                open++;
            }
            if (open >= lines.size() || !lines.get(open).contains("{")) {
                continue;
            }
            int close = open + 1;
            while (close < lines.size() && !lines.get(close).startsWith("    }")) {
                close++;
            }
            int length = close - i + 1;
            if (close < lines.size() && length > MAX_METHOD_LINES) {
                found.add(name + ":" + (i + 1) + " (" + length + " lines)");
            }
            i = close;
        }
        return found;
    }

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).toList();
            assertTrue(sources.size() > 50, "src/main/java not found");
            return sources;
        }
    }
}
