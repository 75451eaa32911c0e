package io.deckhand.render.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodeHighlighterTest {
    private final CodeHighlighter h = new CodeHighlighter();

    private static String strip(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    @Test
    void yamlTokens() {
        String out = h.highlight("yaml", "spec:\n  replicas: 2 # two\n  - name: \"web\"\n  enabled: true\n");
        assertTrue(out.contains("<span class=\"tk-key\">spec</span>"), out);
        assertTrue(out.contains("<span class=\"tk-num\">2</span>"), out);
        assertTrue(out.contains("<span class=\"tk-com\"># two</span>"), out);
        assertTrue(out.contains("<span class=\"tk-str\">&quot;web&quot;</span>"), out);
        assertTrue(out.contains("<span class=\"tk-kw\">true</span>"), out);
    }

    @Test
    void yamlValueWithColonsStaysOneString() {
        String out = h.highlight("yaml", "image: nginx:1.14.2\nserver: https://10.0.0.1:6443");
        assertTrue(out.contains("<span class=\"tk-str\">nginx:1.14.2</span>"), out);
        assertTrue(out.contains("<span class=\"tk-str\">https://10.0.0.1:6443</span>"), out);
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
