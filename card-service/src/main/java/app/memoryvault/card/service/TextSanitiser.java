package app.memoryvault.card.service;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Makes the HTML in a text item (Markdown or plain text) safe, with the OWASP Java HTML Sanitizer: formatting,
 * headings, lists, quotes, code and links (http, https, mailto only; rel="nofollow noopener") are kept; everything
 * else (scripts, styles, event handlers, iframes, forms, images, other attributes) is removed. A text without any
 * markup is kept exactly as sent.
 */
final class TextSanitiser {

    /** A tag, end tag, comment, doctype or processing instruction starts like this; "a < b" or "<3" do not. */
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!?]");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "b", "strong", "i", "em", "u", "s", "del", "ins", "mark", "small",
                    "sub", "sup", "code", "pre", "kbd", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
                    "ul", "ol", "li", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    /**
     * Characters the sanitiser escapes in text although they are harmless in its output (which quotes every
     * attribute with double quotes): put back, so that Markdown quotes, code spans and apostrophes survive. The
     * sanitiser writes the two rels in either order: one order, so that the same text always gives the same result.
     */
    private static final Map<String, String> HARMLESS = Map.of(
            "&gt;", ">", "&#39;", "'", "&#61;", "=", "&#64;", "@", "&#43;", "+", "&#96;", "`",
            "rel=\"noopener nofollow\"", "rel=\"nofollow noopener\"");
    private static final Pattern HARMLESS_ENTITY = Pattern.compile(
            HARMLESS.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|")));

    private TextSanitiser() {
    }

    static String sanitise(String text) {
        if (!MARKUP.matcher(text).find()) {
            return text;
        }
        return HARMLESS_ENTITY.matcher(POLICY.sanitize(text))
                .replaceAll(match -> Matcher.quoteReplacement(HARMLESS.get(match.group())));
    }
}
