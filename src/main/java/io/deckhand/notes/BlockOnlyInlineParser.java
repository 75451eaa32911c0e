package io.deckhand.notes;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Skips flexmark's inline pass. Cards keep inline Markdown as written (the renderer parses it when a
 * card is shown), so extraction needs only the block structure: this halves the parse time.
 */
final class BlockOnlyInlineParser extends InlineParserImpl {
    static final InlineParserFactory FACTORY = BlockOnlyInlineParser::new;

    private BlockOnlyInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                                  Map<Character, DelimiterProcessor> delimiterProcessors,
                                  LinkRefProcessorData linkRefProcessors,
                                  List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    @Override
    public void parse(BasedSequence input, Node block) {
        // Block structure only: inline markup stays in the block's source text. Table rows are
        // split by a custom inline parse ('|' as special character), which must still run.
        if (customCharacters != null) super.parse(input, block);
    }
}
