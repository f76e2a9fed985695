package app.memoryvault.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in a real headless Chromium against the packaged suite: log in through the OIDC server's login form,
 * create a deck (and a subdeck, deleted and brought back with Undo), create a card with text, an image, an audio file
 * and a recording from the microphone (upload progress, then the processed thumbnail and audio), search the deck,
 * review the card with the keyboard, see the statistics count it, log out. Screenshots of every page at desktop and
 * phone sizes go to system-tests/target/screenshots.
 */
class WebAppIT {

    private static final Duration PROCESSING = Duration.ofSeconds(90);
    private static final Duration QUEUE = Duration.ofSeconds(60);
    /** How long one step of the page may take on a busy machine (an API call and a render). */
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final String DECK = "Spanish in the browser";
    private static final String SUBDECK = "Verbs";

    private static Chromium chromium;
    private static WebDriver browser;
    private static URI app;
    private static Path files;

    @BeforeAll
    static void start() {
        Chromium.assumeInstalled();
        Path root = Path.of(System.getProperty("memoryvault.repository.root", ".."));
        // localhost, not 127.0.0.1: the session cookie is Secure, which browsers accept over plain HTTP on localhost.
        app = URI.create("http://localhost:" + Suite.get().gateway().getPort());
        files = root.resolve("system-tests/target/upload-samples");
        chromium = Chromium.start(root.resolve("system-tests/target/screenshots"));
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void shouldLetALearnerLogInBuildACardWithMediaReviewItAndSeeTheStatistics() {
        browser.get(app.toString());
        visible(By.id("login"));
        assertThat(browser.findElement(By.id("register")).getAttribute("href")).endsWith("/login?prompt=create");
        chromium.screenshots("01-welcome");

        logIn();
        assertThat(visible(By.cssSelector("[data-testid=user-name]")).getText()).isEqualTo("alice");
        assertThat(browser.findElement(By.cssSelector(".quota progress")).isDisplayed()).isTrue();

        createDeck();
        createSubdeckThenDeleteAndUndo();
        chromium.screenshots("02-decks");

        click(By.linkText(DECK));
        visible(By.id("add-card"));
        chromium.screenshots("03-deck");
        click(By.id("add-card"));
        createCardWithTextImageAndAudio();
        searchTheDeck();
        chromium.screenshots("05-deck-with-card");

        click(By.linkText("Statistics"));
        assertThat(visible(By.cssSelector("[data-testid=reviews-today]")).getText()).isEqualTo("0");

        reviewWithTheKeyboard();

        click(By.cssSelector("nav a[href='/stats']"));
        wait(QUEUE).until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=reviews-today]"), "1"));
        assertThat(browser.findElements(By.cssSelector("svg.heatmap rect")).size()).isGreaterThan(300);
        assertThat(browser.findElement(By.cssSelector("svg.heatmap")).getAttribute("aria-label")).contains("1 in the last year");
        chromium.screenshots("09-statistics");

        click(By.cssSelector("nav a[href='/settings']"));
        visible(By.cssSelector("form[aria-label='Study settings'] select"));
        visible(By.cssSelector("table.deck-settings select"));
        chromium.screenshots("10-settings");

        assertThat(policyViolations()).isEmpty();

        click(By.id("logout"));
        browser.get(app.toString());
        visible(By.id("login"));
        assertThat(browser.findElements(By.cssSelector("[data-testid=user-name]"))).isEmpty();
    }

