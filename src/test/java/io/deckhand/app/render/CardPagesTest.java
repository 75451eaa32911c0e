package io.deckhand.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.storage.FolderMediaFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The card view's pages, built by the app: checked as parsed documents. */
class CardPagesTest {
    @TempDir
    Path dir;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @Test
    void aPageHoldsTheCardBodyInItsThemeUnderThePolicy() {
        PreparedPage page = new CardPages().prepare("# Pods\n\nA *pod* runs `containers`.", true);
        Document doc = Jsoup.parse(page.html());
        assertEquals("dark", doc.selectFirst("html").className());
        Element card = doc.selectFirst("main.card");
        assertEquals("Pods", card.selectFirst("h1").text());
        assertEquals("pod", card.selectFirst("p em").text());
        assertEquals("containers", card.selectFirst("p code").text());
        assertEquals(Jsoup.parseBodyFragment(page.body()).body().html(), card.html());
        String policy = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(policy.startsWith(CardPages.contentSecurityPolicy()), policy);
        assertTrue(doc.select("script").isEmpty(), "no script without a Mermaid diagram");
        assertFalse(page.scripted());
        assertTrue(page.shows("# Pods\n\nA *pod* runs `containers`.", true));
        assertFalse(page.shows("# Pods\n\nA *pod* runs `containers`.", false));
    }

    @Test
    void manifestsAreCheckedAndFlowchartsDrawnInThePage() {
        PreparedPage page = new CardPages().prepare("```yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n```\n\n"
                + "```mermaid\nflowchart LR\n  a --> b\n```\n", false);
        Element card = Jsoup.parse(page.html()).selectFirst("main.card");
        assertEquals(1, card.select("figure.diagram svg").size(), card.html());
        assertEquals("flowchart LR\n  a --> b", card.selectFirst("figure.diagram").attr("data-source").strip());
        assertFalse(card.select("pre code").isEmpty());
        assertFalse(page.scripted(), "a flowchart is drawn here, not by the script");
    }

    @Test
    void otherMermaidDiagramsTakeTheBundledScriptWithTheirOwnNonce() {
        String md = "```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n";
        CardPages pages = new CardPages();
        PreparedPage first = pages.prepare(md, false);
        PreparedPage second = pages.prepare(md, false);
        assertTrue(first.scripted());
        Document doc = Jsoup.parse(first.html());
        assertEquals(1, doc.select("main.card div.mermaid").size());
        assertEquals(2, doc.select("script[nonce]").size());
        String nonce = doc.selectFirst("script[nonce]").attr("nonce");
        assertTrue(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").endsWith("'nonce-" + nonce + "'"));
        assertNotEquals(nonce, Jsoup.parse(second.html()).selectFirst("script[nonce]").attr("nonce"), "a fresh nonce per page");
    }

    @Test
    void imagesComeFromTheMediaFolderThroughThePort() throws Exception {
        Path media = Files.createDirectory(dir.resolve("media"));
        Files.write(media.resolve("pod.png"), PNG);
        PreparedPage page = new CardPages(new FolderMediaFiles(media)).prepare("![a pod](pod.png)\n\n![gone](../secret.png)", false);
        var images = Jsoup.parse(page.html()).select("main.card img");
        assertEquals("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG), images.get(0).attr("src"));
        assertEquals("a pod", images.get(0).attr("alt"));
        assertTrue(images.size() == 1 || images.get(1).attr("src").isEmpty(), "a name outside the folder is never read");
    }

    @Test
    void aPageBuiltAheadIsTakenOnceForItsTextAndTheme() {
        CardPages pages = new CardPages();
        pages.renderAhead("front", false);
        assertTrue(pages.hasAhead("front", false));
        assertFalse(pages.hasAhead("front", true));
        assertTrue(pages.take("front", true).isEmpty());
        PreparedPage taken = pages.take("front", false).orElseThrow();
        assertEquals("front", taken.markdown());
        assertTrue(pages.take("front", false).isEmpty(), "taken once: each shown page has its own nonce");
    }

    @Test
    void buildingAheadTwiceKeepsTheFirstPage() {
        CardPages pages = new CardPages();
        pages.renderAhead("front", false);
        PreparedPage kept = pages.take("front", false).orElseThrow();
        pages.renderAhead("front", false);
        pages.renderAhead("front", false);
        PreparedPage again = pages.take("front", false).orElseThrow();
        assertTrue(pages.take("front", false).isEmpty());
        assertNotEquals(kept.html(), again.html(), "built again after it was taken");
    }

    @Test
    void theStoreKeepsTheNewestPagesOnly() {
        CardPages pages = new CardPages();
        int built = CardPages.PAGES_KEPT_AHEAD + 3;
        for (int i = 0; i < built; i++) pages.renderAhead("card " + i, false);
        for (int i = 0; i < built; i++) {
            assertEquals(i >= built - CardPages.PAGES_KEPT_AHEAD, pages.hasAhead("card " + i, false), "card " + i);
        }
        PreparedPage newest = pages.take("card " + (built - 1), false).orElseThrow();
        assertSame(newest.getClass(), PreparedPage.class);
    }

    @Test
    void aFailurePageNamesTheReasonAsText() {
        PreparedPage page = CardPages.failure("x", false, "ran out of <memory>");
        Element card = Jsoup.parse(page.html()).selectFirst("main.card");
        assertEquals("This card could not be shown: ran out of <memory>", card.text());
        assertTrue(card.select("memory").isEmpty());
        assertTrue(Jsoup.parse(CardPages.blank(true).html()).selectFirst("main.card").children().isEmpty());
    }
}
