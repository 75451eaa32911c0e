package io.deckhand.render.markdown;

import java.util.regex.Pattern;

/**
 * Finds Kubernetes manifests pasted into card text without a code fence (common in notes that lost
 * their formatting) and fences them as {@code yaml}, so they are checked and re-indented instead of
 * being run together into one paragraph. A manifest starts at an {@code apiVersion:} or
 * {@code kind:} line (optionally after a {@code # file.yaml} comment) and runs while lines look
 * like YAML keys, list items, comments or block-scalar text.
 */
final class ManifestFencer {
    private static final Pattern START = Pattern.compile("\\s{0,3}(apiVersion|kind):(\\s.*)?");
    private static final Pattern YAML_LINE = Pattern.compile("\\s*(-\\s+)?(\"[^\"]*\"|'[^']*'|[\\w./\\-]+):(\\s.*)?|\\s*-(\\s.*)?|\\s*#.*|---\\s*");
    private static final Pattern BLOCK_INDICATOR = Pattern.compile(".*:\\s+[|>][-+0-9]*\\s*(#.*)?");
    private static final Pattern FENCE = Pattern.compile("\\s{0,3}(`{3,}|~{3,}).*");

    private ManifestFencer() {
    }

    static String fence(String markdown) {
        if (!markdown.contains("apiVersion:") && !markdown.contains("kind:")) {
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
            } else if (openFence == null && START.matcher(line).matches()) {
                int start = i;
                if (start > 0 && lines[start - 1].strip().matches("#\\s*\\S+\\.ya?ml") && out.length() > 0) {
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
                inBlock = BLOCK_INDICATOR.matcher(l).matches();
            }
            i++;
        }
        return i;
    }
}
