package io.deckhand.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Card pages never ask WebView to play media: the installer leaves out JavaFX's media engine
 * (GStreamer, packaging/Slim.java), which an audio or video element on a card page would need.
 */
class HtmlSanitizerMediaTest {
    private static final String[] MEDIA_TAGS = {"audio", "video", "source", "track", "embed", "object"};

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void mediaElementsAreDroppedAndTheirTextKept(boolean mediaNames) {
        HtmlSanitizer sanitizer = new HtmlSanitizer(mediaNames);

        String clean = sanitizer.sanitize("<p>Listen</p><audio controls src=\"hello.mp3\"><source src=\"hello.ogg\">"
                + "fallback</audio><video src=\"clip.mp4\" autoplay></video><embed src=\"a.swf\">"
                + "<object data=\"b.mp4\"></object>");

        assertEquals("<p>Listen</p>fallback", clean);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anImageStaysWhileAMediaFileNameOnAnAudioElementGoes(boolean mediaNames) {
        String clean = new HtmlSanitizer(mediaNames).sanitize("<img src=\"data:image/png;base64,AAAA\"><audio src=\"x.mp3\"></audio>");

        assertTrue(clean.contains("<img"), clean);
        assertFalse(clean.contains("x.mp3"), clean);
    }

    @Provide
    Arbitrary<String> htmlWithMedia() {
        Arbitrary<String> tag = Arbitraries.of(MEDIA_TAGS)
                .map(t -> Math.random() < 0.5 ? t : t.toUpperCase(Locale.ROOT));
        Arbitrary<String> text = Arbitraries.strings().withChars("abc <>/=\"'&;:.pimgsrc").ofMaxLength(40);
        return Combinators.combine(tag, text, text)
                .as((t, inside, around) -> around + "<" + t + " src=\"m.mp3\" autoplay>" + inside + "</" + t + ">" + around);
    }

    @Property(tries = 300)
    void noMediaElementSurvivesInEitherMode(@ForAll("htmlWithMedia") String html, @ForAll boolean mediaNames) {
        String clean = new HtmlSanitizer(mediaNames).sanitize(html).toLowerCase(Locale.ROOT);

        for (String tag : MEDIA_TAGS) {
            assertFalse(clean.contains("<" + tag), () -> tag + " survived in " + clean);
        }
    }
}
