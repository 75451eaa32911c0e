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
import io.deckhand.domain.note.LongTables;
import io.deckhand.render.html.Html;
import io.deckhand.render.html.HtmlSanitizer;
import io.deckhand.text.DeepLists;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Card Markdown (CommonMark + GFM tables, strikethrough, task lists) to a sanitised HTML fragment.
 * Wikilinks ({@code [[page|alias]]}, {@code ![[image.png]]}) are shown as plain text because a card
 * has no vault to link into. Manifests and flowcharts pasted without a fence are fenced first
 * ({@link BareBlockFencer}). Code blocks go to a {@link FencedBlockRenderer}; by default they are
 * checked, re-indented, drawn or highlighted by {@link CardBlockRenderer}. Immutable and thread-safe; build once and reuse.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer;
    private final MediaResolver media;

    public MarkdownRenderer() {
        this(new CardBlockRenderer());
    }

    public MarkdownRenderer(FencedBlockRenderer blocks) {
        this(blocks, MediaResolver.NONE);
    }

    /** A renderer that shows the collection's media images through {@code media} (as data: URIs). */
    public MarkdownRenderer(FencedBlockRenderer blocks, MediaResolver media) {
        this(blocks, media, false);
    }

    /**
     * For HTML handed to an app that keeps the media files beside the cards (Anki): images keep
     * their plain file names ({@code <img src="name.png">}, URL escapes decoded); anything else
     * in an image source is dropped as usual.
     */
    public static MarkdownRenderer keepingMediaNames(FencedBlockRenderer blocks) {
        return new MarkdownRenderer(blocks, name -> HtmlSanitizer.isPlainMediaName(name) ? Optional.of(name)
                : Optional.empty(), true);
    }

    private MarkdownRenderer(FencedBlockRenderer blocks, MediaResolver media, boolean mediaNames) {
        this.media = media;
        this.sanitizer = new HtmlSanitizer(mediaNames);
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

    /** Larger cards are shown as plain text with a message instead of being parsed. */
    public static final int MAX_CHARS = 1_000_000;

    /**
     * An HTML fragment; sanitised, so it is safe to show even for hostile input. Never throws: text
     * too large or too deeply nested to parse is shown escaped, with a message.
     */
    public String toHtml(String markdown) {
        String text = markdown == null ? "" : markdown;
        if (text.length() > MAX_CHARS) {
            return refused("This card is " + text.length() / 1024 + " KB; Deckhand renders cards up to "
                    + MAX_CHARS / 1024 + " KB, so it is shown as plain text.", text);
        }
        try {
            // Rows past LongTables.MAX_ROWS are left out (flexmark's cost grows with the square of a table's
            // rows), with a line under the table saying how many are shown.
            // and a line opening more list items than anyone nests is cut where notes cut it (DeepLists).
            String capped = DeepLists.cap(LongTables.cap(BareBlockFencer.fence(text), LongTables.MAX_ROWS, true).text());
            String html = renderer.render(parser.parse(capped));
            if (media != MediaResolver.NONE && html.contains("<img")) html = inlineMedia(html);
            return sanitizer.sanitize(html);
        } catch (StackOverflowError e) {
            // Thousands of nested quotes or lists exhaust the parser's recursion: show the text instead.
            return refused("This card is nested too deeply to render, so it is shown as plain text.", text);
        }
    }

    /** Media file names in img src become data: URIs; anything else is left for the sanitiser to drop. */
    private String inlineMedia(String html) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (org.jsoup.nodes.Element img : doc.select("img[src]")) {
            String src = img.attr("src");
            if (src.contains(":") || src.startsWith("/")) continue;
            String name;
            try {
                name = java.net.URLDecoder.decode(src.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                img.removeAttr("src"); // a malformed %-escape: not a name this card can mean
                continue;
            }
            // an unresolved source must not survive in its still-escaped form (a%2Fb.png)
            media.dataUri(name).ifPresentOrElse(uri -> img.attr("src", uri), () -> img.removeAttr("src"));
        }
        return doc.body().html();
    }

    private static String refused(String message, String text) {
        String head = text.length() > 4000 ? text.substring(0, 4000) + "\n…" : text;
        return "<ul class=\"problems\"><li>" + Html.escape(message) + "</li></ul><pre class=\"code\"><code class=\"language-plain\">"
                + Html.escape(head) + "</code></pre>";
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
        private static final java.util.regex.Pattern INFO_END = java.util.regex.Pattern.compile("[\\s{]");
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
            String lang = info.isEmpty() ? "" : INFO_END.split(info, 2)[0].toLowerCase(Locale.ROOT);
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