    private void logIn() {
        click(By.id("login"));
        // The OIDC test server's login form, which sends the browser back to the gateway with a code.
        visible(By.id("username")).sendKeys("alice");
        browser.findElement(By.id("password")).sendKeys("alice");
        browser.findElement(By.id("login")).click();
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.urlToBe(app + "/"));
    }

    private void createDeck() {
        visible(By.id("new-deck-name")).sendKeys(DECK);
        browser.findElement(By.cssSelector("form[aria-label='New deck'] button[type=submit]")).click();
        visible(By.linkText(DECK));
        WebElement row = browser.findElement(By.cssSelector("li.deck[data-deck='" + DECK + "']"));
        assertThat(row.findElement(By.cssSelector(".total")).getText()).startsWith("0");
    }

    private void createSubdeckThenDeleteAndUndo() {
        browser.findElement(By.id("new-deck-name")).sendKeys(SUBDECK);
        new Select(browser.findElement(By.cssSelector("form[aria-label='New deck'] select"))).selectByVisibleText(DECK);
        browser.findElement(By.cssSelector("form[aria-label='New deck'] button[type=submit]")).click();
        By subdeck = By.cssSelector("li.deck.depth-1[data-deck='" + SUBDECK + "']");
        visible(subdeck);

        click(By.cssSelector("li.deck[data-deck='" + SUBDECK + "'] button[aria-label='Delete " + SUBDECK + "']"));
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.invisibilityOfElementLocated(subdeck));
        click(By.xpath("//div[contains(@class,'toast')]//button[text()='Undo']"));
        visible(subdeck);
    }

    private void searchTheDeck() {
        WebElement search = browser.findElement(By.cssSelector("input[type=search]"));
        search.sendKeys("nothing like it");
        visible(By.cssSelector("p.empty"));
        assertThat(browser.findElements(By.cssSelector(".card-row"))).isEmpty();
        search.clear();
        search.sendKeys("gato");
        visible(By.cssSelector(".card-row"));
        assertThat(browser.findElements(By.cssSelector(".card-row"))).hasSize(1);
    }

    private void createCardWithTextImageAndAudio() {
        watchUploadProgress();
        visible(By.cssSelector("fieldset[data-side=front] textarea")).sendKeys("el gato");
        click(By.cssSelector("fieldset[data-side=front] button[data-add=image]"));
        browser.findElement(By.cssSelector("fieldset[data-side=front] .media-item[data-kind=image] input[type=file]"))
                .sendKeys(SampleFiles.write(files, "cat.png", SampleFiles.png(1600, 1200)).toAbsolutePath().toString());

        browser.findElement(By.cssSelector("fieldset[data-side=back] textarea")).sendKeys("the cat");
        click(By.cssSelector("fieldset[data-side=back] button[data-add=audio]"));
        browser.findElement(By.cssSelector("fieldset[data-side=back] .media-item[data-kind=audio] input[type=file]"))
                .sendKeys(SampleFiles.write(files, "gato.wav", SampleFiles.wav(1.5)).toAbsolutePath().toString());

        recordAudioOnTheBack();

        WebElement tags = browser.findElement(By.cssSelector(".tags-editor input"));
        tags.sendKeys("animals");
        tags.sendKeys(Keys.ENTER);
        visible(By.cssSelector(".tag-list .tag"));

        // The thumbnail comes from /api/files/{id}/content?variant=thumb400 once media-service has processed the image.
        WebElement thumbnail = wait(PROCESSING).withMessage(WebAppIT::pageErrors).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("fieldset[data-side=front] img.thumb:not(.local)")));
        wait(Duration.ofSeconds(10)).until(ignored -> ((Number) script("return arguments[0].naturalWidth", thumbnail)).intValue() > 0);
        assertThat(((Number) script("return arguments[0].naturalWidth", thumbnail)).intValue()).isEqualTo(400);
        wait(PROCESSING).withMessage(WebAppIT::pageErrors).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("fieldset[data-side=back] audio[src*='variant=audio']"), 2));
        @SuppressWarnings("unchecked")
        List<Object> progress = (List<Object>) script("return window.uploadProgressSeen");
        assertThat(progress).as("upload progress bars shown").hasSizeGreaterThanOrEqualTo(2);
        chromium.screenshots("04-editor");

        click(By.id("save-card"));
        visible(By.cssSelector(".card-row"));
        assertThat(browser.findElement(By.cssSelector(".card-row .card-front")).getText()).isEqualTo("el gato");
        assertThat(browser.findElement(By.cssSelector(".card-row .tag")).getText()).isEqualTo("animals");
    }

    /** A second audio item recorded from the (fake) microphone for two seconds, then uploaded. */
    private void recordAudioOnTheBack() {
        click(By.cssSelector("fieldset[data-side=back] button[data-add=audio]"));
        By recorder = By.cssSelector("fieldset[data-side=back] .item-editor:nth-of-type(3) .media-item[data-kind=audio]");
        click(new ByChained(recorder, By.xpath(".//button[text()='Record']")));
        visible(By.cssSelector(".recording"));
        sleep(Duration.ofSeconds(2));
        click(new ByChained(recorder, By.xpath(".//button[text()='Stop recording']")));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Records every upload progress bar the page shows (they go as soon as the upload is done). */
    private void watchUploadProgress() {
        script("""
                window.uploadProgressSeen = [];
                new MutationObserver(() => document.querySelectorAll('progress.upload-progress')
                    .forEach((bar) => window.uploadProgressSeen.push(bar.value)))
                  .observe(document.body, { subtree: true, childList: true, attributes: true });
                """);
    }

    private void reviewWithTheKeyboard() {
        click(By.cssSelector("nav a[href='/review']"));
        // review-service learns of the new card through card-events a moment after it was created.
        wait(QUEUE).until(ignored -> {
            if (!browser.findElements(By.id("reveal")).isEmpty()) {
                return true;
            }
            if (!browser.findElements(By.cssSelector("[data-testid=review-summary]")).isEmpty()) {
                browser.navigate().refresh();
            }
            return false;
        });
        assertThat(browser.findElement(By.cssSelector(".flashcard")).getText()).contains("el gato");
        WebElement image = visible(By.cssSelector(".flashcard img.item-image"));
        wait(Duration.ofSeconds(20)).until(ignored -> ((Number) script("return arguments[0].naturalWidth", image)).intValue() > 0);
        assertThat(browser.findElement(By.cssSelector("[data-testid=review-progress]")).getText()).contains("0 done · 1 left");
        chromium.screenshots("06-review-front");

        new Actions(browser).sendKeys(Keys.SPACE).perform();
        visible(By.cssSelector(".rate-good"));
        assertThat(browser.findElement(By.cssSelector(".flashcard")).getText()).contains("the cat");
        assertThat(browser.findElement(By.cssSelector(".flashcard audio")).getAttribute("src")).contains("variant=audio");
        // Each button shows the interval its rating gives (Leitner days or FSRS learning steps, by the deck's scheduler).
        for (String rating : List.of("again", "hard", "good", "easy")) {
            assertThat(browser.findElement(By.cssSelector(".rate-" + rating + " .rate-interval")).getText())
                    .matches("\\d+(\\.\\d)? (min|h|d|mo|y)");
        }
        chromium.screenshots("07-review-back");

        new Actions(browser).sendKeys("3").perform();
        WebElement summary = visible(By.cssSelector("[data-testid=review-summary]"));
        assertThat(summary.getText()).contains("You reviewed 1 card", "100% remembered", "Good: 1");
        chromium.screenshots("08-review-summary");
    }

    /** What Chromium reported about the Content-Security-Policy (a blocked inline script or style would show here). */
    private List<String> policyViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    /** The error messages the page shows, for a failed wait to tell what went wrong. */
    private static String pageErrors() {
        return "errors on the page: " + browser.findElements(By.cssSelector(".error")).stream().map(WebElement::getText).toList();
    }

    private static Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private static WebElement visible(By locator) {
        return wait(STEP).withMessage(WebAppIT::pageErrors).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static void click(By locator) {
        wait(STEP).until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    private static WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }
}
