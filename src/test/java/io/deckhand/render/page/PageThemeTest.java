package io.deckhand.render.page;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageThemeTest {
    /** Every text colour against each background it is drawn on, in both themes. */
    @Test
    void allTextHasAtLeast4point5ToOneContrast() {
        List<String[]> pairs = List.of(
                new String[] {"fg", "bg"}, new String[] {"muted", "bg"}, new String[] {"link", "bg"},
                new String[] {"fg", "code-bg"}, new String[] {"muted", "code-bg"},
                new String[] {"warn-fg", "warn-bg"}, new String[] {"err-fg", "err-bg"}, new String[] {"ok-fg", "bg"},
                new String[] {"badge-fg", "badge-bg"}, new String[] {"fg", "dg-node-bg"},
                new String[] {"fg", "dg-cluster-bg"}, new String[] {"fg", "bg"}, new String[] {"tk-punct", "code-bg"});
        for (PageTheme t : List.of(PageTheme.LIGHT, PageTheme.DARK)) {
            for (String[] p : pairs) {
                check(t, p[0], p[1]);
            }
            for (String k : t.colors().keySet()) {
                if (k.startsWith("tk-")) {
                    check(t, k, "code-bg");
                }
            }
        }
    }

    @Test
    void diagramEdgesAreVisibleAgainstThePage() {
        for (PageTheme t : List.of(PageTheme.LIGHT, PageTheme.DARK)) {
            assertTrue(PageTheme.contrast(t.color("dg-edge"), t.color("bg")) >= 3.0, t.name());
            assertTrue(PageTheme.contrast(t.color("dg-node-stroke"), t.color("dg-node-bg")) >= 3.0, t.name());
        }
    }

    private static void check(PageTheme t, String fg, String bg) {
        double c = PageTheme.contrast(t.color(fg), t.color(bg));
        assertTrue(c >= 4.5, t.name() + ": " + fg + " on " + bg + " is " + c);
    }
}
