package app.memoryvault.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Checks the page in the browser with axe-core (the web module's devDependency, from web/node_modules) at desktop
 * and phone sizes, and keeps the serious and critical violations (WCAG 2.x A and AA rules and axe's best practices)
 * it finds, each named by page, size, rule and the elements concerned.
 */
final class Accessibility {

    /** Injected through the driver (DevTools), which the page's Content-Security-Policy does not restrict. */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then((result) => done(result.violations
                .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                .map((v) => `${v.impact} ${v.id}: ${v.help} -> ${v.nodes.slice(0, 5)
                  .map((n) => n.target.join(' ') + (n.failureSummary ? ` (${n.failureSummary.replace(/\\s+/g, ' ')})` : ''))
                  .join('; ')}`)))
              .catch((error) => done([`axe failed: ${error}`]));
            """;

    private final ChromeDriver driver;
    private final String axe;
    private final List<String> violations = new ArrayList<>();

    private Accessibility(ChromeDriver driver, String axe) {
        this.driver = driver;
        this.axe = axe;
    }

    /** axe-core as `npm ci` installed it in the web module of the repository at {@code root}. */
    static Accessibility of(ChromeDriver driver, Path root) {
        Path script = root.resolve("web/node_modules/axe-core/axe.min.js");
        try {
            return new Accessibility(driver, Files.readString(script));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: build the web module (npm ci) first", e);
        }
    }

    /** Checks the current page at both sizes, then goes back to the desktop size. */
    void check(String page) {
        check(page, "desktop", Chromium.DESKTOP, false);
        check(page, "phone", Chromium.PHONE, true);
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The serious and critical violations found so far, one line each. */
    List<String> violations() {
        return List.copyOf(violations);
    }

    private void check(String page, String size, Dimension viewport, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", viewport.width, "height", viewport.height, "deviceScaleFactor", 1, "mobile", mobile));
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(axe);
        }
        Object found = driver.executeAsyncScript(RUN);
        if (found instanceof List<?> lines) {
            lines.forEach(line -> violations.add(page + " (" + size + "): " + line));
        } else {
            violations.add(page + " (" + size + "): axe gave no result but " + found);
        }
    }
}
