package io.deckhand.render.highlight;

import io.deckhand.render.html.Html;
import java.util.List;
import java.util.Locale;

/**
 * Small bundled highlighter for card code blocks: YAML, JSON, shell and plain text. Output is
 * {@code <pre class="code"><code class="language-x">} with {@code <span class="tk-...">} tokens
 * styled by the page stylesheet (key, str, num, kw, com, var, opt, cmd, punct).
 */
public final class CodeHighlighter {

    /** Highlighted HTML block; unknown languages are shown as escaped plain text. */
    public String toHtml(String language, String code) {
        String lang = normalise(language);
        StringBuilder b = new StringBuilder(code.length() * 2 + 64);
        b.append("<pre class=\"code\"><code class=\"language-").append(lang).append("\">");
        b.append(highlight(lang, code));
        b.append("</code></pre>");
        return b.toString();
    }

    /** Only the highlighted token markup, without the surrounding pre/code elements. */
    public String highlight(String language, String code) {
        String text = code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
        return switch (normalise(language)) {
            case "yaml" -> new YamlTokenizer(text).run();
            case "json" -> new JsonTokenizer(text).run();
            case "bash" -> new ShellTokenizer(text).run();
            default -> Html.escape(text);
        };
    }

    /**
     * The tokens of {@code code} as offsets into it, in order (kinds as in {@link #toHtml}); text between
     * tokens is plain. Plain or unknown languages have none.
     */
    public List<TokenSpan> tokens(String language, String code) {
        return switch (normalise(language)) {
            case "yaml" -> new YamlTokenizer(code).tokens();
            case "json" -> new JsonTokenizer(code).tokens();
            case "bash" -> new ShellTokenizer(code).tokens();
            default -> List.of();
        };
    }

    /** Canonical language name: yaml, json, bash or plain. */
    public static String normalise(String language) {
        String l = language == null ? "" : language.toLowerCase(Locale.ROOT).trim();
        return switch (l) {
            case "yaml", "yml", "k8s", "kubernetes" -> "yaml";
            case "json", "jsonc", "json5" -> "json";
            case "bash", "sh", "shell", "zsh", "console", "shell-session", "terminal" -> "bash";
            default -> "plain";
        };
    }
}
