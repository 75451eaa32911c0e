package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A remembered pure function answers as the function does, asks it once per text, and stays small. */
class MemoTest {

    @Test
    void aTextIsWorkedOutOnceAndTheAnswersStayTheFunctions() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String> upper = new Memo<>(3, t -> {
            calls.incrementAndGet();
            return t.toUpperCase(java.util.Locale.ROOT);
        });
        assertEquals("HEAD", upper.of("head"));
        assertEquals("HEAD", upper.of(new String("head")));
        assertEquals(1, calls.get());
        for (String t : new String[] {"a", "b", "c", "d", "e"}) assertEquals(t.toUpperCase(java.util.Locale.ROOT), upper.of(t));
        assertEquals("HEAD", upper.of("head"), "emptied when full, still the function's answer");
    }

    @Test
    void namesAndSectionLabelsAnswerAlikeAskedTwice() {
        for (String h : new String[] {"3. **The Downward API**:", "Key points", "Notes: Pod Security", "[Spool](x.md)"}) {
            assertEquals(Names.bare(h), Names.bare(new String(h)));
            assertEquals(Vocabulary.isSectionLabel(h), Vocabulary.isSectionLabel(new String(h)));
        }
    }
}
