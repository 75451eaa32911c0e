package io.deckhand.text;

import java.util.regex.Pattern;

/**
 * Where a Kubernetes manifest or a Mermaid diagram starts in text that lost its fences: one definition
 * for the notes reader (flattened notes) and the renderer (bare blocks in card text). Each method takes
 * a line without its leading whitespace.
 */
public final class BlockStarts {
    private static final Pattern FLOWCHART = Pattern.compile("(graph|flowchart)\\s+(TB|TD|BT|LR|RL)\\b.*");
    private static final Pattern OTHER_MERMAID = Pattern.compile(
            "(sequenceDiagram|classDiagram|stateDiagram(-v2)?|erDiagram|gantt|pie|mindmap|journey|gitGraph|timeline)\\b.*");
    private static final Pattern MANIFEST_KEY = Pattern.compile("(apiVersion|kind):(\\s.*)?");
    private static final Pattern YAML_FILE_COMMENT = Pattern.compile("#\\s*[\\w.\\-/]+\\.ya?ml\\s*");
    private static final Pattern BLOCK_SCALAR_OPENER = Pattern.compile(".*:\\s+[|>][-+0-9]*\\s*(#.*)?");

    private BlockStarts() {
    }

    /** {@code graph LR}, {@code flowchart TD} (any direction): a flowchart starts here. */
    public static boolean isFlowchartStart(String line) {
        return FLOWCHART.matcher(line).matches();
    }

    /** A flowchart or any other Mermaid diagram's first line ({@code sequenceDiagram}, {@code gantt}, ...). */
    public static boolean isMermaidStart(String line) {
        return isFlowchartStart(line) || OTHER_MERMAID.matcher(line).matches();
    }

    /** {@code apiVersion: v1} or {@code kind: Pod}: the first key of a manifest. */
    public static boolean isManifestKey(String line) {
        return MANIFEST_KEY.matcher(line).matches();
    }

    /**
     * The manifest key this line is, {@code "apiVersion"} or {@code "kind"}, else null: a manifest has
     * each once, so the second one starts the next manifest.
     */
    public static String manifestKeyName(String line) {
        java.util.regex.Matcher m = MANIFEST_KEY.matcher(line);
        return m.matches() ? m.group(1) : null;
    }

    /** {@code # pod.yaml}: the file name written above a manifest, which belongs to it. */
    public static boolean isYamlFileComment(String line) {
        return YAML_FILE_COMMENT.matcher(line).matches();
    }

    /** A manifest starts at its first key or at the file-name comment above it. */
    public static boolean isManifestStart(String line) {
        return isManifestKey(line) || isYamlFileComment(line);
    }

    /** {@code key: |} / {@code key: >-} (with an optional comment): the lines below are text, not YAML. */
    public static boolean opensBlockScalar(String line) {
        return BLOCK_SCALAR_OPENER.matcher(line).matches();
    }

    /** The number of leading whitespace characters (as {@code \s} counts them) of {@code line}. */
    public static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(i)) >= 0) i++;
        return i;
    }
}
