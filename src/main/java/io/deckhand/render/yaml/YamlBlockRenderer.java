package io.deckhand.render.yaml;

import io.deckhand.render.highlight.CodeHighlighter;
import io.deckhand.render.html.Html;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML block in a card: re-indented when its indentation was lost (marked "re-indented", with the
 * guesses listed), validated, checked against the Kubernetes structure, and highlighted with any
 * problem lines marked. The source always stays readable. Thread-safe.
 */
public final class YamlBlockRenderer {
    private static final Pattern MANIFEST = Pattern.compile("(?s)\\s*(#[^\\n]*\\n\\s*)*(apiVersion|kind):.*");
    private static final Pattern KIND = Pattern.compile("(?m)^\\s*kind:\\s*([A-Za-z]+)\\s*(#.*)?$");
    private final CodeHighlighter highlighter;
    private final YamlValidator validator;
    private final ManifestReindenter reindenter;

    public YamlBlockRenderer(CodeHighlighter highlighter) {
        this.highlighter = highlighter;
        this.validator = new YamlValidator();
        this.reindenter = new ManifestReindenter();
    }

    public static boolean looksLikeManifest(String code) {
        return MANIFEST.matcher(code).matches();
    }

    public String render(String code) {
        String text = code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
        if (text.length() > YamlValidator.MAX_CHARS) {
            List<YamlProblem> problems = validator.check(text);
            return "<figure class=\"yaml-block\">" + problems(problems) + "<pre class=\"code\"><code class=\"language-plain\">"
                    + Html.escape(text.substring(0, 2000)) + "\n…</code></pre></figure>";
        }
        ReindentResult re = ManifestReindenter.looksFlattened(text) ? reindenter.reindent(text)
                : new ReindentResult(text, List.of(), false);
        String shown = re.changed() ? strip(re.yaml()) : text;
        List<YamlProblem> problems = validator.check(shown);
        StringBuilder b = new StringBuilder(shown.length() * 3 + 256);
        // Without problems the status is a note for the curious: hidden unless the reader asks (CSS "quiet").
        b.append("<figure class=\"yaml-block\"><div class=\"block-status").append(problems.isEmpty() ? " quiet" : "")
                .append("\">");
        if (re.changed()) {
            b.append("<span class=\"badge\">re-indented</span>");
        }
        Matcher kind = KIND.matcher(shown);
        if (kind.find()) {
            b.append("<span class=\"badge\">").append(Html.escape(kind.group(1))).append("</span>");
        }
        b.append(problems.isEmpty() ? "<span class=\"ok\">valid YAML</span>"
                : "<span>" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "</span>");
        b.append("</div>");
        b.append(code(shown, problems));
        b.append(problems(problems));
        if (!re.guesses().isEmpty()) {
            b.append("<details class=\"guesses\"><summary>Re-indented: ").append(re.guesses().size())
                    .append(re.guesses().size() == 1 ? " guess" : " guesses").append("</summary><ul>");
            for (String g : re.guesses()) {
                b.append("<li>").append(Html.escape(g)).append("</li>");
            }
            b.append("</ul></details>");
        }
        return b.append("</figure>").toString();
    }

    private String code(String text, List<YamlProblem> problems) {
        Set<Integer> bad = new HashSet<>();
        problems.forEach(p -> bad.add(p.line()));
        String[] lines = highlighter.highlight("yaml", text).split("\n", -1);
        StringBuilder b = new StringBuilder("<pre class=\"code\"><code class=\"language-yaml\">");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                b.append('\n');
            }
            if (bad.contains(i + 1)) {
                b.append("<span class=\"line err\">").append(lines[i]).append("</span>");
            } else {
                b.append(lines[i]);
            }
        }
        return b.append("</code></pre>").toString();
    }

    private static String problems(List<YamlProblem> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<ul class=\"problems\">");
        for (YamlProblem p : problems) {
            b.append("<li>");
            if (p.line() > 0) {
                b.append("line ").append(p.line()).append(", column ").append(p.column()).append(": ");
            }
            b.append(Html.escape(p.message())).append("</li>");
        }
        return b.append("</ul>").toString();
    }

    private static String strip(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
