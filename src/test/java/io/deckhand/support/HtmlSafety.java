package io.deckhand.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Parses HTML as a browser would and fails on anything that could run code. */
public final class HtmlSafety {
    private HtmlSafety() {
    }

    public static void assertSafe(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.select("script, iframe, object, embed, style, link, meta, base, form, foreignObject").isEmpty(), html);
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertFalse(key.startsWith("on"), html);
                assertFalse(key.equals("style"), html);
                assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:"), html);
                assertFalse((key.equals("src") || key.equals("href")) && value.startsWith("data:text"), html);
            }
        }
    }
}
