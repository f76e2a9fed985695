package app.memoryvault.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through its ChromeDriver: nothing is downloaded (scripts/install-prerequisites.sh
 * installs both), with a fresh profile and no background networking, and screenshots at desktop and phone sizes.
 */
final class Chromium implements AutoCloseable {

    static final Path BROWSER = Path.of(System.getProperty("memoryvault.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("memoryvault.chromedriver", "/usr/bin/chromedriver"));
    static final Dimension DESKTOP = new Dimension(1280, 800);
    static final Dimension PHONE = new Dimension(390, 844);
    /** Time for the layout to follow a viewport change before a screenshot. */
    private static final Duration SETTLE = Duration.ofMillis(300);

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;

    private Chromium(ChromeDriver driver, Path profile, Path screenshots) {
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
    }

    /** Skips the calling test, saying why, when the browser or its driver is not installed. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "Chromium is not installed (" + BROWSER + ", " + DRIVER + "): run scripts/install-prerequisites.sh");
    }

    static Chromium start(Path screenshots) {
        try {
            Path profile = Files.createTempDirectory("memoryvault-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,800",
                    "--autoplay-policy=no-user-gesture-required",
                    // A generated microphone (a beep), allowed without asking, for the recording in the card editor.
                    "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream");
            // The browser's console, so that the test can see Content-Security-Policy reports.
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            Files.createDirectories(screenshots);
            return new Chromium(driver, profile, screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /**
     * Saves the page as {@code <name>-desktop.png} (a 1280×800 viewport) and {@code <name>-phone.png} (390×844, as a
     * phone: mobile viewport, touch-sized layout), then goes back to the desktop size.
     */
    void screenshots(String name) {
        shoot(name + "-desktop.png", DESKTOP, false);
        shoot(name + "-phone.png", PHONE, true);
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private void shoot(String file, Dimension size, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", size.width, "height", size.height, "deviceScaleFactor", 1, "mobile", mobile));
        try {
            Thread.sleep(SETTLE.toMillis());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), screenshots.resolve(file),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + profile + ": " + e);
        }
    }
}
