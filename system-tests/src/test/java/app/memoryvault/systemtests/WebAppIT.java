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
 * create a deck (and a subdeck, deleted and brought back with Undo; another deck moved under it and back with Undo),
 * create a card with Markdown text, images from the file picker, a drop and a paste, an audio file and a recording
 * from the microphone (upload progress, then the processed thumbnails and audio), search the deck, review the card
 * with the keyboard (its Markdown rendered, a javascript: link neutralised), see the statistics count it, change the
 * study settings and a deck's scheduler and find them kept after a reload, log out. Screenshots of every page at
 * desktop and phone sizes go to system-tests/target/screenshots, and axe-core checks every page at both sizes: no
 * serious or critical accessibility violation.
 */
class WebAppIT {

    private static final Duration PROCESSING = Duration.ofSeconds(90);
    private static final Duration QUEUE = Duration.ofSeconds(60);
    /** How long one step of the page may take on a busy machine (an API call and a render). */
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final String DECK = "Spanish in the browser";
    private static final String SUBDECK = "Verbs";
    private static final String OTHER_DECK = "Grammar";

    private static Chromium chromium;
    private static WebDriver browser;
    private static URI app;
    private static Path files;
    private static Accessibility accessibility;
    private static FileGestures gestures;

    @BeforeAll
    static void start() {
        Chromium.assumeInstalled();
        Path root = Path.of(System.getProperty("memoryvault.repository.root", ".."));
        // localhost, not 127.0.0.1: the session cookie is Secure, which browsers accept over plain HTTP on localhost.
        app = URI.create("http://localhost:" + Suite.get().gateway().getPort());
        files = root.resolve("system-tests/target/upload-samples");
        chromium = Chromium.start(root.resolve("system-tests/target/screenshots"));
        browser = chromium.driver();
        accessibility = Accessibility.of(chromium.driver(), root);
        gestures = new FileGestures(chromium.driver());
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
        page("01-welcome");

        logIn();
        assertThat(visible(By.cssSelector("[data-testid=user-name]")).getText()).isEqualTo("alice");
        assertThat(browser.findElement(By.cssSelector(".quota progress")).isDisplayed()).isTrue();

        createDeck();
        createSubdeckThenDeleteAndUndo();
        moveADeckUnderAnotherAndUndo();
        page("02-decks");

        click(By.linkText(DECK));
        visible(By.id("add-card"));
        page("03-deck");
        click(By.id("add-card"));
        createCardWithTextImageAndAudio();
        searchTheDeck();
        page("05-deck-with-card");

        click(By.linkText("Statistics"));
        assertThat(visible(By.cssSelector("[data-testid=reviews-today]")).getText()).isEqualTo("0");

        reviewWithTheKeyboard();

        click(By.cssSelector("nav a[href='/stats']"));
        wait(QUEUE).until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=reviews-today]"), "1"));
        assertThat(browser.findElements(By.cssSelector("svg.heatmap rect")).size()).isGreaterThan(300);
        assertThat(browser.findElement(By.cssSelector("svg.heatmap")).getAttribute("aria-label")).contains("1 in the last year");
        // Retention over time (review-service's retentionByWeek): true retention leaves out a new card's first answer.
        assertThat(browser.findElement(By.cssSelector("[data-testid=retention-empty]")).getText())
                .startsWith("Nothing to measure in the last 52 weeks yet");
        page("09-statistics");

        click(By.cssSelector("nav a[href='/settings']"));
        visible(By.cssSelector("form[aria-label='Study settings'] select"));
        visible(By.cssSelector("table.deck-settings select"));
        page("10-settings");
        assertThat(accessibility.violations()).as("serious or critical accessibility violations").isEmpty();
        changeTheSettingsAndFindThemKept();

        assertThat(policyViolations()).isEmpty();

