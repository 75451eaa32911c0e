package io.deckhand.render.page;

import io.deckhand.render.markdown.MarkdownRenderer;

/** A complete offline HTML document for one side of a card, styled for the light or dark theme. */
public final class CardPage {
    private final MarkdownRenderer markdown;

    public CardPage(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    public String html(String cardMarkdown, boolean dark) {
        return "<!DOCTYPE html><html class=\"" + (dark ? "dark" : "light") + "\"><head><meta charset=\"utf-8\">"
                + "<style>" + BASE_CSS + "</style></head><body><main class=\"card\">"
                + markdown.toHtml(cardMarkdown) + "</main></body></html>";
    }

    private static final String BASE_CSS = """
            html.light { --fg:#1f2328; --bg:#ffffff; --muted:#59636e; --code-bg:#f6f8fa; --border:#d1d9e0; }
            html.dark  { --fg:#e6edf3; --bg:#0d1117; --muted:#9198a1; --code-bg:#151b23; --border:#3d444d; }
            body { margin:0; background:var(--bg); color:var(--fg);
                   font: 17px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; }
            .card { max-width: 760px; margin: 0 auto; padding: 24px 32px; }
            code, pre { font-family: "JetBrains Mono", "DejaVu Sans Mono", monospace; font-size: 15px; }
            pre { background:var(--code-bg); border:1px solid var(--border); border-radius:6px; padding:12px; overflow-x:auto; }
            table { border-collapse: collapse; } th, td { border:1px solid var(--border); padding:6px 10px; }
            """;
}
