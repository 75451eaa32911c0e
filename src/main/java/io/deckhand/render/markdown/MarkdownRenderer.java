package io.deckhand.render.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.deckhand.render.html.HtmlSanitizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Card Markdown (CommonMark + GFM tables, strikethrough, task lists) to a sanitised HTML fragment.
 * Wikilinks ({@code [[page|alias]]}, {@code ![[image.png]]}) are shown as plain text because a card
 * has no vault to link into. Code blocks go to a {@link FencedBlockRenderer}; by default they are
 * checked, re-indented, drawn or highlighted by {@link CardBlockRenderer}. Immutable and thread-safe; build once and reuse.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    public MarkdownRenderer() {
        this(new CardBlockRenderer());
    }

    public MarkdownRenderer(FencedBlockRenderer blocks) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create(),
                WikiLinkExtension.create(), new CardHtmlExtension(blocks)));
        options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        options.set(WikiLinkExtension.IMAGE_LINKS, true);
        // Raw HTML in notes is escaped, never passed through: card content is untrusted.
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESS_HTML, false);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** An HTML fragment; sanitised, so it is safe to show even for hostile input. */
    public String toHtml(String markdown) {
        return sanitizer.sanitize(renderer.render(parser.parse(markdown == null ? "" : markdown)));
    }

    /** Renders code blocks through the block renderer and wikilinks as text. */
    private static final class CardHtmlExtension implements HtmlRenderer.HtmlRendererExtension, Parser.ParserExtension {
        private final FencedBlockRenderer blocks;

        CardHtmlExtension(FencedBlockRenderer blocks) {
            this.blocks = blocks;
        }

        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void parserOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(Parser.Builder builder) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new CardNodeRenderer(blocks));
        }
    }

    private static final class CardNodeRenderer implements NodeRenderer {
        private final FencedBlockRenderer blocks;

        CardNodeRenderer(FencedBlockRenderer blocks) {
            this.blocks = blocks;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(FencedCodeBlock.class, this::fenced),
                    new NodeRenderingHandler<>(IndentedCodeBlock.class, this::indented),
                    new NodeRenderingHandler<>(WikiLink.class, this::wiki),
                    new NodeRenderingHandler<>(WikiImage.class, this::wiki));
        }

        private void fenced(FencedCodeBlock node, NodeRendererContext ctx, HtmlWriter html) {
            String info = node.getInfo().toString().trim();
            String lang = info.isEmpty() ? "" : info.split("[\\s{]", 2)[0].toLowerCase(Locale.ROOT);
            html.line();
            raw(html, blocks.render(lang, node.getContentChars().toString()));
            html.line();
        }

        private void indented(IndentedCodeBlock node, NodeRendererContext ctx, HtmlWriter html) {
            html.line();
            raw(html, blocks.render("", node.getContentChars().trimTailBlankLines().toString()));
            html.line();
        }

        /** Block HTML holding pre-formatted text: flexmark must not re-indent or trim its lines. */
        private static void raw(HtmlWriter html, String blockHtml) {
            html.openPre();
            html.rawPre(blockHtml);
            html.closePre();
        }

        private void wiki(WikiNode node, NodeRendererContext ctx, HtmlWriter html) {
            String text = node.getText().isNotBlank() ? node.getText().toString() : node.getLink().toString();
            html.attr("class", "wikilink").withAttr().tag("span");
            html.text(text);
            html.tag("/span");
        }
    }
}