        click(By.id("logout"));
        browser.get(app.toString());
        visible(By.id("login"));
        assertThat(browser.findElements(By.cssSelector("[data-testid=user-name]"))).isEmpty();
    }

    /** Screenshots of the page at desktop and phone sizes, and its accessibility checked at both. */
    private static void page(String name) {
        chromium.screenshots(name);
        accessibility.check(name);
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

    private void moveADeckUnderAnotherAndUndo() {
        browser.findElement(By.id("new-deck-name")).sendKeys(OTHER_DECK);
        new Select(browser.findElement(By.cssSelector("form[aria-label='New deck'] select"))).selectByVisibleText("(top level)");
        browser.findElement(By.cssSelector("form[aria-label='New deck'] button[type=submit]")).click();
        By topLevel = By.cssSelector("li.deck.depth-0[data-deck='" + OTHER_DECK + "']");
        By inside = By.cssSelector("li.deck.depth-1[data-deck='" + OTHER_DECK + "']");
        visible(topLevel);

        click(new ByChained(topLevel, By.xpath(".//button[text()='Move']")));
        new Select(visible(By.cssSelector("li.deck[data-deck='" + OTHER_DECK + "'] select[name=parent]"))).selectByVisibleText(DECK);
        click(By.cssSelector("li.deck[data-deck='" + OTHER_DECK + "'] form button[type=submit]"));
        visible(inside);
        // In the tree, right under its new parent.
        assertThat(browser.findElements(By.cssSelector("li.deck")).stream().map(row -> row.getAttribute("data-deck")).toList())
                .containsSubsequence(DECK, OTHER_DECK, SUBDECK);

        click(By.xpath("//div[contains(@class,'toast')][contains(., 'Moved')]//button[text()='Undo']"));
        visible(topLevel);
        assertThat(browser.findElements(inside)).isEmpty();
        browser.navigate().refresh();
        visible(topLevel);
    }

    private void changeTheSettingsAndFindThemKept() {
        By form = By.cssSelector("form[aria-label='Study settings']");
        new Select(browser.findElement(new ByChained(form, By.tagName("select")))).selectByVisibleText("Europe/Madrid");
        replaceText(settingsField("New cards per day"), "15");
        replaceText(settingsField("Reviews per day"), "150");
        replaceText(settingsField("Desired retention"), "0.85");
        click(new ByChained(form, By.cssSelector("button[type=submit]")));
        visible(By.xpath("//div[contains(@class,'toast')][contains(., 'Settings saved.')]"));

        By scheduler = By.cssSelector("select[aria-label='Scheduler of " + DECK + "']");
        assertThat(new Select(browser.findElement(scheduler)).getFirstSelectedOption().getAttribute("value")).isEqualTo("leitner");
        new Select(browser.findElement(scheduler)).selectByValue("fsrs");
        visible(By.xpath("//div[contains(@class,'toast')][contains(., 'now uses FSRS')]"));
        // Box intervals are for Leitner decks only.
        wait(STEP).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("input[aria-label='Box intervals in days for " + DECK + "']"), 0));

        browser.navigate().refresh();
        visible(form);
        wait(STEP).until(ignored -> "Europe/Madrid".equals(
                new Select(browser.findElement(new ByChained(form, By.tagName("select")))).getFirstSelectedOption().getText()));
        assertThat(settingsField("New cards per day").getAttribute("value")).isEqualTo("15");
        assertThat(settingsField("Reviews per day").getAttribute("value")).isEqualTo("150");
        assertThat(settingsField("Desired retention").getAttribute("value")).isEqualTo("0.85");
        assertThat(new Select(visible(scheduler)).getFirstSelectedOption().getAttribute("value")).isEqualTo("fsrs");
    }

    private static WebElement settingsField(String label) {
        return browser.findElement(By.xpath("//form[@aria-label='Study settings']//label[starts-with(normalize-space(.), '"
                + label + "')]//input"));
    }

    private static void replaceText(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
        assertThat(field.getAttribute("value")).isEqualTo(text);
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
        visible(By.cssSelector("fieldset[data-side=front] textarea")).sendKeys("el **gato**");
        // The Markdown preview under the text box.
        assertThat(visible(By.cssSelector("fieldset[data-side=front] .preview strong")).getText()).isEqualTo("gato");
        click(By.cssSelector("fieldset[data-side=front] button[data-add=image]"));
        browser.findElement(By.cssSelector("fieldset[data-side=front] .media-item[data-kind=image] input[type=file]"))
                .sendKeys(SampleFiles.write(files, "cat.png", SampleFiles.png(1600, 1200)).toAbsolutePath().toString());
        click(By.cssSelector("fieldset[data-side=front] button[data-add=image]"));
        WebElement dropZone = visible(By.cssSelector("fieldset[data-side=front] .item-editor:nth-of-type(3) .media-item[data-kind=image]"));
        gestures.drop(dropZone, "dropped.png", "image/png", SampleFiles.png(900, 600));

        WebElement backText = browser.findElement(By.cssSelector("fieldset[data-side=back] textarea"));
        backText.sendKeys("the *cat*, see [Wikipedia](https://en.wikipedia.org/wiki/Cat) or [this](javascript:alert(document.cookie))");
        click(By.cssSelector("fieldset[data-side=back] button[data-add=audio]"));
        browser.findElement(By.cssSelector("fieldset[data-side=back] .media-item[data-kind=audio] input[type=file]"))
                .sendKeys(SampleFiles.write(files, "gato.wav", SampleFiles.wav(1.5)).toAbsolutePath().toString());

        recordAudioOnTheBack();
        gestures.paste(backText, "pasted.png", "image/png", SampleFiles.png(640, 480));
        visible(By.cssSelector("fieldset[data-side=back] .media-item[data-kind=image]"));

        WebElement tags = browser.findElement(By.cssSelector(".tags-editor input"));
        tags.sendKeys("animals");
        tags.sendKeys(Keys.ENTER);
        visible(By.cssSelector(".tag-list .tag"));

        // The thumbnail comes from /api/files/{id}/content?variant=thumb400 once media-service has processed the image.
        WebElement thumbnail = wait(PROCESSING).withMessage(WebAppIT::pageErrors).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("fieldset[data-side=front] img.thumb:not(.local)")));
        wait(Duration.ofSeconds(10)).until(ignored -> ((Number) script("return arguments[0].naturalWidth", thumbnail)).intValue() > 0);
        assertThat(((Number) script("return arguments[0].naturalWidth", thumbnail)).intValue()).isEqualTo(400);
        // The dropped image on the front, the pasted one on the back: uploaded and processed as well.
        wait(PROCESSING).withMessage(WebAppIT::pageErrors).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("fieldset[data-side=front] img.thumb:not(.local)"), 2));
        wait(PROCESSING).withMessage(WebAppIT::pageErrors).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("fieldset[data-side=back] img.thumb:not(.local)"), 1));
        wait(PROCESSING).withMessage(WebAppIT::pageErrors).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("fieldset[data-side=back] audio[src*='variant=audio']"), 2));
        @SuppressWarnings("unchecked")
        List<Object> progress = (List<Object>) script("return window.uploadProgressSeen");
        assertThat(progress).as("upload progress bars shown").hasSizeGreaterThanOrEqualTo(4);
        page("04-editor");

        click(By.id("save-card"));
        visible(By.cssSelector(".card-row"));
        assertThat(browser.findElement(By.cssSelector(".card-row .card-front")).getText()).isEqualTo("el gato");
        assertThat(browser.findElement(By.cssSelector(".card-row .card-front strong")).getText()).isEqualTo("gato");
        // No link inside the row's link: the back's links are shown as words.
        assertThat(browser.findElements(By.cssSelector(".card-row a a"))).isEmpty();
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
        assertThat(browser.findElement(By.cssSelector(".flashcard section[aria-label=Front] strong")).getText()).isEqualTo("gato");
        WebElement image = visible(By.cssSelector(".flashcard img.item-image"));
        wait(Duration.ofSeconds(20)).until(ignored -> ((Number) script("return arguments[0].naturalWidth", image)).intValue() > 0);
        assertThat(browser.findElement(By.cssSelector("[data-testid=review-progress]")).getText()).contains("0 done · 1 left");
        page("06-review-front");

        new Actions(browser).sendKeys(Keys.SPACE).perform();
        visible(By.cssSelector(".rate-good"));
        assertThat(browser.findElement(By.cssSelector(".flashcard")).getText()).contains("the cat");
        assertThat(browser.findElement(By.cssSelector(".flashcard section[aria-label=Back] em")).getText()).isEqualTo("cat");
        WebElement wikipedia = browser.findElement(By.linkText("Wikipedia"));
        assertThat(wikipedia.getAttribute("href")).isEqualTo("https://en.wikipedia.org/wiki/Cat");
        assertThat(wikipedia.getAttribute("rel")).isEqualTo("nofollow noopener noreferrer");
        assertThat(wikipedia.getAttribute("target")).isEqualTo("_blank");
        // The javascript: link keeps its words but loses its address.
        assertThat((Boolean) script("return [...document.querySelectorAll('.flashcard a')].every((a) => !a.href || /^https?:/.test(a.href))"))
                .isTrue();
        assertThat(browser.findElement(By.cssSelector(".flashcard section[aria-label=Back]")).getText()).contains("or this");
        assertThat(browser.findElement(By.cssSelector(".flashcard audio")).getAttribute("src")).contains("variant=audio");
        // Each button shows the interval its rating gives (Leitner days or FSRS learning steps, by the deck's scheduler).
        for (String rating : List.of("again", "hard", "good", "easy")) {
            assertThat(browser.findElement(By.cssSelector(".rate-" + rating + " .rate-interval")).getText())
                    .matches("\\d+(\\.\\d)? (min|h|d|mo|y)");
        }
        page("07-review-back");

        new Actions(browser).sendKeys("3").perform();
        WebElement summary = visible(By.cssSelector("[data-testid=review-summary]"));
        assertThat(summary.getText()).contains("You reviewed 1 card", "100% remembered", "Good: 1");
        page("08-review-summary");
    }

    /** What Chromium reported about the Content-Security-Policy (a blocked inline script or style would show here). */
    private List<String> policyViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    /** The error messages and toasts the page shows, for a failed wait to tell what went wrong. */
    private static String pageErrors() {
        return "errors and messages on the page: "
                + browser.findElements(By.cssSelector(".error, .toast")).stream().map(WebElement::getText).toList();
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
