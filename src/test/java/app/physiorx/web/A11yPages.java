package app.physiorx.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.File;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The list of checked pages (src/test/resources/a11y-pages.txt) and the HTML routes of the app to hold it against. */
final class A11yPages {
    private A11yPages() {
    }

    record Entry(String route, String viewer, String after) {
    }

    static List<Entry> read() throws Exception {
        List<Entry> entries = new ArrayList<>();
        try (var in = A11yPages.class.getResourceAsStream("/a11y-pages.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.trim().split("\\s+", 3);
                String rest = parts.length > 2 ? parts[2] : "";
                String after = rest.startsWith("after=") ? rest.substring("after=".length()).trim() : null;
                entries.add(new Entry(parts[0], parts[1], after));
            }
        }
        return entries;
    }

    /** Every GET route outside /api whose method (or class) produces text/html, from the compiled resource classes. */
    static TreeSet<String> htmlRoutes() throws Exception {
        java.nio.file.Path root = java.nio.file.Path.of("target/classes");
        TreeSet<String> routes = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("app/physiorx"))) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = root.relativize(f).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, A11yPages.class.getClassLoader());
                if (c.isAnnotationPresent(Path.class)) {
                    routes.addAll(htmlRoutes(c));
                }
            }
        }
        return routes;
    }

    private static List<String> htmlRoutes(Class<?> resource) {
        String base = resource.getAnnotation(Path.class).value();
        List<String> out = new ArrayList<>();
        for (Method method : resource.getDeclaredMethods()) {
            if (!method.isAnnotationPresent(GET.class) || !producesHtml(resource, method)) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String path = (base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/");
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            if (!path.startsWith("/api/")) {
                out.add(path);
            }
        }
        return out;
    }

    private static boolean producesHtml(Class<?> resource, Method method) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : resource.getAnnotation(Produces.class);
        if (produces == null) {
            return method.getReturnType().getName().equals("io.quarkus.qute.TemplateInstance");
        }
        return Arrays.stream(produces.value()).anyMatch(v -> v.contains("text/html"));
    }
}
