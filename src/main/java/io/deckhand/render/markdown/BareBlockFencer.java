package io.deckhand.render.markdown;

import io.deckhand.text.BlockStarts;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds Kubernetes manifests and Mermaid flowcharts pasted into card text without a code fence
 * (common in notes that lost their formatting) and fences them, so they are checked, re-indented or
 * drawn instead of being run together into one paragraph. A manifest starts at an
 * {@code apiVersion:} or {@code kind:} line (optionally after a {@code # file.yaml} comment) and
 * runs while lines look like YAML keys, list items, comments or block-scalar text. A flowchart is a
 * line starting {@code graph LR}/{@code flowchart TD} (any direction) plus the lines that close
 * labels it left open.
 */
final class BareBlockFencer {
    private static final Pattern YAML_LINE = Pattern.compile("\\s*(-\\s+)?(\"[^\"]*\"|'[^']*'|[\\w./\\-]+):(\\s.*)?|\\s*-(\\s.*)?|\\s*#.*|---\\s*");
    private static final Pattern FENCE = Pattern.compile("\\s{0,3}(`{3,}|~{3,}).*");

    private BareBlockFencer() {
    }

    static String fence(String markdown) {
        if (!markdown.contains("apiVersion:") && !markdown.contains("kind:") && !markdown.contains("graph ")
                && !markdown.contains("flowchart ")) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        String openFence = null;
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            var fenceMatch = FENCE.matcher(line);
            if (fenceMatch.matches()) {
                String marker = fenceMatch.group(1);
                if (openFence == null) {
                    openFence = marker;
                } else if (marker.charAt(0) == openFence.charAt(0) && marker.length() >= openFence.length()
                        && line.strip().equals(marker)) {
                    openFence = null;
                }
            } else if (openFence == null && startsBlock(line, BlockStarts::isFlowchartStart)) {
                int end = flowchartEnd(lines, i);
                out.append("```mermaid\n");
                for (int j = i; j < end; j++) {
                    out.append(lines[j]).append('\n');
                }
                out.append("```\n");
                i = end;
                continue;
            } else if (openFence == null && startsBlock(line, BlockStarts::isManifestKey)) {
                int start = i;
                if (start > 0 && BlockStarts.isYamlFileComment(lines[start - 1].strip()) && out.length() > 0) {
                    // "# pv.yaml" before the manifest belongs to it; take it back out of the text.
                    out.setLength(out.length() - lines[start - 1].length() - 1);
                    start--;
                }
                int end = manifestEnd(lines, i);
                if (end - i >= 3) {
                    out.append("```yaml\n");
                    for (int j = start; j < end; j++) {
                        out.append(lines[j]).append('\n');
                    }
                    out.append("```\n");
                    i = end;
                    continue;
                }
                if (start < i) {
                    out.append(lines[start]).append('\n');
                }
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
            i++;
        }
        return out.toString();
    }

    /** A block start indented at most three spaces (more is an indented code block in Markdown). */
    private static boolean startsBlock(String line, Predicate<String> start) {
        int indent = BlockStarts.indentOf(line);
        return indent <= 3 && start.test(line.substring(indent));
    }

    /** Index just after a flowchart line and the lines that finish its open labels. */
    private static int flowchartEnd(String[] lines, int from) {
        int depth = 0;
        boolean openDottedLabel = false;
        int i = from;
        do {
            String l = lines[i];
            for (int c = 0; c < l.length(); c++) {
                char ch = l.charAt(c);
                if (ch == '(' || ch == '[' || ch == '{') {
                    depth++;
                } else if (ch == ')' || ch == ']' || ch == '}') {
                    depth--;
                }
            }
            // "-. label" continued on the next line until its ".->"
            int lastOpen = l.lastIndexOf("-. ");
            int lastClose = Math.max(l.lastIndexOf(".->"), l.lastIndexOf(".- "));
            if (lastOpen >= 0 && lastOpen > lastClose) {
                openDottedLabel = true;
            } else if (lastClose >= 0) {
                openDottedLabel = false;
            }
            i++;
        } while (i < lines.length && (depth > 0 || openDottedLabel) && !lines[i].isBlank() && i - from < 50);
        return i;
    }

    /** Index just after the last line of the manifest starting at {@code from}. */
    private static int manifestEnd(String[] lines, int from) {
        int i = from;
        boolean inBlock = false;
        while (i < lines.length) {
            String l = lines[i];
            if (l.isBlank()) {
                break;
            }
            boolean yaml = YAML_LINE.matcher(l).matches();
            if (!yaml && !inBlock) {
                break;
            }
            if (yaml) {
                inBlock = BlockStarts.opensBlockScalar(l);
            }
            i++;
        }
        return i;
    }
}
