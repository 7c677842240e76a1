package app.physiorx.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's Chromium driven by Playwright, offline (no browser download). One browser per
 * test class; each test gets a fresh context (no shared cookies).
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PHYSIORX_CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        this(List.of());
    }

    /** With extra Chromium switches (the production-stack journey maps its host names and pins its certificate). */
    public Browser(List<String> extraArgs) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium is needed for browser tests: apt-get install chromium");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(Stream.concat(Stream.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"),
                        extraArgs.stream()).toList()));
    }

    public Page newPage() {
        BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    public Page newPhonePage() {
        return newPhonePage(390);
    }

    /** A phone of the given width (CSS pixels), 844 high, with touch and the mobile viewport rules. */
    public Page newPhonePage(int width) {
        BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(width, 844).setIsMobile(true)
                .setHasTouch(true));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    /** Signs in through the real Keycloak login form (the page must show it). */
    public static void keycloakLogin(Page page, String username, String password) {
        page.waitForSelector("#username");
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#kc-login");
    }

    /** Saves a full-page screenshot when PHYSIORX_SCREENSHOTS names a folder (for looking at pages by eye). */
    public static void snap(Page page, String name) {
        String dir = System.getenv("PHYSIORX_SCREENSHOTS");
        if (dir != null && !dir.isBlank()) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(dir, name + ".png")).setFullPage(true));
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
