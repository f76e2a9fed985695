package app.memoryvault.card.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextSanitiserTest {

    /** Real payloads from the OWASP XSS filter evasion cheat sheet and mutation XSS reports. */
    private static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<body onload=alert(1)>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">click</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
            "<a href=\"vbscript:msgbox(1)\">click</a>",
            "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">hover</a>",
            "<a href=\"https://ok.example\" title='x\" onmouseover=alert(1)'>hover</a>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<style>@import 'https://evil.example/x.css';</style>",
            "<object data=\"https://evil.example/x.swf\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<form action=\"javascript:alert(1)\"><input type=submit></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<<script>script>alert(1)//<</script>/script>",
            "<details open ontoggle=alert(1)>",
            "<p onclick=alert(1)>text</p>");

    private static final List<String> FORBIDDEN = List.of(
            "<script", "<img", "<svg", "<iframe", "<style", "<object", "<embed", "<form", "<input", "<meta",
            "<body", "<div", "<details", "javascript:", "vbscript:", "data:", "onerror", "onload", "onmouseover",
            "onclick", "ontoggle", "style=", "srcdoc");

    @Test
    void shouldRemoveEveryScriptingVectorOfKnownXssPayloads() {
        for (String payload : PAYLOADS) {
            String safe = TextSanitiser.sanitise("before " + payload + " after").toLowerCase(Locale.ROOT);

            assertThat(FORBIDDEN).as(payload + " -> " + safe).noneMatch(safe::contains);
        }
    }

    @Test
    void shouldKeepFormattingListsAndSafeLinksWithRelNofollowNoopener() {
        String html = "<h2>Verbs</h2><p><b>ser</b> and <em>estar</em></p><ul><li>one</li></ul>"
                + "<blockquote>quote</blockquote><pre><code>x</code></pre>"
                + "<a href=\"https://example.com/a?b=1\" target=\"_blank\">link</a>"
                + "<a href=\"mailto:ann@example.com\">mail</a>";

        assertThat(TextSanitiser.sanitise(html)).isEqualTo(
                "<h2>Verbs</h2><p><b>ser</b> and <em>estar</em></p><ul><li>one</li></ul>"
                        + "<blockquote>quote</blockquote><pre><code>x</code></pre>"
                        + "<a href=\"https://example.com/a?b=1\" rel=\"nofollow noopener\">link</a>"
                        + "<a href=\"mailto:ann@example.com\" rel=\"nofollow noopener\">mail</a>");
    }

    @Test
    void shouldKeepTextWithoutMarkupExactlyAsSent() {
        String markdown = "# Title\n\n> a quote with a < b, 3 > 2 & <3\n\n- `code` a+b=c it's \"x\" *em* [l](https://x.y)";

        assertThat(TextSanitiser.sanitise(markdown)).isEqualTo(markdown);
    }

    @Test
    void shouldKeepMarkdownAroundSanitisedHtml() {
        assertThat(TextSanitiser.sanitise("> it's <b>bold</b>\n\n`a+b=c` <script>x</script>"))
                .isEqualTo("> it's <b>bold</b>\n\n`a+b=c` ");
    }

    @Test
    void shouldGiveTheSameTextWhenSanitisedTwice() {
        String once = TextSanitiser.sanitise("<p title=x>\"a\" &amp; <i>b</i> &lt;script&gt;</p>");

        assertThat(TextSanitiser.sanitise(once)).isEqualTo(once);
    }
}
