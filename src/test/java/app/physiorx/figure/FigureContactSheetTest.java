package app.physiorx.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.physiorx.support.Browser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Renders every exercise's start and end pictures into one page and screenshots it to
 * target/figures/contact-sheet.png, for a person to look at (and the build to keep drawable).
 */
class FigureContactSheetTest {
    static final Path OUT = Path.of("target/figures");

    /** Slug to "Name · position" for the starter catalog and the eleven original exercises. */
    static Map<String, String> catalog() throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        for (String slug : FigureCatalogTest.ORIGINAL) {
            names.put(slug, slug.replace('-', ' ') + " · original");
        }
        ObjectMapper json = new ObjectMapper();
        for (String part : new String[] {"a", "b", "c"}) {
            try (InputStream in = FigureContactSheetTest.class.getResourceAsStream("/catalog/starter/exercises-" + part + ".json")) {
                JsonNode root = json.readTree(in);
                JsonNode list = root.isArray() ? root : root.get("exercises");
                for (JsonNode e : list) {
                    names.put(e.get("slug").asText(), e.get("name").asText() + " · " + e.get("position").asText());
                }
            }
        }
        return names;
    }

    static String sheet(Map<String, String> names) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Figures</title>"
                + "<style>body{font:11px sans-serif;margin:8px}main{display:grid;grid-template-columns:repeat(6,1fr);gap:6px}"
                + "figure{margin:0;border:1px solid #ccc;padding:3px}figcaption{height:2.6em;overflow:hidden}"
                + ".pair{display:grid;grid-template-columns:1fr 1fr;gap:3px}.pair svg{width:100%;height:96px;border:1px solid #eee}"
                + "</style></head><body><main>");
        names.forEach((slug, name) -> html.append("<figure><figcaption>").append(SvgFigure.escape(slug)).append("<br>")
                .append(SvgFigure.escape(name)).append("</figcaption><div class=\"pair\">")
                .append(Figures.startSvg(slug, name, false)).append(Figures.endSvg(slug, name, false))
                .append("</div></figure>"));
        return html.append("</main></body></html>").toString();
    }

    @Test
    void everyExerciseIsDrawnOnTheContactSheet() throws IOException {
        Map<String, String> names = catalog();
        Files.createDirectories(OUT);
        String html = sheet(names);
        Files.writeString(OUT.resolve("contact-sheet.html"), html);
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setViewportSize(1500, 900);
            page.setContent(html);
            assertEquals(2 * names.size(), page.locator("svg[role=img]").count());
            page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve("contact-sheet.png")).setFullPage(true));
        }
        assertTrue(Files.size(OUT.resolve("contact-sheet.png")) > 10_000);
    }
}
