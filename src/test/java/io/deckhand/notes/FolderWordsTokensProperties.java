package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The survey's word scanner reads a line exactly as its regex ({@code FolderWords.TOKEN}) does. */
class FolderWordsTokensProperties {

    @Property(tries = 2000)
    void theScannerFindsTheRegexsTokens(@ForAll("lines") String line) {
        List<String> byRegex = new ArrayList<>();
        for (Matcher m = FolderWords.TOKEN.matcher(line); m.find(); ) byRegex.add(m.group());
        assertEquals(byRegex, FolderWords.tokens(line));
    }

    @Provide
    Arbitrary<String> lines() {
        // Letters of both cases, apostrophes, the token punctuation, other marks, non-ASCII letters.
        return Arbitraries.strings().withChars("aAzZqQ'''.!?;:|()[]{} -_*`\u00e9\u00c9\u2019\t").ofMaxLength(40);
    }
}
