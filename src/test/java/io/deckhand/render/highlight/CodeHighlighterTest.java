package io.deckhand.render.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class CodeHighlighterTest {
    private final CodeHighlighter h = new CodeHighlighter();

    private static String strip(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /** Each coloured span as "kind text" (tk-key → key), in order: what the highlighter coloured, and how. */
    private static List<String> tokens(String html) {
        return Jsoup.parseBodyFragment(html).body().select("span[class^=tk-]").stream()
                .map(span -> span.className().substring(3) + " " + span.wholeText()).toList();
    }

    @Test
    void yamlTokens() {
        String source = "spec:\n  replicas: 2 # two\n  - name: \"web\"\n  enabled: true\n";
        String out = h.highlight("yaml", source);
        assertEquals(List.of("key spec", "punct :", "key replicas", "punct :", "num 2", "com # two", "punct -", "key name",
                "punct :", "str \"web\"", "key enabled", "punct :", "kw true"), tokens(out));
        assertEquals(source.stripTrailing(), strip(out), "every character kept but the final line break");
    }

    @Test
    void yamlValueWithColonsStaysOneString() {
        String out = h.highlight("yaml", "image: nginx:1.14.2\nserver: https://10.0.0.1:6443");
        assertEquals(List.of("key image", "punct :", "str nginx:1.14.2", "key server", "punct :", "str https://10.0.0.1:6443"),
                tokens(out));
    }

    @Test
    void highlightingNeverChangesTheText() {
        String[] samples = {"a: 'x # y' # z\n- - b\n---\n", "{\"k\": [1, -2.5e3, null, \"s\\\"\"]}",
            "echo \"$HOME\" | grep -v '#' && ls ${DIR}/x # c\n$ kubectl get po", "<b>&amp;</b>"};
        for (String lang : new String[] {"yaml", "json", "bash", "plain"}) {
            for (String s : samples) {
                assertEquals(s.endsWith("\n") ? s.substring(0, s.length() - 1) : s, strip(h.highlight(lang, s)), lang);
            }
        }
    }

    @Test
    void languageAliases() {
        assertEquals("bash", CodeHighlighter.normalise("shell"));
        assertEquals("yaml", CodeHighlighter.normalise("YML"));
        assertEquals("plain", CodeHighlighter.normalise("cobol"));
    }
}
