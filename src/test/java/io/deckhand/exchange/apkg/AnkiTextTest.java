package io.deckhand.exchange.apkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** sfld and csum as Anki computes them (rslib: strip_html_preserving_media_filenames, field_checksum). */
class AnkiTextTest {
    @Test
    void tagsGoMediaNamesStayEntitiesAreDecodedNothingIsTrimmed() {
        assertEquals("Hello world", AnkiText.stripHtmlPreservingMedia("<b>Hello</b> world"));
        assertEquals("ab", AnkiText.stripHtmlPreservingMedia("a<br>b"));
        assertEquals(" pod.png ", AnkiText.stripHtmlPreservingMedia("<img src=\"pod.png\">"));
        assertEquals("x a b.jpg y", AnkiText.stripHtmlPreservingMedia("x<img alt=1 src='a b.jpg'>y"));
        assertEquals("see  chart.svg ", AnkiText.stripHtmlPreservingMedia("see <object data=\"chart.svg\"></object>"));
        assertEquals("&<tag>  x", AnkiText.stripHtmlPreservingMedia("&amp;&lt;tag&gt; &nbsp;x"));
        assertEquals("text", AnkiText.stripHtmlPreservingMedia("<!-- a <b> comment -->text"));
        assertEquals("  spaced  ", AnkiText.stripHtmlPreservingMedia("  spaced  "));
        assertEquals("line\nbreak", AnkiText.stripHtmlPreservingMedia("<div>line\nbreak</div>"));
    }

    @Test
    void checksumIsTheFirstFourBytesOfTheSha1BigEndian() {
        assertEquals(0xda39a3eeL, AnkiText.checksum(""));
        assertEquals(0xf7ff9e8bL, AnkiText.checksum("Hello"));
        assertEquals(AnkiText.checksum("Hello world"), AnkiText.checksum(AnkiText.stripHtmlPreservingMedia("<i>Hello</i> world")));
    }

    @Property
    void plainTextIsItsOwnSortField(@ForAll String text) {
        String plain = text.replace("<", "").replace(">", "").replace("&", "").replace('\u00a0', ' ');
        assertEquals(plain, AnkiText.stripHtmlPreservingMedia(plain));
    }

    @Property
    void strippedTextHasNoTagsAndTheChecksumIsAnUnsigned32BitNumber(@ForAll String html) {
        String stripped = AnkiText.stripHtmlPreservingMedia(html);
        long sum = AnkiText.checksum(stripped);
        assertTrue(sum >= 0 && sum <= 0xffffffffL);
        if (!html.contains("&")) assertTrue(!stripped.matches("(?s).*<[^>]*>.*"), stripped);
    }
}
