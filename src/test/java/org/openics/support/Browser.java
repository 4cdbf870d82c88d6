package org.openics.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real headless Chromium (Debian's, at /usr/bin/chromium) driven by Playwright, shared by the
 * browser tests of one JVM. Playwright never downloads a browser of its own.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("OPENICS_CHROMIUM", "/usr/bin/chromium"));
    private static Playwright playwright;
    private static com.microsoft.playwright.Browser browser;

    private Browser() {}

    public static synchronized Page newPage() {
        if (browser == null) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException(
                        "No Chromium at " + CHROMIUM + ": run the README's test command, which installs it");
            }
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(CHROMIUM)
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-quic",
                                    "--no-first-run",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        BrowserContext context = browser.newContext(
                new NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
        return context.newPage();
    }

    /** Saves a screenshot under target/screenshots (kept out of git) for people to look at. */
    public static Path screenshot(Page page, String name) {
        Path file = Path.of("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** A new page signed in with a demo account (password demo-USER) through the sign-in form met at {@code url}. */
    public static Page signedIn(String url, String user) {
        Page page = newPage();
        page.navigate(url);
        page.fill("#username", user);
        page.fill("#password", "demo-" + user);
        page.click("button[type=submit]");
        page.waitForLoadState();
        return page;
    }
}
