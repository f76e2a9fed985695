package app.memoryvault.systemtests;

import java.util.Base64;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A file dragged onto an element or pasted into it, as the browser delivers them: DragEvents (dragenter, dragover,
 * drop) or a ClipboardEvent (paste) carrying a DataTransfer with the file. WebDriver cannot drag files from the
 * desktop or fill the clipboard with one, so the events are made in the page, with the file's real bytes.
 */
final class FileGestures {

    private static final String FILE = """
            const [target, gesture, name, type, base64] = arguments;
            const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
            const data = new DataTransfer();
            data.items.add(new File([bytes], name, { type }));
            if (gesture === 'paste') {
              target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            } else {
              for (const step of ['dragenter', 'dragover', 'drop']) {
                target.dispatchEvent(new DragEvent(step, { dataTransfer: data, bubbles: true, cancelable: true }));
              }
            }
            """;

    private final JavascriptExecutor browser;

    FileGestures(JavascriptExecutor browser) {
        this.browser = browser;
    }

    void drop(WebElement target, String name, String type, byte[] content) {
        browser.executeScript(FILE, target, "drop", name, type, Base64.getEncoder().encodeToString(content));
    }

    void paste(WebElement target, String name, String type, byte[] content) {
        browser.executeScript(FILE, target, "paste", name, type, Base64.getEncoder().encodeToString(content));
    }
}
